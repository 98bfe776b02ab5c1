public import Foundation
public import SetupGuideModel
public import SetupGuideEngine

/// The tenant a wizard run works on: the rehearsal tenant itself, created when missing, or for a
/// dry run a copy of it in a temporary folder, which `discard()` removes.
public struct WizardTenant {
    /// The tenant to run the plan on.
    public let tenant: RehearsalTenant
    /// The folder of the dry run's copy, when there is one.
    public let copyFolder: URL?

    /// Opens (or creates) the tenant at `url`; with `dryRun`, copies it and opens the copy.
    public init(at url: URL, dryRun: Bool, clock: any TenantClock, countries: CountryCatalogue) throws(SessionError) {
        do {
            var tenant = try RehearsalTenant(at: url, create: true, clock: clock, countries: { countries.country($0) })
            var folder: URL?
            if dryRun {
                let copy = FileManager.default.temporaryDirectory.appendingPathComponent("setup-guide-dry-run-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
                folder = copy
                tenant = try tenant.rehearsalCopy(at: copy.appendingPathComponent("tenant.sqlite"))
            }
            self.tenant = tenant
            self.copyFolder = folder
        } catch let error as TenantStoreError {
            throw .tenant(error)
        } catch {
            // a folder that cannot be made, a disk that is full: say where, in words
            throw .tenantUnreadable(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Removes the dry run's copy; the real tenant is left alone.
    public func discard() {
        if let copyFolder { try? FileManager.default.removeItem(at: copyFolder) }
    }
}
