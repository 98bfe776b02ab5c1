import Foundation
import Testing
@testable import SetupGuideStore
import SetupGuideModel

@Suite("Drift between stored runs")
struct DriftTests {
    let contoso = "6F3B2C1A-0000-4000-8000-00000000C0C0"
    let fabrikam = "1b2c3d4e-0000-4000-8000-00000000fab0"

    @Test("Three successive runs: gaps appear, close, and the client becomes complete", arguments: Backend.available)
    func threeRuns(_ backend: Backend) async throws {
        let store = try await backend.open()
        defer { Task { await store.close() } }
        try await store.record(run("r1", day: 0, [
            client(contoso, "Contoso", .gaps(2), keys("users.have-numbers user:alice@contoso.com", "addresses.valid address:a1")),
            client(fabrikam, "Fabrikam", .complete),
        ]))
        try await store.record(run("r2", day: 30, [
            client(contoso, "Contoso", .gaps(2), keys("users.have-numbers user:alice@contoso.com", "users.have-numbers user:bob@contoso.com")),
            client(fabrikam, "Fabrikam", .gaps(1), keys("numbers.have-locations number:+33123456789")),
        ]))
        let second = try await store.drift(since: .last)
        #expect(second.runID == "r2")
        let contosoSecond = try #require(second.clients.first { $0.tenantID == contoso.lowercased() })
        #expect(contosoSecond.appeared == keys("users.have-numbers user:bob@contoso.com"))
        #expect(contosoSecond.closed == keys("addresses.valid address:a1"))
        #expect(!contosoSecond.newlyComplete)
        #expect(contosoSecond.baseline == .compared(runID: "r1", startedAt: Date(timeIntervalSince1970: 1_800_000_000), skippedUnreadable: 0))
        let fabrikamSecond = try #require(second.clients.first { $0.tenantID == fabrikam })
        #expect(fabrikamSecond.appeared == keys("numbers.have-locations number:+33123456789"))
        #expect(fabrikamSecond.closed.isEmpty)

        try await store.record(run("r3", day: 60, [
            client(contoso, "Contoso", .complete),
            client(fabrikam, "Fabrikam", .gaps(1), keys("numbers.have-locations number:+33123456789")),
        ]))
        let third = try await store.drift(since: .last)
        let contosoThird = try #require(third.clients.first { $0.tenantID == contoso.lowercased() })
        #expect(contosoThird.closed == keys("users.have-numbers user:alice@contoso.com", "users.have-numbers user:bob@contoso.com"))
        #expect(contosoThird.appeared.isEmpty)
        #expect(contosoThird.newlyComplete)
        let fabrikamThird = try #require(third.clients.first { $0.tenantID == fabrikam })
        #expect(!fabrikamThird.changed)
        // Worst first: Contoso changed, Fabrikam did not.
        #expect(third.clients.map(\.clientName) == ["Contoso", "Fabrikam"])

        // Since the first run, explicitly: both of Contoso's first gaps closed, Fabrikam's one appeared.
        let sinceFirst = try await store.drift(since: .run("r1"))
        let contosoSinceFirst = try #require(sinceFirst.clients.first { $0.tenantID == contoso.lowercased() })
        #expect(contosoSinceFirst.closed == keys("addresses.valid address:a1", "users.have-numbers user:alice@contoso.com"))
        #expect(contosoSinceFirst.newlyComplete)
        let sinceDate = try await store.drift(since: try #require(RunSelector.parse("2027-01-15")))  // day 0 was 2027-01-15
        #expect(sinceDate.clients == sinceFirst.clients)
    }

    /// Microsoft365DSC and CIPP users report drift where nothing changed: the same facts in
    /// another order, another case, with duplicates or a renamed display name. None is drift.
    @Test("The same facts written differently are no drift", arguments: Backend.available)
    func noFalseDrift(_ backend: Backend) async throws {
        let store = try await backend.open()
        defer { Task { await store.close() } }
        try await store.record(run("a", day: 0, [
            client(contoso, "Contoso", .gaps(2), keys(
                "users.have-numbers user:alice@contoso.com", "users.have-numbers user:Bob@Contoso.com",
                "addresses.valid address:6f3b-aa")),
        ]))
        try await store.record(run("b", day: 1, [
            client(contoso.lowercased(), "Contoso SAS (renamed)", .gaps(2), [
                FindingKey(check: "addresses.valid", subject: "address:6F3B-AA"),
                FindingKey(check: " users.have-numbers", subject: "user:bob@contoso.com "),
                FindingKey(check: "users.have-numbers", subject: "user:ALICE@contoso.com"),
                FindingKey(check: "users.have-numbers", subject: "user:alice@contoso.com"),  // twice
                FindingKey(check: "users.have-numbers", subject: "user:alice@contoso.com"),
            ]),
        ]))
        let drift = try await store.drift(since: .last)
        #expect(drift.clients.count == 1)
        let only = try #require(drift.clients.first)
        #expect(!only.changed, "false drift: appeared \(only.appeared), closed \(only.closed)")
        #expect(only.clientName == "Contoso SAS (renamed)")
    }

    @Test("An unreadable folder never reads as gaps closed, and the next readable run is compared with the last readable one", arguments: Backend.available)
    func unreadableIsNotClosed(_ backend: Backend) async throws {
        let store = try await backend.open()
        defer { Task { await store.close() } }
        let gaps = keys("users.have-numbers user:alice@contoso.com")
        try await store.record(run("m1", day: 0, [client(contoso, "Contoso", .gaps(1), gaps)]))
        try await store.record(run("m2", day: 30, [client(contoso, "Contoso", .unusable(reason: "Get-CsOnlineUser.json: line 3: cut export"))]))
        let during = try #require(try await store.drift(since: .last).clients.first)
        #expect(during.baseline == .unreadableNow(reason: "Get-CsOnlineUser.json: line 3: cut export"))
        #expect(during.closed.isEmpty)
        #expect(!during.newlyComplete)

        try await store.record(run("m3", day: 60, [client(contoso, "Contoso", .gaps(1), gaps)]))
        let after = try #require(try await store.drift(since: .last).clients.first)
        #expect(after.baseline == .compared(runID: "m1", startedAt: Date(timeIntervalSince1970: 1_800_000_000), skippedUnreadable: 1))
        #expect(!after.changed)
    }

    @Test("A client missing from a run keeps its gaps: it is listed as not in the run, nothing closed", arguments: Backend.available)
    func missingClient(_ backend: Backend) async throws {
        let store = try await backend.open()
        defer { Task { await store.close() } }
        try await store.record(run("p1", day: 0, [
            client(contoso, "Contoso", .gaps(1), keys("users.have-numbers user:alice@contoso.com")),
            client(fabrikam, "Fabrikam", .complete),
        ]))
        try await store.record(run("p2", day: 1, [client(fabrikam, "Fabrikam", .complete)]))
        let drift = try await store.drift(since: .last)
        let missing = try #require(drift.clients.first { $0.tenantID == contoso.lowercased() })
        #expect(missing.baseline == .notInRun(lastSeen: Date(timeIntervalSince1970: 1_800_000_000)))
        #expect(missing.closed.isEmpty)
        #expect(missing.outcome == nil)
        // A new client has nothing to compare with.
        try await store.record(run("p3", day: 2, [client("new-tenant", "Northwind", .gaps(1), keys("licences.bought"))]))
        let newcomer = try #require(try await store.drift(since: .last).clients.first { $0.tenantID == "new-tenant" })
        #expect(newcomer.baseline == .firstRecord)
        #expect(newcomer.appeared.isEmpty)
    }

    @Test("Selectors that match nothing are refused with a clear message", arguments: Backend.available)
    func unknownSelectors(_ backend: Backend) async throws {
        let store = try await backend.open()
        defer { Task { await store.close() } }
        await #expect(throws: StoreError.noSuchRun("LATEST")) { try await store.drift(since: .last) }
        try await store.record(run("only", day: 0, [client(contoso, "Contoso", .complete)]))
        let first = try await store.drift(since: .last)
        #expect(first.clients.map(\.baseline) == [.firstRecord])
        await #expect(throws: StoreError.noSuchRun("nope")) { try await store.drift(since: .run("nope")) }
        #expect(StoreError.noSuchRun("nope").message(in: .french) == "aucune exécution enregistrée ne correspond à 'nope'")
    }
}

@Suite("Finding identity")
struct FindingKeyTests {
    @Test("Keys are compared without case, outer white space, inner runs of spaces or Unicode composition")
    func normalisation() {
        #expect(FindingKey(check: "Users.Have-Numbers", subject: "  user:Élodie@Contoso.fr\u{00A0}") == FindingKey(check: "users.have-numbers", subject: "user:e\u{0301}lodie@contoso.fr"))
        #expect(FindingKey(check: "a", subject: "x  y").subject == "x y")
        #expect(FindingKey(check: "a", subject: "x") != FindingKey(check: "a", subject: "y"))
        #expect(FindingKey(check: "a", subject: "x") != FindingKey(check: "b", subject: "x"))
    }

    @Test("Run selectors: LAST, LATEST, dates, times and run ids")
    func selectors() {
        #expect(RunSelector.parse("last") == .last)
        #expect(RunSelector.parse("LATEST") == .latest)
        #expect(RunSelector.parse("2026-11-30T08:00:00Z") == .at(Date(timeIntervalSince1970: 1_796_025_600)))
        #expect(RunSelector.parse("2026-11-30") == .at(Date(timeIntervalSince1970: 1_795_996_800).addingTimeInterval(86_400 - 0.001)))
        #expect(RunSelector.parse("9b7c") == .run("9b7c"))
        #expect(RunSelector.parse("  ") == nil)
    }
}
