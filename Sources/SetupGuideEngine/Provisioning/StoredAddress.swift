internal import SetupGuideModel
internal import SetupGuidePlanning

/// An emergency address as the tenant stores it.
public struct StoredAddress: Sendable, Equatable, Codable {
    /// `CivicAddressId`.
    public let id: String
    /// The fields, as corrected by validation.
    public let address: CivicAddress
    /// `ValidationStatus`.
    public let validationStatus: ValidationStatus
    /// Fields validation corrected, if any.
    public let correctedFields: [String]
    /// `DefaultLocationId`.
    public let defaultLocationID: String
}
