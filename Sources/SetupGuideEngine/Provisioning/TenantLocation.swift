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
}
