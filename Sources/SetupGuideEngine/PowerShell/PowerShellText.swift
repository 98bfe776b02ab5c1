internal import SetupGuideModel

/// Everything that puts text into a PowerShell script goes through here, so that no value
/// from a guide, an answers file or a user list can become code.
public enum PowerShellText {
    /// The characters PowerShell takes for a single quote: it accepts the typographic ones too,
    /// so each must be doubled like `'` to stay inside the string.
    static let singleQuotes: Set<Character> = ["'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}"]

    /// Control characters (C0, DEL, C1) and the line and paragraph separators become spaces, by
    /// the shared ``ControlCharacters`` rule: a value can then neither end a comment nor spread a
    /// string over lines.
    public static func oneLine(_ text: String) -> String {
        ControlCharacters.replacing(text)
    }

    /// A single-quoted literal: nothing inside is expanded, and every quote is doubled.
    ///
    /// `O'Brien'; Remove-Item -Recurse C:\ #` becomes `'O''Brien''; Remove-Item -Recurse C:\ #'`.
    public static func quoted(_ text: String) -> String {
        var out = "'"
        for character in oneLine(text) {
            out.append(character)
            if singleQuotes.contains(character) { out.append(character) }
        }
        return out + "'"
    }

    /// A comment line: `# ` then the text on one line.
    public static func comment(_ text: String) -> String {
        "# " + oneLine(text)
    }

    /// A whole number, or `nil` when the text is not one (so it is never pasted as code).
    public static func integer(_ text: String) -> String? {
        Int(text.trimmingCharacters(in: .whitespaces)).map(String.init)
    }

    /// `$true` or `$false`.
    public static func boolean(_ text: String) -> String {
        ["true", "yes", "oui", "y", "o", "1"].contains(text.lowercased()) ? "$true" : "$false"
    }

    /// A variable name made of letters and digits only.
    public static func variable(_ words: String...) -> String {
        "$" + words.map { word in
            word.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        }.joined(separator: "_").filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}

import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
