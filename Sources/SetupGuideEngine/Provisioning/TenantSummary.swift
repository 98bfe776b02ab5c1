public import SetupGuideModel
internal import SetupGuidePlanning

/// The state of a tenant at a glance, for `tenant show`.
public struct TenantSummary: Sendable, Equatable, Codable {
    /// One row of counts per number kind.
    public struct NumberCounts: Sendable, Equatable, Codable {
        /// User, toll or toll-free.
        public let kind: NumberKind
        /// Numbers acquired (new or ported).
        public let acquired: Int
        /// Numbers held by an open reservation.
        public let reserved: Int
        /// Acquired numbers given to a user or service.
        public let assigned: Int
        /// The kind's quota.
        public let quota: Int
        /// New numbers held or asked for, counted against the quota.
        public let quotaUsed: Int
    }

    /// The organisation's country, if recorded.
    public let country: String?
    /// The country's name, when the catalogue knows the code.
    public let countryName: BilingualText?
    /// The connectivity option, if recorded.
    public let connectivity: String?
    /// Licences bought and assigned, for every SKU bought.
    public let licences: [LicenceStock]
    /// Person accounts.
    public let users: Int
    /// Numbers by kind.
    public let numbers: [NumberCounts]
    /// Reservations still open.
    public let openReservations: Int
    /// Emergency addresses by validation status.
    public let addresses: [String: Int]
    /// Places, default ones included.
    public let locations: Int
    /// Request-form orders.
    public let requests: Int
    /// Port orders.
    public let portOrders: Int
}
