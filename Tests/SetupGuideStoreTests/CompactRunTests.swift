import Foundation
import Testing
@testable import SetupGuideStore
import SetupGuideModel

/// Since migration 3 a run's findings are one value per client (``FindingList``), not one row
/// each; runs stored before keep their rows and must read, count and compare as they did.
@Suite("Compact runs")
struct CompactRunTests {
    @Test("A finding list gives back the findings it was made of, empty checks and subjects included")
    func listRoundTrip() throws {
        let cases: [[FindingKey]] = [
            [],
            keys("licences.bought"),
            keys("addresses.valid address:a1", "users.have-numbers user:alice@contoso.com", "users.have-numbers user:bob@contoso.com"),
            [FindingKey(stored: "", subject: ""), FindingKey(stored: "", subject: "x"), FindingKey(stored: "c", subject: "")],
            [FindingKey(check: "users.licensed", subject: "user:élodie@contoso.fr"), FindingKey(check: "users.licensed", subject: "user:ｅ@例え.jp")],
        ]
        for findings in cases {
            let sorted = Set(findings).sorted()
            let text = try #require(FindingList.encode(sorted))
            #expect(FindingList.decode(text) == sorted, "\(text.debugDescription)")
        }
        #expect(FindingList.encode(keys("a.b user:x", "a.b user:y", "c.d")) == "a.b\n\tuser:x\n\tuser:y\nc.d\n\t")
        #expect(FindingList.encode([FindingKey(stored: "a.b", subject: "user:x\tcut")]) == nil)
        #expect(FindingList.encode([FindingKey(stored: "a\nb", subject: "")]) == nil)
    }

    @Test("Keys no list can hold are kept as rows and read back", arguments: Backend.available)
    func oddKeysAsRows(_ backend: Backend) async throws {
        let store = try await backend.open()
        defer { Task { await store.close() } }
        let odd = [FindingKey(stored: "users.have-numbers", subject: "user:a\tb"), FindingKey(stored: "users.have-numbers", subject: "user:c")]
        try await store.record(run("odd", day: 0, [client("t1", "One", .gaps(1), odd), client("t2", "Two", .gaps(1), keys("licences.bought"))]))
        let one = try #require(try await store.clientRun(runID: "odd", client: "t1"))
        #expect(one.findings == odd.sorted())
        let two = try #require(try await store.clientRun(runID: "odd", client: "t2"))
        #expect(two.findings == keys("licences.bought"))
        #expect(try await store.runs(client: nil, limit: 10).map(\.findingCount).sorted() == [1, 2])
        try await store.record(run("odd2", day: 1, [client("t1", "One", .gaps(1), [odd[1]]), client("t2", "Two", .complete)]))
        let drift = try await store.drift(since: .last)
        #expect(drift.clients.first { $0.tenantID == "t1" }?.closed == [odd[0]])
        #expect(drift.clients.first { $0.tenantID == "t2" }?.newlyComplete == true)
    }

    @Test("A store written before migration 3 still lists, shows and compares its runs", arguments: Backend.available)
    func runsStoredBefore(_ backend: Backend) async throws {
        let place = UUID().uuidString
        let old = try await rawBackend(backend.location(place))
        try await old.migrate(Array(Migration.all.prefix(2)))
        let report = "{\"status\":\"gaps\",\"steps\":[]}"
        // As the store wrote runs before migration 3: one row per finding.
        func oldRun(_ id: String, day: Int, _ findings: [FindingKey]) -> [SQLWork] {
            let started = Int64(1_800_000_000_000 + day * 86_400_000)
            return [
                .statement(SQLStatement(
                    "INSERT INTO fleet_runs (run_id, started_at, recorded_at, recorded_by) VALUES (?, ?, ?, ?)",
                    [.text(id), .integer(started), .integer(started), .text("amelie")])),
                .statement(SQLStatement(
                    """
                    INSERT INTO client_runs (run_id, tenant_id, client_name, name_key, recorded_at, outcome, gap_count, reason, manifest_json, report_json) \
                    VALUES (?, 'contoso-id', 'Contoso', 'contoso', ?, 'gaps', ?, NULL, '{"tenantId":"contoso-id"}', ?)
                    """,
                    [.text(id), .integer(started), .integer(Int64(findings.count)), .text(report)])),
            ] + findings.map { finding in
                SQLWork.statement(SQLStatement(
                    "INSERT INTO findings (run_id, tenant_id, check_name, subject) VALUES (?, 'contoso-id', ?, ?)",
                    [.text(id), .text(finding.check), .text(finding.subject)]))
            }
        }
        let alice = keys("users.have-numbers user:alice@contoso.com")[0]
        let bob = keys("users.have-numbers user:bob@contoso.com")[0]
        let address = keys("addresses.valid address:a1")[0]
        _ = try await old.transaction(oldRun("o1", day: 0, [alice, bob, address]), writes: true)
        _ = try await old.transaction(oldRun("o2", day: 30, [alice, bob]), writes: true)
        await old.close()

        let store = try await backend.open(place)
        defer { Task { await store.close() } }
        let history = try await store.runs(client: "contoso", limit: 10)
        #expect(history.map(\.runID) == ["o2", "o1"])
        #expect(history.map(\.findingCount) == [2, 3])
        let shown = try #require(try await store.clientRun(runID: "o1", client: "Contoso"))
        #expect(shown.findings == [address, alice, bob])
        #expect(shown.reportJSON == report)
        #expect(shown.manifestJSON == "{\"tenantId\":\"contoso-id\"}")
        let between = try #require(try await store.drift(since: .run("o1"), until: .run("o2")).clients.first)
        #expect(between.closed == [address])
        #expect(between.appeared.isEmpty)

        // A run stored now, compared with one stored before: only the real change shows.
        let carol = keys("users.have-numbers user:carol@contoso.com")[0]
        try await store.record(run("n3", day: 60, [client("Contoso-ID", "Contoso", .gaps(3), [bob, carol, alice])]))
        let now = try #require(try await store.drift(since: .last).clients.first)
        #expect(now.baseline == .compared(runID: "o2", startedAt: Date(timeIntervalSince1970: 1_800_000_000 + 30 * 86_400), skippedUnreadable: 0))
        #expect(now.appeared == [carol])
        #expect(now.closed.isEmpty)
        #expect(try await store.runs(client: "contoso", limit: 10).map(\.findingCount) == [3, 2, 3])
        let sinceOld = try #require(try await store.drift(since: .run("o1")).clients.first)
        #expect(sinceOld.appeared == [carol])
        #expect(sinceOld.closed == [address])
    }

    @Test("A client's report, manifest and findings read back exactly as they were given", arguments: Backend.available)
    func documentsRoundTrip(_ backend: Backend) async throws {
        let store = try await backend.open()
        defer { Task { await store.close() } }
        let big = "{\"steps\":[" + (0..<2_000).map { "{\"check\":\"users.have-numbers\",\"subject\":\"user:u\($0)@contoso.com\",\"note\":\"é ✓ \\\"q\\\"\"}" }
            .joined(separator: ",") + "]}"
        let findings = (0..<300).map { FindingKey(check: "users.have-numbers", subject: "user:u\($0)@contoso.com") }
        let given = StoredClientRun(
            tenantID: "t-big", clientName: "Big", recordedAt: Date(timeIntervalSince1970: 1_800_000_000), manifestJSON: "{\"tenantName\":\"Big ✓\"}",
            reportJSON: big, outcome: .gaps(1), findings: findings)
        try await store.record(run("docs", day: 0, [given, client("t-small", "Small", .complete)]))
        let read = try #require(try await store.clientRun(runID: "docs", client: "t-big"))
        #expect(read.reportJSON == big)
        #expect(read.manifestJSON == given.manifestJSON)
        #expect(read.findings == findings.sorted())
        #expect(read.outcome == .gaps(1))
        let small = try #require(try await store.clientRun(runID: "docs", client: "Small"))
        #expect(small.reportJSON == "{}")
        #expect(small.findings.isEmpty)
    }
}

/// The backend under a store, without the store's migrations, to write as older versions did.
func rawBackend(_ location: StoreLocation) async throws -> any SQLBackend {
    switch location {
    case .sqlite(let url): try SQLiteBackend(url: url)
    case .postgres(let settings): try await PostgresBackend.connect(settings)
    }
}
