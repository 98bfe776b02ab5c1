public import SetupGuideModel
internal import SetupGuideParsing

/// Recognises the headings Microsoft Learn uses for numbered steps: "Étape 3 :", "Étape 3.",
/// "Step 3:" or "Step 3 -", whatever spaces the translation tools left around the number.
///
/// ```swift
/// StepHeadingMatcher.match("Étape\u{00A0}3 : Obtenir des numéros")
/// // → (number: 3, title: "Obtenir des numéros", language: .french)
/// ```
public enum StepHeadingMatcher {
    /// A recognised step heading.
    public struct Match: Sendable, Equatable {
        /// The step number written in the heading.
        public var number: Int
        /// The heading text after the number and its separator.
        public var title: String
        /// The language of the word before the number.
        public var language: Language
    }

    /// The step number and title of `text`, or `nil` when it is not a step heading.
    public static func match(_ text: String) -> Match? {
        // most headings are not steps: look at the first letter before anything costly
        guard let lead = text.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }),
            lead == UInt8(ascii: "S") || lead == UInt8(ascii: "s") || lead == UInt8(ascii: "E") || lead == UInt8(ascii: "e")
                || lead == 0xC3  // É, é
                || lead == 0xC2 || lead == 0xE2  // a leading no-break or thin space
        else { return nil }
        let scalars = Array(normalizedSpaces(text).unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i] == " " { i += 1 }
        guard let (language, wordEnd) = word(in: scalars, at: i) else { return nil }
        i = wordEnd
        while i < scalars.count, scalars[i] == " " { i += 1 }
        let digitsStart = i
        var number = 0
        while i < scalars.count, let digit = asciiDigit(scalars[i]), i - digitsStart < 4 {
            number = number * 10 + digit
            i += 1
        }
        guard i > digitsStart, i - digitsStart < 4 else { return nil }
        while i < scalars.count, scalars[i] == " " { i += 1 }
        if i < scalars.count {
            // a separator is required between the number and the title
            guard separators.contains(scalars[i]) else { return nil }
            // "Step 2.1" numbers a sub-step, not a step
            if scalars[i] == ".", i + 1 < scalars.count, asciiDigit(scalars[i + 1]) != nil { return nil }
            i += 1
        }
        var title = String(String.UnicodeScalarView(scalars[i...]))
        title = title.trimmingUnicodeWhitespace()
        return Match(number: number, title: title, language: language)
    }

    /// `text` with no-break, narrow no-break, thin and other typographic spaces made plain.
    public static func normalizedSpaces(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isExoticSpace) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isExoticSpace(scalar) || scalar == "\t" ? " " : scalar)
        }
        return String(out)
    }

    static func isExoticSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0x202F, 0x2000...0x200A, 0x205F, 0x3000, 0x0009: true
        default: false
        }
    }

    private static let separators: Set<Unicode.Scalar> = [":", ".", "-", "\u{2013}", "\u{2014}", ")", "\u{FF1A}"]

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        scalar.value >= 48 && scalar.value <= 57 ? Int(scalar.value - 48) : nil
    }

    /// "Étape", "Etape", "ÉTAPE" or "Step", in any case, followed by a space or a digit.
    private static func word(in scalars: [Unicode.Scalar], at start: Int) -> (Language, Int)? {
        func matches(_ word: [Unicode.Scalar]) -> Bool {
            guard start + word.count <= scalars.count else { return false }
            for (offset, expected) in word.enumerated() {
                let actual = scalars[start + offset]
                let folded: Unicode.Scalar =
                    switch actual.value {
                    case 0x41...0x5A: Unicode.Scalar(actual.value + 32)!
                    case 0xC9, 0xE9: "e"  // É, é
                    default: actual
                    }
                if folded != expected { return false }
            }
            let next = start + word.count
            return next == scalars.count || scalars[next] == " " || asciiDigit(scalars[next]) != nil
        }
        if matches(Array("etape".unicodeScalars)) { return (.french, start + 5) }
        if matches(Array("step".unicodeScalars)) { return (.english, start + 4) }
        // "E" followed by a combining acute accent: a decomposed "É"
        if start + 1 < scalars.count, scalars[start + 1] == "\u{0301}" {
            var decomposed = scalars
            decomposed.remove(at: start + 1)
            if let (language, end) = word(in: decomposed, at: start), language == .french { return (language, end + 1) }
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing spaces of any width.
    func trimmingUnicodeWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
