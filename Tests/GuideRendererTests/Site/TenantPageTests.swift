import Foundation
import GuideRenderer
import SetupGuide
import Testing

/// Issue 16 §7, `render --tenant` and paper: counts that link, findings in natural order, and
/// flags kept off paper.
@Suite("Checklist page: tenant summary links, natural order, flags")
struct TenantPageTests {
    static let findings = ["u19010 has no number", "u1901 has no number", "u2 has no number", "u1900 has no number", "U10 has no number"]

    static func page(_ language: Language, features: Set<Feature> = []) throws -> String {
        let provider = FakeStatusProvider(statuses: [
            "licences": StepStatus(.done, count: .init(done: 25, total: 25)),
            "addresses": StepStatus(.notDone, count: .init(done: 1, total: 2), findings: ["Siège : non validée"]),
            "numbers": StepStatus(.notDone, count: .init(done: 0, total: 5), findings: findings),
        ])
        let code = language == .french ? "FR" : "US"
        let page = ChecklistPageBuilder(
            plan: try Fixture.plan(code, language: language, features: features), guideTitles: Fixture.guideTitles(language),
            statusProvider: provider
        ).build()
        return try TemplateSet.defaults().render("page", page.context)
    }

    @Test("findings are in natural order: u2, U10, u1900, u1901, u19010", arguments: [Language.french, .english])
    func naturalOrder(language: Language) throws {
        let html = try Self.page(language)
        let positions = ["u2 ", "U10 ", "u1900 ", "u1901 ", "u19010 "].map { html.range(of: "<li>\($0)")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(html)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test("the summary links the step count to the contents, the task count to the steps, each state to its first step")
    func summaryLinks() throws {
        let french = try Self.page(.french)
        #expect(french.contains(##"<a href="#contents">4 étapes</a> · <a href="#steps">"##), "\(french)")
        #expect(french.contains(##"<a href="#licences">1 faite</a>"##))
        #expect(french.contains(##"<a href="#addresses">2 à faire</a>"##))
        #expect(french.contains(#"<nav class="contents" id="contents""#))
        #expect(french.contains(" tâches</a> : "), "French typography: a space before the colon")
        let english = try Self.page(.english)
        #expect(english.contains(##"<a href="#contents">"##) && english.contains(" steps</a> · <a href=\"#steps\">"))
        #expect(english.contains(" not done</a>"))
        #expect(!english.contains("à faire"))
    }

    @Test("feature flags are in span.flag beside the words; the print stylesheet hides them", arguments: [Language.french, .english])
    func flags(language: Language) throws {
        let html = try Self.page(language, features: [.tollFree])
        let words = language == .french ? "Numéros gratuits" : "Toll-free numbers"
        #expect(html.contains("\(words) <span class=\"flag\">(--feature toll-free)</span>"), "\(html)")
        #expect(html.contains("<span class=\"flag\">(--connectivity calling-plan)</span>"))
        let css = try #require(TemplateSet.defaults().assets["style.css"])
        let print = try #require(css.range(of: "@media print"))
        let rule = try #require(css.range(of: ".flag, .step-id { display: none !important; }", range: print.upperBound..<css.endIndex))
        #expect(rule.lowerBound > print.lowerBound)
        #expect(css.contains("@page { size: A4;"))
    }
}
