import Foundation
import GuideRenderer
import SetupGuide
import Testing

/// The checklist on paper, in headless Chromium: the page's own `@page` gives A4, the step
/// heading is kept with what follows, and command-line flags are not printed.
@Suite("Checklist pages printed in headless Chromium", .serialized)
struct PrintTests {
    @Test("printing gives A4 pages, keeps each step heading with its text and hides the flags", arguments: [Language.french, .english])
    func print(language: Language) throws {
        let site = try Fixture.temporaryFolder().appendingPathComponent("site")
        let request = SiteRequest(countries: [try Fixture.country("FR")], languages: [language], features: [.tollFree])
        try SiteWriter().write(try SiteRenderer(templates: .defaults()).render(Fixture.content, request: request), to: site)
        let browser = try DevToolsSession(chromium: Chromium(profile: try Fixture.temporaryFolder().appendingPathComponent("profile")))
        try browser.open(site.appendingPathComponent(language == .french ? "fr-FR.html" : "en-FR.html").absoluteString)

        let flag = "getComputedStyle(document.querySelector('.flag')).display"
        #expect(try browser.evaluate(flag) as? String == "inline", "on screen the flag is shown")
        try browser.send("Emulation.setEmulatedMedia", ["media": "print"])
        #expect(try browser.evaluate(flag) as? String == "none", "on paper it is not")
        #expect(try browser.evaluate("getComputedStyle(document.querySelector('.subtitle')).display") as? String == "block")
        let head = try browser.evaluate(
            "(s => s.breakInside + ' ' + s.breakAfter)(getComputedStyle(document.querySelector('section.step .step-head')))") as? String
        #expect(head == "avoid avoid", "\(head ?? "none")")
        #expect(try browser.evaluate("getComputedStyle(document.querySelector('section.step h2')).breakAfter") as? String == "avoid")

        // the PDF Chromium prints, sized by the page's @page rule: A4 is 595 × 842 points
        let pdf = try browser.send("Page.printToPDF", ["preferCSSPageSize": true, "printBackground": false])
        let encoded = try #require(pdf["data"] as? String)
        let data = try #require(Data(base64Encoded: encoded))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("%PDF"))
        let box = try #require(text.range(of: #"/MediaBox \[0 0 [0-9.]+ [0-9.]+\]"#, options: .regularExpression))
        let numbers = text[box].split(separator: " ").compactMap { Double($0.trimmingCharacters(in: ["[", "]"])) }
        #expect(numbers.count == 4)
        #expect(abs(numbers[2] - 595.3) < 2 && abs(numbers[3] - 841.9) < 2, "page \(numbers)")
    }
}
