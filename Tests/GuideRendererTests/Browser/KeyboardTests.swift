import Foundation
import GuideRenderer
import SetupGuide
import Testing

/// The checklist with a keyboard alone, in headless Chromium driven over DevTools: focus is
/// visible, Tab reaches the tasks, Space ticks one, and the tick is kept.
@Suite("Checklist pages with the keyboard alone", .serialized)
struct KeyboardTests {
    @Test("Tab reaches a task with a visible focus ring, Space ticks it, and it stays ticked after a reload")
    func keyboard() throws {
        let site = try Fixture.temporaryFolder().appendingPathComponent("site")
        let request = SiteRequest(countries: [try Fixture.country("FR")], languages: [.french])
        try SiteWriter().write(try SiteRenderer(templates: .defaults()).render(Fixture.content, request: request), to: site)
        let browser = try DevToolsSession(chromium: Chromium(profile: try Fixture.temporaryFolder().appendingPathComponent("profile")))
        try browser.open(site.appendingPathComponent("fr-FR.html").absoluteString)

        try browser.pressTab()
        #expect(try browser.evaluate("document.activeElement.className") as? String == "skip", "the skip link comes first")
        #expect(try browser.evaluate("getComputedStyle(document.activeElement).left") as? String == "16px",
                "the skip link moves into view when focused")
        var reached = false
        for _ in 0..<40 {
            try browser.pressTab()
            if try browser.evaluate("document.activeElement.id") as? String == "licences-t1" {
                reached = true
                break
            }
        }
        #expect(reached, "Tab reaches the first task")
        let outline = try browser.evaluate(
            "(s => s.outlineStyle + ' ' + s.outlineWidth)(getComputedStyle(document.activeElement))") as? String
        #expect(outline == "solid 3px", "focus ring on the checkbox: \(outline ?? "none")")

        try browser.pressSpace()
        #expect(try browser.evaluate("document.getElementById('licences-t1').checked") as? Bool == true)
        #expect((try browser.evaluate("document.getElementById('progress').textContent") as? String)?.hasPrefix("2 / ") == true)

        try browser.reload()
        #expect(try browser.evaluate("document.getElementById('licences-t1').checked") as? Bool == true, "kept after reload")
    }
}
