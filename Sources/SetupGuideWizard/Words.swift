internal import SetupGuideModel

/// Counts as people read them: digits grouped (« 19 990 » in French, "19,990" in English) and
/// the noun agreeing with the count (« 1 étape », « 2 étapes »; in French 0 and 1 are singular).
enum Words {
    /// `count` grouped by thousands, with a no-break space in French and a comma in English.
    static func number(_ count: Int, language: Language) -> String {
        let digits = String(count.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += language == .french ? "\u{00A0}" : "," }
            grouped.append(digit)
        }
        return (count < 0 ? "-" : "") + grouped
    }

    /// `count` then the singular or plural words, as the language wants them.
    static func count(_ count: Int, _ one: String, _ many: String, language: Language) -> String {
        let singular = language == .french ? abs(count) < 2 : abs(count) == 1
        return number(count, language: language) + " " + (singular ? one : many)
    }

    /// `: ` in English, ` : ` in French.
    static func colon(_ language: Language) -> String { BilingualText(": ", " : ")[language] }
}
