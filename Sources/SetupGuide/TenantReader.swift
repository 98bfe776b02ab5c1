public import Foundation
public import SetupGuideModel
public import SetupGuideEngine

/// Reads a rehearsal tenant for a plan session once the country catalogue is known, and keeps
/// it open for the checks that follow.
public final class TenantReader {
    /// The tenant file.
    public let url: URL
    /// The clock reservations are read with.
    public let clock: (any TenantClock)?
    /// The tenant, once read.
    public private(set) var tenant: RehearsalTenant?

    /// A reader of the tenant at `url`.
    public init(at url: URL, clock: (any TenantClock)? = nil) {
        self.url = url
        self.clock = clock
    }

    /// Opens the tenant read-only and returns what it recorded.
    public func read(_ countries: CountryCatalogue) throws(SessionError) -> TenantRecord {
        let (tenant, record) = try PlanSession.readTenant(at: url, clock: clock, countries: countries)
        self.tenant = tenant
        return record
    }
}
