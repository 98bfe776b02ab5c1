import Foundation
import GuideRenderer
import SetupGuide
import Testing

/// The rendered HTML of the fixture guide, compared byte for byte with Golden/.
/// Re-record with `RECORD_GOLDEN=1 swift test --filter GoldenTests` after a deliberate change.
@Suite("Golden HTML")
struct GoldenTests {
    private func compare(_ actual: String, to name: String) throws {
        let url = TestPaths.golden.appendingPathComponent(name)
        if TestPaths.recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actualLines.count, expectedLines.count)
            let got = line < actualLines.count ? String(actualLines[line]) : "(end)"
            let want = line < expectedLines.count ? String(expectedLines[line]) : "(end)"
            Issue.record("\(name) differs at line \(line + 1):\n  got:      \(got)\n  expected: \(want)\nre-record with RECORD_GOLDEN=1 if the change is meant")
        }
    }

    @Test("the French checklist for France")
    func frenchPage() throws {
        try compare(try Fixture.frenchPage(), to: "fr-FR.html")
    }

    @Test("the French checklist for France with a tenant overlay")
    func frenchPageWithTenant() throws {
        let provider = FakeStatusProvider(statuses: [
            "licences": StepStatus(.done, detail: "25 / 25 licences MCOEV achetées", count: .init(done: 25, total: 25)),
            "addresses": StepStatus(.notDone, count: .init(done: 1, total: 2), findings: ["Siège, 1 rue de la Paix : non validée"]),
            "numbers": StepStatus(.notApplicable, detail: "Sans objet : routage direct"),
        ])
        try compare(try Fixture.frenchPage(statusProvider: provider), to: "fr-FR-tenant.html")
    }

    @Test("the English checklist for the United States: no move, English labels")
    func englishPage() throws {
        try compare(try Fixture.page("US", language: .english), to: "en-US.html")
    }

    @Test("a site's page, made from steps rendered once per language, is the page rendered alone")
    func sharedStepsChangeNothing() throws {
        let request = SiteRequest(countries: [try Fixture.country("FR"), try Fixture.country("US")], languages: [.french])
        let site = try SiteRenderer(templates: .defaults()).render(Fixture.content, request: request)
        #expect(site.file("fr-FR.html")?.contents == (try Fixture.frenchPage()))
    }

    @Test("the index of a French and English site")
    func index() throws {
        let entries = [
            IndexPageBuilder.Entry(country: try Fixture.country("FR"), language: .french, file: "fr-FR.html", steps: 4, notices: 0),
            IndexPageBuilder.Entry(country: try Fixture.country("US"), language: .english, file: "en-US.html", steps: 5, notices: 1),
        ]
        let context = IndexPageBuilder(guides: Fixture.content.guides, entries: entries).build()
        try compare(try TemplateSet.defaults().render("index", context), to: "index.html")
    }

    @Test("the page has what the issue asks for: order, reasons, anchors, labelled boxes, lang and headings")
    func structure() throws {
        let html = try Fixture.frenchPage()
        #expect(html.contains(#"<html lang="fr">"#))
        let ids = ["licences", "addresses", "numbers", "notify"].map { html.range(of: #"<section class="step" id="\#($0)">"#)?.lowerBound }
        #expect(ids.allSatisfy { $0 != nil })
        #expect(ids.compactMap { $0 } == ids.compactMap { $0 }.sorted(), "steps in the country's order")
        #expect(html.contains("Pourquoi ici :</strong> En France, l&#39;adresse accompagne le numéro dès sa commande."))
        #expect(html.contains("Services gratuits</strong> <span class=\"step-id\">[toll-free]</span> : Seulement si vous choisissez les numéros gratuits."))
        #expect(html.components(separatedBy: "<h1>").count == 2)
        #expect(!html.contains("<h1>") || html.range(of: "<h1>")!.lowerBound < html.range(of: "<h2>")!.lowerBound)
        let boxes = html.components(separatedBy: #"<input type="checkbox""#).count - 1
        let labels = html.components(separatedBy: #"<label for=""#).count - 1
        #expect(boxes == labels && boxes > 0)
        #expect(!html.contains("http://") && !html.contains("<script>"), "no external or inline script")
        #expect(html.contains(#"<script src="assets/checklist.js"></script>"#))
    }
}
