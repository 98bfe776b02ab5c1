import Foundation
import GuideRenderer
import Testing
import SetupGuide
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("fleet report formats")
struct FleetRenderingTests {
    /// A client name that tries every trick: markup, a CDATA end, Markdown table and emphasis,
    /// a terminal escape sequence, a carriage return and quotes.
    static let hostile = "<script>alert('x')</script> ]]> | **bold** [link](http://x) & \"q\"\r\nline two\u{1B}[31m\u{7}"

    static func report(_ language: Language = .english) throws -> FleetReport {
        FleetReport(folder: "fleet", clients: [
            .init(folder: "evil<dir>", report: try FleetReportTests.verification(failing: [("users.have-numbers", 2), ("numbers.have-emergency-location", 1)], name: hostile)),
            .init(folder: "contoso", report: try FleetReportTests.verification(failing: [], name: "Contoso Ltd")),
            .init(folder: "broken", manifest: ExportManifest(tenantId: "t-9", tenantName: "Broken \u{1B}]0;pwned\u{7}Co"), country: "FR",
                  reason: "fleet/broken/Get-CsOnlineUser.json:2: the JSON stops in the middle of an array"),
            .init(folder: "fabrikam", report: try FleetReportTests.verification(failing: [("numbers.have-emergency-location", 3)], name: "Fabrikam")),
        ], language: language)
    }

    static let golden = TestPaths.fixtures.appendingPathComponent("Fleet/golden")

    func compare(_ actual: String, _ name: String) throws {
        let url = Self.golden.appendingPathComponent(name)
        if TestPaths.recording {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file; re-record with RECORD_GOLDEN=1 if the change is meant")
    }

    @Test("text: one line per client worst first, one per check; no control character of a name reaches the terminal")
    func text() throws {
        let output = FleetTextRenderer(style: TerminalStyle(colours: false)).render(try Self.report())
        #expect(!output.contains("\u{1B}"))
        #expect(!output.contains("\r"))
        #expect(!output.contains("\u{7}"))
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("  UNUSABLE") || $0.hasPrefix("  GAPS") || $0.hasPrefix("  COMPLETE") }.count == 4)
        #expect(lines.contains("  2 clients have numbers without an emergency location"))
        #expect(lines.contains("  1 client has voice users without a number"))
        try compare(output, "fleet.txt")
        let french = FleetTextRenderer(style: TerminalStyle(colours: false)).render(try Self.report(.french))
        #expect(french.contains("  2 clients ont des numéros sans emplacement d'urgence"))
        #expect(french.contains("Clients, les moins avancés d'abord :"))
        #expect(!french.contains("worst"), "no English in a French run")
        try compare(french, "fleet-fr.txt")
    }

    @Test("Markdown: every cell escaped, so a name cannot break the table nor add markup")
    func markdown() throws {
        let output = FleetMarkdownRenderer().render(try Self.report())
        #expect(!output.contains("<script>"))
        #expect(!output.contains("**bold**"))
        #expect(!output.contains("[link](http"), "no live link")
        #expect(!output.contains("\u{1B}"))
        let rows = output.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Client") && !$0.hasPrefix("| ---") }
        #expect(rows.count == 4)
        for row in rows {
            // five cells: six unescaped pipes
            let pipes = row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(pipes == 6, "\(row)")
        }
        try compare(output, "fleet.md")
    }

    @Test("JSON: the documented fields, clients worst first, round-trips")
    func json() throws {
        let report = try Self.report()
        let output = try FleetJSONRenderer().render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schema", "status", "folder", "language", "totals", "clients", "checks"])
        let clients = try #require(object["clients"] as? [[String: Any]])
        #expect(clients.map { $0["outcome"] as? String } == ["unusable", "gaps", "gaps", "complete"])
        #expect(Set(clients[1].keys) == ["folder", "tenantId", "name", "country", "outcome", "gaps", "failingChecks"])
        let decoded = try JSONDecoder().decode(FleetReport.self, from: Data(output.utf8))
        var expected = report
        for index in expected.clients.indices { expected.clients[index].verification = nil }
        #expect(decoded == expected)
        try compare(output, "fleet.json")
    }

    @Test("JUnit: one test suite per client, well formed for a real XML parser, names intact once parsed")
    func junit() throws {
        let output = FleetJUnitRenderer().render(try Self.report())
        #expect(!output.contains("<script>"))
        #expect(!output.contains("]]>"))
        let forbidden = output.unicodeScalars.filter { $0.value < 0x20 && ![0x09, 0x0A, 0x0D].contains($0.value) }
        #expect(forbidden.isEmpty)
        try compare(output, "fleet.junit.xml")
        #if canImport(FoundationXML) || os(macOS)
        let document = try XMLDocument(data: Data(output.utf8), options: [])
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.count == 4)
        #expect(root.attribute(forName: "errors")?.stringValue == "1")
        let names = suites.compactMap { $0.attribute(forName: "name")?.stringValue }
        #expect(names.contains { $0.hasPrefix("<script>alert('x')</script> ]]> | **bold**") }, "\(names)")
        let broken = try #require(suites.first { $0.attribute(forName: "name")?.stringValue?.hasPrefix("Broken") == true })
        #expect(broken.elements(forName: "testcase").first?.elements(forName: "error").count == 1)
        let evil = try #require(suites.first { $0.attribute(forName: "name")?.stringValue?.hasPrefix("<script>") == true })
        #expect(evil.attribute(forName: "failures")?.stringValue == "2")
        #endif
    }

    @Test("HTML dashboard: escaped, no script can run, each verified client linked to its own page")
    func html() throws {
        let report = try Self.report()
        let output = FleetDashboardRenderer().render(report)
        #expect(!output.contains("<script>"))
        #expect(output.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(!output.contains("\u{1B}"))
        #expect(output.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        #expect(!output.contains("script-src"))
        let links = output.components(separatedBy: "<a href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(links.count == 3, "the unusable client has no page")
        for link in links { #expect(link.hasPrefix("clients/") && link.hasSuffix(".html") && !link.contains("<"), "\(link)") }
        try compare(output, "fleet.html")
    }

    @Test("the dashboard folder holds the index and each client's own verify page; a symbolic link or a stranger's folder is refused")
    func dashboardFolder() throws {
        let report = try Self.report()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fleet-dash-\(UUID().uuidString)")
        try FleetDashboardWriter().write(report, to: folder, path: "dash")
        let index = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        for client in report.clients {
            guard let page = FleetDashboardWriter.page(of: client) else { continue }
            #expect(index.contains("href=\"\(page)\""))
            let html = try String(contentsOf: folder.appendingPathComponent(page), encoding: .utf8)
            #expect(html.contains("<h1>Teams Phone verification</h1>"))
            #expect(!html.contains("<script>"))
        }
        try FleetDashboardWriter().write(report, to: folder, path: "dash")  // again: its own folder

        let stranger = FileManager.default.temporaryDirectory.appendingPathComponent("fleet-stranger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: stranger, withIntermediateDirectories: true)
        try "mine".write(to: stranger.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        #expect(throws: FleetDashboardWriter.Failure.notOurs("s")) { try FleetDashboardWriter().write(report, to: stranger, path: "s") }

        let link = FileManager.default.temporaryDirectory.appendingPathComponent("fleet-link-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: stranger)
        #expect(throws: FleetDashboardWriter.Failure.symbolicLink("l")) { try FleetDashboardWriter().write(report, to: link, path: "l") }
        let planted = folder.appendingPathComponent("clients")
        try FileManager.default.removeItem(at: planted)
        try FileManager.default.createSymbolicLink(at: planted, withDestinationURL: stranger)
        #expect(throws: FleetDashboardWriter.Failure.symbolicLink("d/clients")) { try FleetDashboardWriter().write(report, to: folder, path: "d") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: stranger.path) == ["notes.txt"], "nothing written through the links")
    }
}
