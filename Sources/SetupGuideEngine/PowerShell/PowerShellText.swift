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
        for character in oneLine(unmarked(text)) {
            out.append(character)
            if singleQuotes.contains(character) { out.append(character) }
        }
        return out + "'"
    }

    /// A comment line: `# ` then the text on one line.
    public static func comment(_ text: String) -> String {
        "# " + oneLine(unmarked(text))
    }

    /// The private-use marks around a parameter named inside a message (see ``expression(_:)``).
    static let markOpen: Character = "\u{E000}", markClose: Character = "\u{E001}"

    /// A parameter's name marked inside message text, so ``expression(_:)`` joins it as a
    /// variable instead of quoting it as text that PowerShell would never expand.
    static func reference(_ variable: String) -> String {
        String(markOpen) + variable + String(markClose)
    }

    /// The text with the marks taken out: values from answers may never carry a mark of their own.
    static func unmarked(_ text: String) -> String {
        text.filter { $0 != markOpen && $0 != markClose }
    }

    /// A message as a PowerShell expression: quoted text, joined with `+` to the parameters
    /// ``reference(_:)`` marked, such as `('Send the form for ' + $UserNumbersRequest_City)`.
    ///
    /// Only a mark whose inside is a plain variable name becomes code; anything else stays text.
    static func expression(_ text: String) -> String {
        var parts: [String] = []
        var literal = ""
        var rest = Substring(oneLine(text))
        while let open = rest.firstIndex(of: markOpen) {
            literal += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: markClose) else { rest = after; continue }
            let name = String(after[..<close])
            if name.hasPrefix("$"), name.count > 1, !name.hasSuffix("."),
               name.dropFirst().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }) {
                if !literal.isEmpty { parts.append(quoted(literal)) }
                literal = ""
                parts.append(name)
            } else {
                literal += name
            }
            rest = after[after.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty || parts.isEmpty { parts.append(quoted(literal)) }
        // `+` takes the type of its left side: a number first would add, not join text
        if parts.count > 1, parts[0].hasPrefix("$") { parts.insert("''", at: 0) }
        return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " + ") + ")"
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
