internal import SetupGuideModel
internal import SetupGuidePlanning

/// A number given to a user, with its emergency location.
public struct NumberAssignment: Sendable, Equatable, Codable {
    /// The user.
    public let userPrincipalName: String
    /// The number, in E.164.
    public let telephoneNumber: String
    /// The emergency address.
    public let civicAddressID: String?
    /// The place inside the address.
    public let locationID: String?
}
