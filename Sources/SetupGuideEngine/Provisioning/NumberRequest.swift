public import SetupGuideModel
internal import SetupGuidePlanning

/// A request-form order for numbers, where the admin centre has none.
public struct NumberRequest: Sendable, Equatable, Codable {
    /// The request's id.
    public let id: String
    /// ISO country code.
    public let country: String
    /// City or area.
    public let city: String?
    /// How many numbers.
    public let quantity: Int
    /// User, toll or toll-free.
    public let kind: NumberKind
}
