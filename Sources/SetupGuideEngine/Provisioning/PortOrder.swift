public import SetupGuideModel
internal import SetupGuidePlanning

/// An order to bring numbers from the current carrier.
public struct PortOrder: Sendable, Equatable, Codable {
    /// The order's id.
    public let id: String
    /// ISO country code.
    public let country: String
    /// How many numbers.
    public let quantity: Int
    /// One kind per order.
    public let kind: NumberKind
    /// The carrier the numbers come from.
    public let carrier: String?
    /// Whether this is a manual order (over 999 numbers), with a signed letter of authorisation.
    public let manual: Bool
    /// The ported numbers.
    public let numbers: [String]
}
