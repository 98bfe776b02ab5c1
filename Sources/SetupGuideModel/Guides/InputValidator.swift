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
        let fr = language == .french
        if value.isEmpty {
            return input.required ? (fr ? "une valeur est requise" : "a value is required") : nil
        }
        switch input.type {
        case .string, .text:
            if let max = input.maxLength, value.count > max {
                return fr ? "\(max) caractères au plus" : "at most \(max) characters"
            }
            // scalars, not Characters: "\r\n" is one Character that is neither "\r" nor "\n"
            if input.type == .string, value.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) {
                return fr ? "une seule ligne" : "one line only"
            }
            if let pattern = input.pattern {
                guard let regex = try? NSRegularExpression(pattern: "^(?:\(pattern))$") else {
                    return fr ? "le motif de validation est invalide" : "the validation pattern is invalid"
                }
                let range = NSRange(value.startIndex..., in: value)
                if regex.firstMatch(in: value, range: range) == nil {
                    return fr ? "ne respecte pas le format attendu" : "does not have the expected form"
                }
            }
        case .integer:
            guard let number = Int(value) else { return fr ? "un nombre entier est attendu" : "expected a whole number" }
            return bounds(Double(number), fr: fr)
        case .amount:
            guard let number = Double(value.replacingOccurrences(of: ",", with: ".")), number.isFinite else {
                return fr ? "un montant est attendu, par exemple 50 ou 12.5" : "expected an amount such as 50 or 12.5"
            }
            return bounds(number, fr: fr)
        case .boolean:
            let accepted = ["true", "false", "yes", "no", "oui", "non", "y", "n", "o"]
            if !accepted.contains(value.lowercased()) { return fr ? "répondez oui ou non" : "answer yes or no" }
        case .choice:
            if !input.choices.contains(value) {
                return (fr ? "choisissez parmi : " : "choose one of: ") + input.choices.joined(separator: ", ")
            }
        case .country:
            let valid = value.count == 2 && value.allSatisfy { $0.isASCII && $0.isUppercase }
            if !valid || (countryCodes.map { !$0.contains(value) } ?? false) {
                return fr ? "code pays inconnu '\(value)'" : "unknown country code '\(value)'"
            }
        case .e164:
            if !E164.isValid(value) {
                return fr ? "numéro au format E.164 attendu, par exemple +33123456789"
                    : "expected an E.164 number such as +33123456789"
            }
        case .email, .upn:
            let parts = value.split(separator: "@", omittingEmptySubsequences: false)
            let ok = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
                && !value.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" })
            if !ok { return fr ? "adresse de la forme nom@domaine.fr attendue" : "expected an address such as name@example.com" }
        case .language:
            let ok = value.range(of: "^[a-z]{2,3}(-[A-Z]{2})?$", options: .regularExpression) != nil
            if !ok { return fr ? "étiquette de langue attendue, par exemple fr-FR" : "expected a language tag such as en-US" }
        case .path:
            if value.contains("\0") { return fr ? "chemin invalide" : "invalid path" }
        case .date:
            let ok = value.range(of: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", options: .regularExpression) != nil
            if !ok { return fr ? "date AAAA-MM-JJ attendue" : "expected a date YYYY-MM-DD" }
        }
        return nil
    }

    private func bounds(_ number: Double, fr: Bool) -> String? {
        if let min = input.minimum, number < min { return fr ? "au moins \(format(min))" : "at least \(format(min))" }
        if let max = input.maximum, number > max { return fr ? "au plus \(format(max))" : "at most \(format(max))" }
        return nil
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
