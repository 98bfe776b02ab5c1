public import Foundation
public import SetupGuideModel
public import SetupGuideEngine

/// The tenant a wizard run works on: the rehearsal tenant itself, created when missing, or for a
/// dry run a copy of it in a temporary folder, which `discard()` removes.
///
/// A dry run writes nothing beside the tenant: it reads the tenant as a reader does (never
/// creating the file, its folder or its lock file), copies it into the temporary folder, and a
/// tenant that does not exist yet is made there, fresh. Its mails go to ``outbox`` in that folder.
public struct WizardTenant {
    /// The tenant to run the plan on.
    public let tenant: RehearsalTenant
    /// The folder of the dry run's copy, when there is one.
    public let copyFolder: URL?

    /// Where the dry run's mails go (inside the copy's folder), or `nil` outside a dry run.
    public var outbox: URL? { copyFolder?.appendingPathComponent("outbox") }

    /// Opens (or creates) the tenant at `url`; with `dryRun`, copies it and opens the copy.
    public init(at url: URL, dryRun: Bool, clock: any TenantClock, countries: CountryCatalogue) throws(SessionError) {
        let lookup: RehearsalTenant.CountryLookup = { countries.country($0) }
        var folder: URL?
        do {
            if dryRun {
                let copy = FileManager.default.temporaryDirectory.appendingPathComponent("setup-guide-dry-run-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
                folder = copy
                let copyURL = copy.appendingPathComponent("tenant.sqlite")
                if FileManager.default.fileExists(atPath: url.path) {
                    // the reader is released at the end of this scope, before the run starts
                    tenant = try Self.copy(of: url, to: copyURL, clock: clock, countries: lookup)
                } else {
                    tenant = try RehearsalTenant(at: copyURL, create: true, clock: clock, countries: lookup)
                }
            } else {
                tenant = try RehearsalTenant(at: url, create: true, clock: clock, countries: lookup)
            }
            self.copyFolder = folder
        } catch let error as TenantStoreError {
            if let folder { try? FileManager.default.removeItem(at: folder) }
            throw .tenant(error)
        } catch {
            if let folder { try? FileManager.default.removeItem(at: folder) }
            // a folder that cannot be made, a disk that is full: say where, in words
            throw .tenantUnreadable(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Reads the tenant at `url` and copies it to `copyURL`, then lets the original go.
    private static func copy(of url: URL, to copyURL: URL, clock: any TenantClock, countries: @escaping RehearsalTenant.CountryLookup) throws
        -> RehearsalTenant
    {
        let original = try RehearsalTenant(at: url, readOnly: true, clock: clock, countries: countries)
        return try original.rehearsalCopy(at: copyURL)
    }

    /// Removes the dry run's copy; the real tenant is left alone.
    public func discard() {
        if let copyFolder { try? FileManager.default.removeItem(at: copyFolder) }
    }
}
