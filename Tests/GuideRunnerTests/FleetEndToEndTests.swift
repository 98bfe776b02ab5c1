import Foundation
import Testing

@Suite("setup-guide fleet verify, run as a partner would")
struct FleetEndToEndTests {
    static let fixtures = BinaryRunner.packageRoot.appendingPathComponent("Tests/SetupGuideTests/Fixtures/Verification")
    static let hostile = "<script>alert(1)</script> | **x** ]]> \u{1B}[2J\u{1B}]0;owned\u{7}\r\nEvil & Co"

    /// A fleet folder of copies of the fixture exports: `clients` maps a folder to its fixture
    /// (`nil`: a cut export) and the tenant name its manifest gives.
    static func fleet(_ clients: [String: (fixture: String?, name: String)], fleetYAML: String? = nil) throws -> URL {
        let root = try BinaryRunner.temporaryDirectory().appendingPathComponent("clients")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (folder, client) in clients {
            let url = root.appendingPathComponent(folder)
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(client.fixture ?? "complete"), to: url)
            if client.fixture == nil {
                try "[\n  {\"UserPrincipalName\": \"a@b.c\",".write(to: url.appendingPathComponent("Get-CsOnlineUser.json"), atomically: true, encoding: .utf8)
            }
            let manifest: [String: String] = ["tool": "setup-guide export collect", "tenantId": "tid-\(folder)", "tenantName": client.name, "country": "US"]
            try JSONSerialization.data(withJSONObject: manifest).write(to: url.appendingPathComponent("setup-guide-manifest.json"))
        }
        if let fleetYAML { try fleetYAML.write(to: root.appendingPathComponent("fleet.yaml"), atomically: true, encoding: .utf8) }
        return root
    }

    @Test("fleet verify --help names the input, fleet.yaml and the exit codes")
    func help() throws {
        let output = try BinaryRunner.run(["fleet", "verify", "--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("fleet.yaml"))
        #expect(output.stdout.contains("0 every client complete; 1 gaps found; 2 a client unusable"))
        #expect(try BinaryRunner.run(["fleet", "--help"]).stdout.contains("verify"))
    }

    @Test("exit 0 when every client is complete, 1 with gaps, 2 with an unusable client, which never stops the others")
    func exitCodes() throws {
        let complete = try BinaryRunner.run(["fleet", "verify", try Self.fleet(["a": ("complete", "A"), "b": ("complete", "B")]).path])
        #expect(complete.status == 0, "\(complete.stdout)\(complete.stderr)")
        #expect(complete.stdout.contains("2 clients: 2 complete, 0 with gaps, 0 unusable"))
        #expect(complete.stderr.isEmpty, "no progress bar when standard error is not a terminal")

        let gaps = try BinaryRunner.run(["fleet", "verify", try Self.fleet(["a": ("complete", "A"), "b": ("gaps", "Bravo Gaps")]).path])
        #expect(gaps.status == 1, "\(gaps.stdout)\(gaps.stderr)")
        let lines = gaps.stdout.split(separator: "\n").map(String.init)
        let bravo = try #require(lines.firstIndex { $0.contains("Bravo Gaps (b, US) — ") && $0.hasSuffix(" gaps") })
        let alpha = try #require(lines.firstIndex { $0.contains("A (a, US) — complete") })
        #expect(bravo < alpha, "worst first")
        #expect(lines.contains("  1 client has voice users without a number"), "\(gaps.stdout)")

        let broken = try BinaryRunner.run(["fleet", "verify", try Self.fleet(["a": ("complete", "A"), "b": ("gaps", "B"), "c": (nil, "Cut Co")]).path])
        #expect(broken.status == 2, "\(broken.stdout)\(broken.stderr)")
        #expect(broken.stdout.contains("Cut Co (c, US) — unusable: "), "\(broken.stdout)")
        #expect(broken.stdout.contains("c/Get-CsOnlineUser.json:2"))
        #expect(broken.stdout.contains("A (a, US) — complete"), "the others are verified")
        #expect(broken.stdout.contains("B (b, US) — "))
    }

    @Test("usage errors exit 64", arguments: [
        ["fleet", "verify"], ["fleet", "verify", "x", "--format", "pdf"], ["fleet", "verify", "x", "--format", "html"],
        ["fleet", "verify", "DIR", "--country", "ZZ"],
    ])
    func usage(_ arguments: [String]) throws {
        let folder = try Self.fleet(["a": ("complete", "A")])
        let output = try BinaryRunner.run(arguments.map { $0 == "DIR" ? folder.path : $0 })
        #expect(output.status == 64, "\(arguments): \(output.stdout)\(output.stderr)")
        #expect(!output.stderr.isEmpty)
    }

    @Test("a missing folder or a malformed fleet.yaml stops the run with exit 2, fleet.yaml named with line and column")
    func unusableFleet() throws {
        let missing = try BinaryRunner.run(["fleet", "verify", "/nonexistent/fleet"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read the fleet folder '/nonexistent/fleet'"))
        let empty = try BinaryRunner.temporaryDirectory()
        let none = try BinaryRunner.run(["fleet", "verify", empty.path])
        #expect(none.status == 2, "an empty fleet is not a complete one")
        #expect(none.stderr.contains("holds no client folder"))
        let folder = try Self.fleet(["a": ("complete", "A")], fleetYAML: "clients:\n  a: { contry: US }\n")
        let bad = try BinaryRunner.run(["fleet", "verify", "clients"], in: folder.deletingLastPathComponent())
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("clients/fleet.yaml:2:8: error: unknown key 'contry' in 'a'"), "\(bad.stderr)")
    }

    @Test("fleet.yaml gives a client its features: the toll-free client is checked for them")
    func fleetFile() throws {
        let folder = try Self.fleet(["a": ("gaps", "A"), "b": ("gaps", "B")], fleetYAML: "clients:\n  b: { features: [toll-free, call-queues] }\n")
        let output = try BinaryRunner.run(["fleet", "verify", folder.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let clients = try #require(object["clients"] as? [[String: Any]])
        let b = try #require(clients.first { $0["folder"] as? String == "b" })
        let a = try #require(clients.first { $0["folder"] as? String == "a" })
        let checks = { (client: [String: Any]) in ((client["failingChecks"] as? [[String: Any]]) ?? []).compactMap { $0["check"] as? String } }
        #expect(checks(b).contains("call-queues.have-numbers"), "\(checks(b))")
        #expect(!checks(a).contains("call-queues.have-numbers"))
    }

    @Test("every format escapes a hostile tenant name", arguments: ["text", "markdown", "junit", "json"])
    func hostileNames(_ format: String) throws {
        let folder = try Self.fleet(["evil": ("gaps", Self.hostile), "good": ("complete", "Good")])
        let output = try BinaryRunner.run(["fleet", "verify", folder.path, "--format", format])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(!output.stdout.contains("\u{1B}"), "no escape sequence reaches the terminal or a file")
        #expect(!output.stdout.contains("\u{7}"))
        if format == "markdown" || format == "junit" { #expect(!output.stdout.contains("<script>")) }
        if format == "json" {
            let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
            let names = (object?["clients"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
            #expect(names.contains(Self.hostile), "JSON keeps the name as it is, for tools")
        }
    }

    @Test("--format html writes a dashboard linking each client's own report page; a symbolic link as --out is refused")
    func dashboard() throws {
        let folder = try Self.fleet(["evil": ("gaps", Self.hostile), "good": ("complete", "Good"), "cut": (nil, "Cut")])
        let out = folder.deletingLastPathComponent().appendingPathComponent("dash")
        let output = try BinaryRunner.run(["fleet", "verify", folder.path, "--format", "html", "--out", out.path])
        #expect(output.status == 2, "\(output.stderr)")
        #expect(output.stdout.isEmpty)
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!index.contains("<script>"))
        let links = index.components(separatedBy: "<a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(links.count == 2)
        for link in links {
            let page = try String(contentsOf: out.appendingPathComponent(link), encoding: .utf8)
            #expect(page.contains("Teams Phone verification"))
            #expect(!page.contains("<script>"))
        }
        let link = folder.deletingLastPathComponent().appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: folder)
        let refused = try BinaryRunner.run(["fleet", "verify", folder.path, "--format", "html", "--out", link.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("symbolic link"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("index.html").path))
    }

    @Test("a French run says everything in French")
    func french() throws {
        let folder = try Self.fleet(["a": ("gaps", "A"), "b": ("gaps", "B"), "c": (nil, "C")])
        let output = try BinaryRunner.run(["fleet", "verify", folder.path], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(output.status == 2)
        #expect(output.stdout.contains("3 clients : 0 complet, 2 avec des manques, 1 inutilisable"), "\(output.stdout)")
        #expect(output.stdout.contains("2 clients ont des utilisateurs voix sans numéro"), "\(output.stdout)")
        #expect(output.stdout.contains("C (c, US) — inutilisable : "))
        for english in ["gaps", "complete", "unusable", "clients have", "worst"] { #expect(!output.stdout.contains(english), "\(english)") }
    }

    @Test("the progress bar is drawn at a terminal, and not with TERM=dumb", arguments: [("xterm", true), ("dumb", false)])
    func progress(term: String, drawn: Bool) throws {
        let folder = try Self.fleet(["a": ("complete", "A"), "b": ("complete", "B")])
        let terminal = try PseudoTerminal(["fleet", "verify", folder.path], environment: ["TERM": term])
        #expect(terminal.wait() == 0)
        #expect(terminal.screen.contains("2/2 clients verified") == drawn, "\(terminal.screen)")
        #expect(terminal.screen.contains("2 clients: 2 complete"))
    }

    @Test("fleet verify --store records each run; fleet history then shows gaps that appeared, and a client cut off the third time closes none")
    func recordedRuns() throws {
        let store = try BinaryRunner.temporaryDirectory().appendingPathComponent("fleet.sqlite").path
        let root = try Self.fleet(["a": ("complete", "A"), "b": ("complete", "Bravo")])
        let first = try BinaryRunner.run(["fleet", "verify", root.path, "--store", store])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stderr.contains("Stored run "), "\(first.stderr)")
        // Bravo loses what made it complete: its exports become those of the gaps fixture.
        let bravo = root.appendingPathComponent("b")
        let manifest = try Data(contentsOf: bravo.appendingPathComponent("setup-guide-manifest.json"))
        try FileManager.default.removeItem(at: bravo)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("gaps"), to: bravo)
        try manifest.write(to: bravo.appendingPathComponent("setup-guide-manifest.json"))
        let second = try BinaryRunner.run(["fleet", "verify", root.path, "--store", store], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("enregistrée"), "\(second.stderr)")
        let drift = try BinaryRunner.run(["fleet", "history", "--store", store])
        #expect(drift.status == 1, "new gaps appeared: \(drift.stdout)\(drift.stderr)")
        #expect(drift.stdout.contains("Bravo: "), "\(drift.stdout)")
        #expect(drift.stdout.contains("new gap"))
        #expect(!drift.stdout.contains("A: "), "A did not change: \(drift.stdout)")
        // Third run: Bravo's export is cut. It is unusable, and none of its gaps counts as closed.
        try "[\n  {\"UserPrincipalName\": \"a@b.c\",".write(to: bravo.appendingPathComponent("Get-CsOnlineUser.json"), atomically: true, encoding: .utf8)
        let third = try BinaryRunner.run(["fleet", "verify", root.path, "--store", store])
        #expect(third.status == 2)
        let after = try BinaryRunner.run(["fleet", "history", "--store", store, "--format", "json"])
        let clients = try #require((try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])?["clients"] as? [[String: Any]])
        let b = try #require(clients.first { ($0["tenantID"] as? String) == "tid-b" }, "\(after.stdout)")
        #expect((b["closed"] as? [Any])?.isEmpty ?? true, "an unreadable client closes nothing: \(b)")
        let listed = try BinaryRunner.run(["fleet", "history", "--list", "--store", store])
        #expect(listed.stdout.split(separator: "\n").count == 6, "three runs of two clients: \(listed.stdout)")
    }
}
