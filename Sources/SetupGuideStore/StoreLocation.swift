public import Foundation
public import SetupGuideModel

/// Which store to open: `--store` (or `SETUP_GUIDE_STORE`) names a PostgreSQL database by a
/// `postgres://` or `postgresql://` URL, or a SQLite file by its path; without either, the local
/// file `$XDG_DATA_HOME/setup-guide/fleet.sqlite`, else `~/.local/share/setup-guide/fleet.sqlite`.
package enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    /// A SQLite file.
    case sqlite(URL)
    /// A PostgreSQL database.
    case postgres(PostgresSettings)

    /// The environment variable naming the store when `--store` is not given.
    package static let environmentKey = "SETUP_GUIDE_STORE"

    /// The store `flag` names, else `SETUP_GUIDE_STORE`, else the default SQLite file.
    package static func resolve(
        flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        home: URL = FileManager.default.homeDirectoryForCurrentUser
    ) throws(StoreError) -> StoreLocation {
        let given = [flag, environment[environmentKey]].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
        guard let given else { return .sqlite(defaultFile(environment: environment, home: home)) }
        let lower = given.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            return .postgres(try PostgresSettings(url: given, environment: environment, home: home))
        }
        if let scheme = lower.range(of: "://"), !lower[..<scheme.lowerBound].contains("/") {
            throw .badLocation(
                store: PostgresSettings.redacted(given),
                reason: .init("give a postgres:// or postgresql:// URL, or the path of a SQLite file",
                              "indiquez une URL postgres:// ou postgresql://, ou le chemin d'un fichier SQLite"))
        }
        if lower.hasPrefix("sqlite:") { return .sqlite(URL(fileURLWithPath: String(given.dropFirst("sqlite:".count)))) }
        return .sqlite(URL(fileURLWithPath: given))
    }

    /// `$XDG_DATA_HOME/setup-guide/fleet.sqlite`, else `~/.local/share/setup-guide/fleet.sqlite`.
    package static func defaultFile(environment: [String: String], home: URL) -> URL {
        let base: URL
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
            base = URL(fileURLWithPath: data)
        } else {
            base = home.appendingPathComponent(".local/share")
        }
        return base.appendingPathComponent("setup-guide").appendingPathComponent("fleet.sqlite")
    }

    /// Opens the store, creating or migrating its schema.
    package func open() async throws(StoreError) -> any VerificationStore {
        switch self {
        case .sqlite(let url): try await SQLVerificationStore.sqlite(url)
        case .postgres(let settings): try await SQLVerificationStore.postgres(settings)
        }
    }

    /// The store as it may be shown: a path, or the URL without its password.
    package var description: String {
        switch self {
        case .sqlite(let url): DisplayPath.of(url)
        case .postgres(let settings): settings.redactedURL
        }
    }
}
