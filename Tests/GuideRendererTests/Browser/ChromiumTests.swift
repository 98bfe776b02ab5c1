import Foundation
import GuideRenderer
import SetupGuide
import Testing

/// The generated pages in a real browser: the DOM after the script ran, ticks that survive a
/// reload, the page without JavaScript, and a screenshot that is not blank.
///
/// Ticks go through the page's own `?selftest=` hook: `tick` clicks the first box as a person
/// would, `report` writes the ticked ids into a hidden element; both runs share one profile so
/// the second sees what the first stored.
@Suite("Checklist pages in headless Chromium", .serialized)
struct ChromiumTests {
    let site: URL
    let page: URL
    let taskCount: Int

    init() throws {
        let folder = try Fixture.temporaryFolder()
        site = folder.appendingPathComponent("site")
        let request = SiteRequest(countries: [try Fixture.country("FR"), try Fixture.country("US")], languages: [.french])
        try SiteWriter().write(try SiteRenderer(templates: .defaults()).render(Fixture.content, request: request), to: site)
        page = site.appendingPathComponent("fr-FR.html")
        taskCount = ChecklistPageBuilder(plan: try Fixture.plan(), guideTitles: Fixture.guideTitles()).build().taskCount
    }

    private func browser() throws -> Chromium {
        try Chromium(profile: try Fixture.temporaryFolder().appendingPathComponent("profile"))
    }

    private func report(in dom: String) throws -> [String: Any] {
        let start = try #require(dom.range(of: "<pre id=\"selftest-report\" hidden=\"\">"), "no self-test report in the DOM")
        let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test("the DOM after the script ran has the title, the steps in France's order and the progress")
    func dom() throws {
        let dom = try browser().dumpDOM(page.absoluteString)
        #expect(dom.contains("<title>Liste de contrôle Teams Phone — France</title>"))
        #expect(dom.contains("<html lang=\"fr\">"))
        let order = ["licences", "addresses", "numbers", "notify"].map { id in
            dom.range(of: "<section class=\"step\" id=\"\(id)\">").map { dom.distance(from: dom.startIndex, to: $0.lowerBound) }
        }
        #expect(order.allSatisfy { $0 != nil }, "every step is on the page")
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "addresses come before numbers in France")
        #expect(dom.contains("1 / \(taskCount) tâches faites"), "the script counted the one box ticked by [x]")
        #expect(dom.contains("<p class=\"tools\" data-js-only=\"\">"), "the script showed the buttons")
    }

    @Test("a ticked box is still ticked after the page is loaded again")
    func tickSurvivesReload() throws {
        let chromium = try browser()
        let before = try report(in: chromium.dumpDOM(page.absoluteString + "?selftest=report"))
        #expect(before["checked"] as? [String] == ["licences-t5"], "only the [x] box at first")
        #expect(before["stored"] as? Bool == true, "localStorage is available")
        let ticked = try report(in: chromium.dumpDOM(page.absoluteString + "?selftest=tick"))
        #expect(ticked["checked"] as? [String] == ["licences-t1", "licences-t5"])
        let after = try report(in: chromium.dumpDOM(page.absoluteString + "?selftest=report"))
        #expect(after["checked"] as? [String] == ["licences-t1", "licences-t5"], "the tick survived the reload")
        let key = try #require(after["key"] as? String)
        #expect(key.hasPrefix("setup-guide:") && key.hasSuffix(":FR:fr"))
        let other = try report(in: chromium.dumpDOM(site.appendingPathComponent("fr-US.html").absoluteString + "?selftest=report"))
        #expect(other["checked"] as? [String] == ["licences-t5"], "another country's page has its own ticks")
    }

    /// Chromium's --dump-dom needs scripting on, so the page is loaded with its script file gone:
    /// what a reader gets when scripts are blocked.
    @Test("without its script the page still shows every step and box")
    func withoutJavaScript() throws {
        try FileManager.default.removeItem(at: site.appendingPathComponent("assets/checklist.js"))
        let dom = try browser().dumpDOM(page.absoluteString)
        #expect(dom.contains("<section class=\"step\" id=\"numbers\">"))
        #expect(dom.contains("\(taskCount) tâches</p>"), "the count is the static one")
        #expect(dom.contains("<p class=\"tools\" data-js-only=\"\" hidden=\"\">"), "buttons that need the script stay hidden")
        #expect(dom.components(separatedBy: "type=\"checkbox\"").count - 1 == taskCount)
    }

    @Test("with --unsafe-html a guide's script and inline handlers stay inert: the page's policy blocks them")
    func policyBlocksInlineScript() throws {
        let guide = """
            ---
            guide: raw
            lang: fr
            title: Brut
            ---

            ## Étape
            <!-- step
            id: raw
            checks:
              - check: manual.recorded
            -->

            1. Cochez <img src="missing.png" onerror="document.title='pwned-handler'">

            <script>document.title = 'pwned-inline';</script>
            """
        let request = SiteRequest(countries: [try Fixture.country("FR")], languages: [.french], allowsRawHTML: true)
        let out = try Fixture.temporaryFolder().appendingPathComponent("site")
        try SiteWriter().write(try SiteRenderer(templates: .defaults()).render(try Fixture.content(guide: guide), request: request), to: out)
        let dom = try browser().dumpDOM(out.appendingPathComponent("fr-FR.html").absoluteString)
        #expect(dom.contains("document.title = 'pwned-inline'"), "the raw script is in the page, as asked")
        #expect(!dom.contains("<title>pwned"), "but neither it nor the handler ran")
        #expect(dom.contains("0 / 1 tâches faites"), "while the site's own script did")
    }

    @Test("a screenshot of the page is far from blank")
    func screenshot() throws {
        let chromium = try browser()
        let folder = try Fixture.temporaryFolder()
        let blank = folder.appendingPathComponent("blank.png"), shot = folder.appendingPathComponent("page.png")
        try "<!DOCTYPE html><title>x</title>".write(to: folder.appendingPathComponent("blank.html"), atomically: true, encoding: .utf8)
        try chromium.screenshot(folder.appendingPathComponent("blank.html").absoluteString, to: blank)
        try chromium.screenshot(page.absoluteString, to: shot)
        let png = try Data(contentsOf: shot), empty = try Data(contentsOf: blank)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "a PNG")
        // IHDR: width and height, big-endian, at bytes 16 and 20
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1200 && height == 900, "\(width)×\(height)")
        // a blank page compresses to almost nothing; text, boxes and colours do not
        #expect(png.count > 10 * empty.count, "page \(png.count) bytes, blank page \(empty.count) bytes")
        #expect(Set(png).count > 200, "compressed pixel data of a varied image uses most byte values")
    }
}
