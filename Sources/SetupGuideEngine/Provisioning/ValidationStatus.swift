public import SetupGuideModel
internal import SetupGuidePlanning

/// An address's validation status, as `Get-CsOnlineLisCivicAddress` reports it.
public enum ValidationStatus: String, Sendable, Equatable, Codable {
    case valid = "Valid"
    case invalid = "Invalid"
    case notValidated = "NotValidated"

    /// The status as the admin reads it, about one address.
    public var words: BilingualText {
        switch self {
        case .valid: .init("validated", "validée")
        case .invalid: .init("refused by address validation: correct it", "refusée par la validation des adresses : corrigez-la")
        case .notValidated: .init("not validated yet", "pas encore validée")
        }
    }

    /// `count` addresses with this status, the words agreeing with the count: « 2 validées ».
    public func counted(_ count: Int) -> BilingualText {
        switch self {
        case .valid: .counting(count, ("validated", "validated"), ("validée", "validées"))
        case .invalid: .counting(count, ("refused by validation", "refused by validation"), ("refusée par la validation", "refusées par la validation"))
        case .notValidated: .counting(count, ("not validated yet", "not validated yet"), ("pas encore validée", "pas encore validées"))
        }
    }

    /// The words for a status as stored or exported; an unknown status is shown as written.
    public static func words(for status: String) -> BilingualText {
        ValidationStatus(rawValue: status)?.words ?? .init("status \(status)", "statut \(status)")
    }
}
