internal import SetupGuideModel
internal import SetupGuidePlanning

/// An address's validation status, as `Get-CsOnlineLisCivicAddress` reports it.
public enum ValidationStatus: String, Sendable, Equatable, Codable {
    case valid = "Valid"
    case invalid = "Invalid"
    case notValidated = "NotValidated"
}
