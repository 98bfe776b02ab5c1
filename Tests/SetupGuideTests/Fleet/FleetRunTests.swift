import Foundation
import Testing
import SetupGuide

@Suite("fleet verify: every client, its own plan, nothing stopping the others")
struct FleetRunTests {
    static let verification = TestPaths.fixtures.appendingPathComponent("Verification")

    /// A fleet folder: each client a copy of a fixture export folder, with a manifest when given.
    static func fleet(_ clients: [(name: String, fixture: String?, manifest: ExportManifest?)], fleetYAML: String? = nil,
                      files: [String: String] = [:]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fleet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for client in clients {
            let folder = root.appendingPathComponent(client.name)
            if let fixture = client.fixture {
                try FileManager.default.copyItem(at: verification.appendingPathComponent(fixture), to: folder)
            } else {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            if let manifest = client.manifest {
                try JSONEncoder().encode(manifest).write(to: folder.appendingPathComponent("setup-guide-manifest.json"))
            }
        }
        if let fleetYAML { try fleetYAML.write(to: root.appendingPathComponent("fleet.yaml"), atomically: true, encoding: .utf8) }
        for (name, text) in files { try text.write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return root
    }

    static func request(country: String? = nil) -> PlanRequest {
        PlanRequest(country: country, language: .english, content: TestPaths.content)
    }

    @Test("a cut export, an empty folder and a client without a country are unusable with their reason; the others are verified")
    func unusableClientsStopNoOne() throws {
        let root = try Self.fleet([
            ("complete", "complete", ExportManifest(tenantId: "t-1", tenantName: "Complete Co", country: "US")),
            ("gaps", "gaps", ExportManifest(tenantName: "Gaps Co", country: "us")),
            ("empty", nil, ExportManifest(country: "US")),
            ("nowhere", "complete", nil),
        ])
        let cut = root.appendingPathComponent("cut")
        try FileManager.default.copyItem(at: Self.verification.appendingPathComponent("complete"), to: cut)
        try "[\n  {\"UserPrincipalName\": \"a@b.c\"".write(to: cut.appendingPathComponent("Get-CsOnlineUser.json"), atomically: true, encoding: .utf8)
        try JSONEncoder().encode(ExportManifest(country: "US")).write(to: cut.appendingPathComponent("setup-guide-manifest.json"))

        let report = try FleetRun(folder: root, path: "fleet", request: Self.request()).report
        let byFolder = Dictionary(uniqueKeysWithValues: report.clients.map { ($0.folder, $0) })
        #expect(report.clients.count == 5)
        #expect(byFolder["complete"]?.outcome == .complete)
        #expect(byFolder["complete"]?.name == "Complete Co")
        #expect(byFolder["gaps"]?.outcome == .gaps)
        #expect(byFolder["gaps"]?.country == "US", "the manifest's country, in any case")
        #expect(byFolder["empty"]?.outcome == .unusable)
        #expect(byFolder["cut"]?.outcome == .unusable)
        #expect(byFolder["cut"]?.reason?.contains("cut/Get-CsOnlineUser.json:2") == true, "\(byFolder["cut"]?.reason ?? "")")
        #expect(byFolder["cut"]?.reason?.contains("cut short") == true)
        #expect(byFolder["nowhere"]?.reason?.contains("no country") == true)
        #expect(report.status == .unusable)
        #expect(report.clients.prefix(3).allSatisfy { $0.outcome == .unusable }, "worst first")
    }

    @Test("fleet.yaml: the client's entry beats its manifest, defaults fill what nothing says, the command line comes last")
    func precedence() throws {
        let root = try Self.fleet([
            ("a", "complete", ExportManifest(tenantId: "tid-b", country: "US")),
            ("b", "complete", ExportManifest(tenantId: "tid-b")),
            ("c", "complete", nil),
            ("d", "complete", nil),
        ], fleetYAML: """
            defaults: { country: US, features: [call-queues] }
            clients:
              a: { country: FR }
              tid-b: { country: US, features: [] }
              d: { answers: answers/d.yaml }
            """, files: [:])
        try FileManager.default.createDirectory(at: root.appendingPathComponent("answers"), withIntermediateDirectories: true)
        try "country: US\nsteps:\n  licences: { callingPlan: MCOPSTN2 }\n"
            .write(to: root.appendingPathComponent("answers/d.yaml"), atomically: true, encoding: .utf8)
        let report = try FleetRun(folder: root, path: "fleet", request: Self.request(country: "FR")).report
        let byFolder = Dictionary(uniqueKeysWithValues: report.clients.map { ($0.folder, $0) })
        #expect(byFolder["a"]?.country == "FR", "entry over manifest")
        #expect(byFolder["b"]?.country == "US", "entry found by tenant id")
        #expect(byFolder["b"]?.verification?.features == [], "an empty list means no feature")
        #expect(byFolder["c"]?.country == "US", "defaults over the command line")
        #expect(byFolder["c"]?.verification?.features == ["call-queues"])
        #expect(byFolder["d"]?.outcome == .gaps, "its answers ask MCOPSTN2, which the fixture lacks")
        #expect(byFolder["d"]?.failingChecks.contains { $0.check == "licences.purchased" } == true)
        #expect(!root.appendingPathComponent("answers").path.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("answers/setup-guide-manifest.json").path))
    }

    @Test("a broken answers file or a bad feature makes only that client unusable, named with its place")
    func badClientSettings() throws {
        let root = try Self.fleet([("a", "complete", nil), ("b", "complete", nil), ("c", "complete", nil)], fleetYAML: """
            defaults: { country: US }
            clients:
              a: { answers: missing.yaml }
              b: { features: [teleportation] }
            """)
        let report = try FleetRun(folder: root, path: "fleet", request: Self.request()).report
        let byFolder = Dictionary(uniqueKeysWithValues: report.clients.map { ($0.folder, $0) })
        #expect(byFolder["a"]?.outcome == .unusable)
        #expect(byFolder["a"]?.reason?.contains("fleet/missing.yaml:1:1") == true, "\(byFolder["a"]?.reason ?? "")")
        #expect(byFolder["b"]?.outcome == .unusable)
        #expect(byFolder["b"]?.reason?.contains("teleportation") == true, "\(byFolder["b"]?.reason ?? "")")
        #expect(byFolder["c"]?.outcome == .complete)
    }

    @Test("what stops the whole run: a missing folder, a malformed fleet.yaml, an unknown --country")
    func wholeRunFailures() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-fleet-\(UUID().uuidString)")
        #expect { try FleetRun(folder: missing, path: "x", request: Self.request()) } throws: { error in
            if case FleetRun.Failure.unreadableFolder = error { return true }
            return false
        }
        let bad = try Self.fleet([("a", "complete", nil)], fleetYAML: "clients:\n  a: { contry: US }\n")
        #expect { try FleetRun(folder: bad, path: "fleet", request: Self.request()) } throws: { error in
            guard case FleetRun.Failure.fleetFile(let diagnostic) = error else { return false }
            return diagnostic.location == SourceLocation(path: "fleet/fleet.yaml", line: 2, column: 8)
        }
        #expect { try FleetRun(folder: bad, path: "fleet", request: Self.request(country: "ZZ")) } throws: { error in
            if case FleetRun.Failure.unknownCountry("ZZ", _) = error { return true }
            return false
        }
    }

    @Test("progress is told of every client, and the report is the same as one verify per client")
    func progressAndSameAsVerify() throws {
        let root = try Self.fleet((0..<12).map { ("c\($0)", $0 % 2 == 0 ? "gaps" : "complete", ExportManifest(country: "US")) })
        let seen = Locked<[Int]>([])
        let report = try FleetRun(folder: root, path: "fleet", request: Self.request()) { done, total in
            #expect(total == 12)
            seen.withLock { $0.append(done) }
        }.report
        #expect(seen.withLock { $0.sorted() } == Array(1...12))
        let session = try PlanSession.open(Self.request(country: "US"))
        let alone = try VerificationRun(session, source: .exports(root.appendingPathComponent("c0"), path: "fleet/c0")).report
        let inFleet = try #require(report.clients.first { $0.folder == "c0" }?.verification)
        #expect(inFleet == alone)
    }
}
