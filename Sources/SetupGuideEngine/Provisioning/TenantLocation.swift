public import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning

/// Where the rehearsal tenant lives when `--tenant` does not say.
public enum TenantLocation {
    /// `$XDG_DATA_HOME/setup-guide/tenant.sqlite`, else `~/.local/share/setup-guide/tenant.sqlite`.
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            // The XDG spec says to ignore a relative XDG_DATA_HOME.
            base = URL(fileURLWithPath: data, isDirectory: true)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local/share", isDirectory: true)
        }
        return base.appendingPathComponent("setup-guide", isDirectory: true).appendingPathComponent("tenant.sqlite")
    }

    /// Where the users' notification mails go when `--outbox` does not say: a folder beside the
    /// tenant file and named after it, `demo/tenant.sqlite` → `demo/tenant.outbox/`. Each tenant
    /// gets its own, so two rehearsals in one folder (or in the default data folder) never mix
    /// their mails, and nothing lands in the working folder.
    public static func outbox(for tenant: URL) -> URL {
        let name = tenant.deletingPathExtension().lastPathComponent
        return tenant.deletingLastPathComponent().appendingPathComponent(name + ".outbox", isDirectory: true)
    }
}
