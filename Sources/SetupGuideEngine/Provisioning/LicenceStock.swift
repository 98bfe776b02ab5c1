public import SetupGuideModel
internal import SetupGuidePlanning

/// Licences of one SKU: bought and handed out.
public struct LicenceStock: Sendable, Equatable, Codable {
    /// The SKU.
    public let sku: Licence
    /// Licences bought.
    public let purchased: Int
    /// Licences assigned to users.
    public let assigned: Int

    /// Creates a stock.
    public init(sku: Licence, purchased: Int, assigned: Int) {
        self.sku = sku
        self.purchased = purchased
        self.assigned = assigned
    }
}
