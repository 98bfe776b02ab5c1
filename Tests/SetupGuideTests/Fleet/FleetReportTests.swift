import Foundation
import Testing
import SetupGuide

@Suite("fleet report: order, tallies and words")
struct FleetReportTests {
    /// A verification report with these failing checks (check → subjects), decoded from JSON as
    /// `verify --format json` writes it.
    static func verification(failing: [(String, Int)], name: String? = nil, country: String = "US") throws -> VerificationReport {
        let checks = failing.map { check, subjects in
            let failures = (0..<subjects).map { #"{"kind":"user","subject":"u\#($0)@contoso.com","reason":"no number"}"# }
            return #"{"check":"\#(check)","arguments":{},"status":"fail","summary":"s","failures":[\#(failures.joined(separator: ","))]}"#
        } + [#"{"check":"addresses.present","arguments":{},"status":"pass","summary":"ok","failures":[]}"#]
        let failed = failing.count
        let manifest = name.map { #","manifest":{"tenantName":\#(try! String(decoding: JSONEncoder().encode($0), as: UTF8.self)),"tenantId":"t-1"}"# } ?? ""
        let json = """
            {"schema":1,"status":"\(failed == 0 ? "complete" : "gaps")","source":{"kind":"exports","path":"x"},"country":"\(country)",
             "connectivity":"calling-plan","features":[],"language":"en",
             "totals":{"checks":\(failed + 1),"passed":1,"failed":\(failed),"notApplicable":0,"failures":\(failing.reduce(0) { $0 + $1.1 })},
             "steps":[{"id":"assign-numbers","title":"Assign numbers","status":"\(failed == 0 ? "pass" : "fail")","checks":[\(checks.joined(separator: ","))]}]\(manifest)}
            """
        return try JSONDecoder().decode(VerificationReport.self, from: Data(json.utf8))
    }

    @Test("clients come worst first: unusable, then most gaps, then complete, ties by name")
    func order() throws {
        let report = FleetReport(folder: "f", clients: [
            .init(folder: "a-complete", report: try Self.verification(failing: [])),
            .init(folder: "b-two", report: try Self.verification(failing: [("users.have-numbers", 2)])),
            .init(folder: "c-broken", manifest: nil, country: nil, reason: "cut export"),
            .init(folder: "d-five", report: try Self.verification(failing: [("users.have-numbers", 3), ("licences.purchased", 0), ("numbers.have-emergency-location", 1)])),
            .init(folder: "e-two", report: try Self.verification(failing: [("users.have-numbers", 2)], name: "Alpha")),
        ], language: .english)
        #expect(report.clients.map(\.folder) == ["c-broken", "d-five", "e-two", "b-two", "a-complete"])
        #expect(report.clients[1].gaps == 5, "3 subjects, 1 for a check without subjects, 1")
        #expect(report.status == .unusable)
        let t = report.totals
        let counts: [Int] = [t.clients, t.complete, t.gaps, t.unusable]
        #expect(counts == [5, 1, 3, 1])
        let first = try #require(report.checks.first)
        #expect(first.check == "users.have-numbers" && first.clients == 3 && first.gaps == 7)
        #expect(first.summary == "3 clients have voice users without a number")
        #expect(report.checks.map(\.check) == ["users.have-numbers", "licences.purchased", "numbers.have-emergency-location"])
    }

    @Test("the status is gaps without an unusable client, complete with none")
    func status() throws {
        let gaps = FleetReport(folder: "f", clients: [.init(folder: "a", report: try Self.verification(failing: [("users.have-numbers", 1)]))], language: .english)
        #expect(gaps.status == .gaps)
        let complete = FleetReport(folder: "f", clients: [.init(folder: "a", report: try Self.verification(failing: []))], language: .english)
        #expect(complete.status == .complete)
        #expect(complete.checks.isEmpty)
    }

    @Test("one line per check agrees in number, in English and French", arguments: [
        ("numbers.have-emergency-location", 12, "12 clients have numbers without an emergency location", "12 clients ont des numéros sans emplacement d'urgence"),
        ("numbers.have-emergency-location", 1, "1 client has numbers without an emergency location", "1 client a des numéros sans emplacement d'urgence"),
        ("conferencing.provider-set", 2, "2 clients have no audio conferencing provider chosen", "2 clients n'ont aucun fournisseur d'audioconférence choisi"),
        ("conferencing.provider-set", 1, "1 client has no audio conferencing provider chosen", "1 client n'a aucun fournisseur d'audioconférence choisi"),
        ("some.new-check", 3, "3 clients fail the check some.new-check", "3 clients échouent à la vérification some.new-check"),
        ("some.new-check", 1, "1 client fails the check some.new-check", "1 client échoue à la vérification some.new-check"),
    ])
    func checkLines(_ check: String, _ count: Int, _ english: String, _ french: String) {
        let line = FleetWords.checkLine(check, clients: count)
        #expect(line[.english] == english)
        #expect(line[.french] == french)
    }

    @Test("every check of the catalogue has its own words, in both languages")
    func everyCheckHasWords() throws {
        let catalogue = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("docs/catalogue.md"), encoding: .utf8)
        let section = try #require(catalogue.components(separatedBy: "## Checks").dropFirst().first)
        let names = section.components(separatedBy: "\n### `").dropFirst().compactMap { $0.split(separator: "`").first.map(String.init) }
        #expect(names.count > 20)
        for name in names {
            let line = FleetWords.checkLine(name, clients: 2)
            #expect(!line[.english].contains("fail the check"), "\(name) has no words")
            #expect(!line[.french].contains(name), "\(name) has no French words")
        }
    }

    @Test("the client verdicts and totals agree in number", arguments: [Language.english, .french])
    func verdicts(_ language: Language) throws {
        let one = FleetReport.Client(folder: "a", report: try Self.verification(failing: [("users.have-numbers", 1)]))
        let many = FleetReport.Client(folder: "b", report: try Self.verification(failing: [("users.have-numbers", 4)]))
        #expect(FleetWords.verdict(one)[language] == (language == .english ? "1 gap" : "1 manque"))
        #expect(FleetWords.verdict(many)[language] == (language == .english ? "4 gaps" : "4 manques"))
        let report = FleetReport(folder: "f", clients: [one, many], language: language)
        #expect(FleetWords.totals(report)[language]
                    == (language == .english ? "2 clients: 0 complete, 2 with gaps, 0 unusable" : "2 clients : 0 complet, 2 avec des manques, 0 inutilisable"))
    }
}
