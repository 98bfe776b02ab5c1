import Foundation
import Testing
@testable import SetupGuideStore

/// The two backends every store test runs on. PostgreSQL is the server `scripts/test.sh` starts
/// (`scripts/postgres-test-server.sh`), named by `SETUP_GUIDE_TEST_POSTGRES`; each test gets
/// a schema of its own in it, so tests never see each other's rows.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static let environment = ProcessInfo.processInfo.environment
    /// The test server's URL, when one was started.
    static let postgresURL: String? = environment["SETUP_GUIDE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    /// Whether this is CI, where the PostgreSQL tests must run.
    static let inCI = environment["CI"] == "true"

    /// The backends to run: SQLite always; PostgreSQL when a server is given, and in CI even
    /// without one (the test then fails, saying so).
    static var available: [Backend] { postgresURL != nil || inCI ? [.sqlite, .postgres] : [.sqlite] }

    /// A new, empty store at a place of its own; `place` lets two stores share it.
    func location(_ place: String = UUID().uuidString) throws -> StoreLocation {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-tests-\(place)")
            return .sqlite(folder.appendingPathComponent("fleet.sqlite"))
        case .postgres:
            guard let url = Self.postgresURL else {
                throw MissingServer()
            }
            let schema = "t_" + place.lowercased().filter { $0.isLetter || $0.isNumber }.prefix(40)
            return try StoreLocation.resolve(flag: url + (url.contains("?") ? "&" : "?") + "schema=\(schema)", environment: [:])
        }
    }

    func open(_ place: String = UUID().uuidString) async throws -> any VerificationStore {
        try await location(place).open()
    }
}

/// CI=true without a PostgreSQL server: the store tests fail instead of being skipped.
struct MissingServer: Error, CustomStringConvertible {
    var description: String {
        "CI=true but SETUP_GUIDE_TEST_POSTGRES is not set: run the tests through scripts/test.sh, which starts a PostgreSQL server (scripts/postgres-test-server.sh)"
    }
}

@Suite("PostgreSQL test server")
struct PostgresServerPresenceTests {
    @Test("With CI=true the PostgreSQL server is given", .enabled(if: Backend.inCI, "not CI: the PostgreSQL store tests run only when SETUP_GUIDE_TEST_POSTGRES names a server"))
    func serverGivenInCI() {
        #expect(Backend.postgresURL != nil, "\(MissingServer())")
    }
}

/// Findings from short strings: "users.have-numbers user:alice@contoso.com".
func keys(_ texts: String...) -> [FindingKey] {
    texts.map { text in
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        return FindingKey(check: parts[0], subject: parts.count > 1 ? parts[1] : "")
    }
}

func client(_ tenant: String, _ name: String, _ outcome: StoredClientRun.Outcome, _ findings: [FindingKey] = []) -> StoredClientRun {
    StoredClientRun(
        tenantID: tenant, clientName: name, recordedAt: Date(timeIntervalSince1970: 1_800_000_000), manifestJSON: "{\"tenantId\":\"\(tenant)\"}",
        reportJSON: outcome == .complete || findings.isEmpty ? "{}" : "{\"status\":\"gaps\"}", outcome: outcome, findings: findings)
}

func run(_ id: String, day: Int, _ clients: [StoredClientRun], by person: String = "amelie") -> StoredFleetRun {
    StoredFleetRun(runID: id, startedAt: Date(timeIntervalSince1970: 1_800_000_000 + Double(day) * 86_400), recordedBy: person, clients: clients)
}
