public import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning

/// Numbers held for 10 minutes after a search, to be acquired or released.
public struct Reservation: Sendable, Equatable, Codable {
    /// The reservation's id, such as `res-1`.
    public let id: String
    /// ISO code of the numbers' country.
    public let country: String
    /// City or area searched.
    public let city: String?
    /// Area code searched.
    public let areaCode: String?
    /// User, toll or toll-free.
    public let kind: NumberKind
    /// The reserved numbers, in E.164.
    public let numbers: [String]
    /// The emergency address the numbers will carry, where the country needs one at acquisition.
    public let addressID: String?
    /// When the numbers go back to the pool.
    public let expiresAt: Date
}
