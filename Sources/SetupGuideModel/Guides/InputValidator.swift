import Foundation

/// Checks a value typed by the admin (or written in an answers file) against a step input.
public struct InputValidator: Sendable {
    /// The input.
    public let input: StepInput
    /// Country codes accepted for `country` inputs; `nil` accepts any two capital letters.
    public let countryCodes: Set<String>?

    /// Creates a validator.
    public init(input: StepInput, countryCodes: Set<String>? = nil) {
        self.input = input
        self.countryCodes = countryCodes
    }

    /// Why `value` is not acceptable, in `language`, or `nil` when it is.
    public func problem(with value: String, language: Language = .english) -> String? {
        if value.isEmpty {
            return input.required ? BilingualText("a value is required", "une valeur est requise")[language] : nil
        }
        switch input.type {
        case .string, .text:
            if let max = input.maxLength, value.count > max {
                return BilingualText("at most \(max) characters", "\(max) caractères au plus")[language]
            }
            // scalars, not Characters: "\r\n" is one Character that is neither "\r" nor "\n"
            if input.type == .string, value.unicodeScalars.contains(where: ControlCharacters.isLineBreak) {
                return BilingualText("one line only", "une seule ligne")[language]
            }
            if let pattern = input.pattern {
                guard let regex = try? NSRegularExpression(pattern: "^(?:\(pattern))$") else {
                    return BilingualText("the validation pattern is invalid", "le motif de validation est invalide")[language]
                }
                let range = NSRange(value.startIndex..., in: value)
                if regex.firstMatch(in: value, range: range) == nil {
                    return BilingualText("does not have the expected form", "ne respecte pas le format attendu")[language]
                }
            }
        case .integer:
            guard let number = Int(value) else { return BilingualText("expected a whole number", "un nombre entier est attendu")[language] }
            return bounds(Double(number), language: language)
        case .amount:
            guard let number = Double(value.replacingOccurrences(of: ",", with: ".")), number.isFinite else {
                return BilingualText("expected an amount such as 50 or 12.5", "un montant est attendu, par exemple 50 ou 12.5")[language]
            }
            return bounds(number, language: language)
        case .boolean:
            let accepted = ["true", "false", "yes", "no", "oui", "non", "y", "n", "o"]
            if !accepted.contains(value.lowercased()) { return BilingualText("answer yes or no", "répondez oui ou non")[language] }
        case .choice:
            if !input.choices.contains(value) {
                return BilingualText("choose one of: ", "choisissez parmi : ")[language] + input.choices.joined(separator: ", ")
            }
        case .country:
            let valid = value.count == 2 && value.allSatisfy { $0.isASCII && $0.isUppercase }
            if !valid || (countryCodes.map { !$0.contains(value) } ?? false) {
                return BilingualText("unknown country code '\(value)'", "code pays inconnu '\(value)'")[language]
            }
        case .e164:
            if !E164.isValid(value) {
                return BilingualText("expected an E.164 number such as +33123456789", "numéro au format E.164 attendu, par exemple +33123456789")[language]
            }
        case .email, .upn:
            let parts = value.split(separator: "@", omittingEmptySubsequences: false)
            let ok = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
                && !value.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" })
            if !ok { return BilingualText("expected an address such as name@example.com", "adresse de la forme nom@domaine.fr attendue")[language] }
        case .language:
            let ok = value.range(of: "^[a-z]{2,3}(-[A-Z]{2})?$", options: .regularExpression) != nil
            if !ok { return BilingualText("expected a language tag such as en-US", "étiquette de langue attendue, par exemple fr-FR")[language] }
        case .path:
            if value.contains("\0") { return BilingualText("invalid path", "chemin invalide")[language] }
        case .date:
            let ok = value.range(of: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", options: .regularExpression) != nil
            if !ok { return BilingualText("expected a date YYYY-MM-DD", "date AAAA-MM-JJ attendue")[language] }
        }
        return nil
    }

    private func bounds(_ number: Double, language: Language) -> String? {
        if let min = input.minimum, number < min { return BilingualText("at least \(format(min))", "au moins \(format(min))")[language] }
        if let max = input.maximum, number > max { return BilingualText("at most \(format(max))", "au plus \(format(max))")[language] }
        return nil
    }

    private func format(_ value: Double) -> String {
        Int(exactly: value).map(String.init) ?? String(value)
    }
}
