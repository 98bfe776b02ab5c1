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

    /// Page breaks cannot be read from a script, but column breaks follow the same rules in
    /// Chromium's fragmentation engine: the page in print media is laid out in columns one A4
    /// page high, with a spacer before the steps grown line by line so that every step heading
    /// meets the bottom of a column. None may end a column without the text that follows it.
    /// The same layout with the rules switched off must strand one, or the test proves nothing.
    @Test("no step heading is left alone at the bottom of a page")
    func headingNeverEndsAPage() throws {
        let site = try Fixture.temporaryFolder().appendingPathComponent("site")
        let request = SiteRequest(countries: [try Fixture.country("FR")], languages: [.french])
        try SiteWriter().write(try SiteRenderer(templates: .defaults()).render(Fixture.content, request: request), to: site)
        let browser = try DevToolsSession(chromium: Chromium(profile: try Fixture.temporaryFolder().appendingPathComponent("profile")))
        try browser.open(site.appendingPathComponent("fr-FR.html").absoluteString)
        try browser.send("Emulation.setEmulatedMedia", ["media": "print"])
        // A4 at 96 px per inch is 794 × 1123 px; less the 1.5 cm margins, 681 × 1010 px
        let script = """
            (function (rulesOn) {
              var main = document.querySelector('main');
              main.style.columnWidth = '681px'; main.style.columnGap = '0'; main.style.columnFill = 'auto';
              main.style.height = '1010px'; main.style.width = '681px';
              if (!rulesOn) {
                document.querySelectorAll('.step-head, .step-head *, .step-head + *, .step-body > :first-child').forEach(function (e) {
                  e.style.breakInside = 'auto'; e.style.breakAfter = 'auto'; e.style.breakBefore = 'auto';
                });
              }
              var spacer = document.createElement('div');
              main.insertBefore(spacer, main.firstChild);
              var left = main.getBoundingClientRect().left, stranded = 0, tried = 0;
              for (var h = 0; h < 1010; h += 6) {
                spacer.style.height = h + 'px';
                document.querySelectorAll('.step-head').forEach(function (head) {
                  var next = head.nextElementSibling;
                  if (!next) { return; }
                  var column = function (e) { return Math.floor((e.getBoundingClientRect().left - left + 1) / 681); };
                  var last = head.lastElementChild;
                  tried++;
                  if (column(head.firstElementChild) !== column(next) || column(last) !== column(next)) { stranded++; }
                });
              }
              return stranded + '/' + tried;
            })
            """
        let on = try #require(try browser.evaluate(script + "(true)") as? String)
        try browser.reload()
        try browser.send("Emulation.setEmulatedMedia", ["media": "print"])
        let off = try #require(try browser.evaluate(script + "(false)") as? String)
        let (onStranded, onTried) = (Int(on.split(separator: "/")[0]) ?? -1, Int(on.split(separator: "/")[1]) ?? 0)
        let offStranded = Int(off.split(separator: "/")[0]) ?? -1
        #expect(onTried > 100, "\(on)")
        #expect(onStranded == 0, "headings stranded at a page bottom with the rules: \(on)")
        #expect(offStranded > 0, "without the rules some heading must be stranded, or the layout never tested one: \(off)")
    }
}
