import Foundation
import Testing
@testable import SetupGuideStore
import SetupGuideModel

/// Two technicians at once: two stores opened on the same file or database, as two
/// `setup-guide` processes would.
@Suite("Two technicians writing at once")
struct TeamWritingTests {
    @Test("Runs recorded at the same time by two technicians are all kept", arguments: Backend.available)
    func concurrentRuns(_ backend: Backend) async throws {
        let place = UUID().uuidString
        let first = try await backend.open(place)
        let second = try await backend.open(place)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<10 {
                let store = index.isMultiple(of: 2) ? first : second
                group.addTask {
                    try await store.record(run("run-\(index)", day: index, [
                        client("tenant-\(index % 3)", "Client \(index % 3)", .gaps(1), keys("users.have-numbers user:u\(index)@x.test")),
                    ], by: index.isMultiple(of: 2) ? "amelie" : "bastien"))
                }
            }
            try await group.waitForAll()
        }
        let history = try await first.runs(client: nil, limit: 100)
        #expect(history.count == 10)
        #expect(Set(history.map(\.runID)) == Set((0..<10).map { "run-\($0)" }))
        #expect(Set(history.map(\.recordedBy)) == ["amelie", "bastien"])
        #expect(history.allSatisfy { $0.findingCount == 1 })
        await first.close()
        await second.close()
    }

    @Test("A manual-step record changed at a stale version is refused, in both languages, and nothing is written", arguments: Backend.available)
    func staleManualStep(_ backend: Backend) async throws {
        let place = UUID().uuidString
        let amelie = try await backend.open(place)
        let bastien = try await backend.open(place)
        let when = Date(timeIntervalSince1970: 1_800_000_000)
        let created = try await amelie.recordManualStep(
            client: "Contoso", step: "porting", who: "amelie", when: when, note: "Porting letter sent", expectedVersion: 0)
        #expect(created.version == 1)
        #expect(created.tenantID == "contoso")
        // Both read version 1; Bastien writes first.
        let changed = try await bastien.recordManualStep(
            client: "contoso", step: "Porting", who: "bastien", when: when, note: "Carrier confirmed", expectedVersion: 1)
        #expect(changed.version == 2)
        let refusal = await #expect(throws: StoreError.self) {
            try await amelie.recordManualStep(client: "contoso", step: "porting", who: "amelie", when: when, note: "Letter re-sent", expectedVersion: 1)
        }
        guard case .conflict(let conflict) = try #require(refusal) else { Issue.record("not a conflict: \(String(describing: refusal))"); return }
        #expect(conflict.current == 2)
        #expect(conflict.by == "bastien")
        let english = try #require(refusal).message(in: .english)
        let french = try #require(refusal).message(in: .french)
        #expect(english.contains("was changed by bastien") && english.contains("nothing was written") && english.contains("--expected-version 2"))
        #expect(french.contains("a été modifiée par bastien") && french.contains("rien n'a été écrit"))
        let history = try await amelie.manualStepHistory(client: "contoso", step: "porting")
        #expect(history.map(\.note) == ["Porting letter sent", "Carrier confirmed"])
        #expect(try await amelie.manualSteps(client: "contoso").map(\.version) == [2])
        // A record that does not exist yet cannot be "changed" from version 3.
        await #expect(throws: StoreError.self) {
            try await amelie.recordManualStep(client: "contoso", step: "emergency", who: "amelie", when: when, note: "x", expectedVersion: 3)
        }
        await amelie.close()
        await bastien.close()
    }

    @Test("Two technicians changing the same record at once: exactly one wins, the other is told", arguments: Backend.available)
    func raceOnOneRecord(_ backend: Backend) async throws {
        let place = UUID().uuidString
        let stores = [try await backend.open(place), try await backend.open(place)]
        _ = try await stores[0].recordManualStep(client: "t1", step: "numbers", who: "amelie", when: Date(), note: "start", expectedVersion: 0)
        for round in 1...5 {
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for (index, store) in stores.enumerated() {
                    group.addTask {
                        do {
                            _ = try await store.recordManualStep(
                                client: "t1", step: "numbers", who: index == 0 ? "amelie" : "bastien", when: Date(),
                                note: "round \(round) by \(index)", expectedVersion: round)
                            return true
                        } catch StoreError.conflict {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1, "round \(round): \(outcomes)")
        }
        let history = try await stores[0].manualStepHistory(client: "t1", step: "numbers")
        #expect(history.map(\.version) == Array(1...6))
        // Different steps written at once are both kept.
        async let one = stores[0].recordManualStep(client: "t1", step: "licences", who: "amelie", when: Date(), note: "a", expectedVersion: 0)
        async let two = stores[1].recordManualStep(client: "t1", step: "addresses", who: "bastien", when: Date(), note: "b", expectedVersion: 0)
        _ = try await (one, two)
        #expect(Set(try await stores[1].manualSteps(client: "t1").map(\.step)) == ["numbers", "licences", "addresses"])
        for store in stores { await store.close() }
    }

    @Test("Notes: each added note is kept; an edit at a stale version is refused", arguments: Backend.available)
    func notes(_ backend: Backend) async throws {
        let place = UUID().uuidString
        let amelie = try await backend.open(place)
        let bastien = try await backend.open(place)
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        async let first = amelie.addNote(client: "contoso", author: "amelie", text: "Call the carrier on Monday", at: at)
        async let second = bastien.addNote(client: "contoso", author: "bastien", text: "Lyon site moves in March", at: at.addingTimeInterval(1))
        let (note, _) = try await (first, second)
        #expect(try await amelie.notes(client: "contoso").count == 2)
        let edited = try await bastien.editNote(id: note.id, author: "bastien", text: "Carrier called", at: at, expectedVersion: 1)
        #expect(edited.version == 2)
        #expect(edited.tenantID == "contoso")
        await #expect(throws: StoreError.self) {
            try await amelie.editNote(id: note.id, author: "amelie", text: "Carrier called twice", at: at, expectedVersion: 1)
        }
        let texts = try await amelie.notes(client: nil).map(\.text)
        #expect(texts == ["Carrier called", "Lyon site moves in March"])
        await #expect(throws: StoreError.noSuchNote("no-such-id")) {
            try await amelie.editNote(id: "no-such-id", author: "amelie", text: "x", at: at, expectedVersion: 1)
        }
        await amelie.close()
        await bastien.close()
    }

    @Test("A refused write leaves the store as it was", arguments: Backend.available)
    func refusedWritesChangeNothing(_ backend: Backend) async throws {
        let store = try await backend.open()
        defer { Task { await store.close() } }
        try await store.record(run("same", day: 0, [client("t1", "One", .complete)]))
        await #expect(throws: StoreError.duplicateRun("same")) {
            try await store.record(run("same", day: 1, [client("t2", "Two", .gaps(1), keys("licences.bought"))]))
        }
        await #expect(throws: StoreError.duplicateClient(runID: "other", tenantID: "T1")) {
            try await store.record(run("other", day: 2, [client("t1", "One", .complete), client("T1", "One again", .complete)]))
        }
        await #expect(throws: StoreError.self) {
            try await store.recordManualStep(client: "t1", step: "x\u{1B}[31m", who: "amelie", when: Date(), note: "", expectedVersion: 0)
        }
        let history = try await store.runs(client: nil, limit: 10)
        #expect(history.map(\.runID) == ["same"])
        #expect(history.map(\.tenantID) == ["t1"])
        #expect(try await store.manualSteps(client: nil).isEmpty)
    }

    @Test("Reopening a store keeps its records and applies no migration twice", arguments: Backend.available)
    func reopen(_ backend: Backend) async throws {
        let place = UUID().uuidString
        let store = try await backend.open(place)
        try await store.record(run("kept", day: 0, [client("t1", "One", .gaps(1), keys("licences.bought"))]))
        await store.close()
        let again = try await backend.open(place)
        let stored = try #require(try await again.clientRun(runID: "kept", client: "One"))
        #expect(stored.findings == keys("licences.bought"))
        #expect(stored.manifestJSON == "{\"tenantId\":\"t1\"}")
        #expect(try await again.runs(client: "t1", limit: 5).count == 1)
        await again.close()
    }
}
