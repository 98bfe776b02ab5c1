public import SetupGuideEngine

/// What a tenant recorded about the organisation: the plan falls back on it after the command
/// line and the answers file.
public struct TenantRecord: Sendable, Equatable {
    /// The country the tenant was made for.
    public var country: String?
    /// The connectivity the tenant was made for.
    public var connectivity: String?
    /// The wizard's journal, oldest first, with the answers each step used.
    public var journal: [JournalEntry]

    /// Creates a record.
    public init(country: String? = nil, connectivity: String? = nil, journal: [JournalEntry] = []) {
        self.country = country
        self.connectivity = connectivity
        self.journal = journal
    }
}
