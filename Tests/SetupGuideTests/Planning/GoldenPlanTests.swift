import Foundation
import GuideRenderer
import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification
@testable import SetupGuideImport
@testable import SetupGuideWizard

/// The plans an admin of each country would read, in both languages, with and without the
/// optional features. Re-record with `RECORD_GOLDEN=1 swift test --filter GoldenPlanTests`.
@Suite("Golden plans")
struct GoldenPlanTests {
    static let countries = ["FR", "GB", "DE", "US", "CA", "JP", "AU", "BR"]
    static let cases: [(String, Language, Bool)] = countries.flatMap { code in
        Language.allCases.flatMap { language in [(code, language, false), (code, language, true)] }
    }

    @Test("plan matches its golden file", arguments: cases)
    func golden(country code: String, language: Language, allFeatures: Bool) throws {
        let content = ShippedContentTests.content
        let country = try #require(content.countries.country(code))
        let options = PlanOptions(country: country, features: allFeatures ? Set(Feature.allCases) : [])
        let plan = try Planner().plan(content.steps(in: language), options: options, language: language).get()
        let text = PlanTextRenderer(style: TerminalStyle(colours: false)).render(plan)
        let name = "\(code)-\(language.rawValue)-\(allFeatures ? "all-features" : "core").txt"
        let url = TestPaths.packageRoot.appendingPathComponent("Tests/SetupGuideTests/Golden/plans/\(name)")
        if TestPaths.recording {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs; re-record with RECORD_GOLDEN=1 after reading the new plan")
    }

    @Test("what each country's admin must see")
    func countrySpecifics() throws {
        let content = ShippedContentTests.content
        func plan(_ code: String, _ features: Set<Feature> = []) throws -> Plan {
            let country = try #require(content.countries.country(code))
            return try Planner().plan(content.steps(in: .english), options: PlanOptions(country: country, features: features),
                                      language: .english).get()
        }
        func ids(_ plan: Plan) -> [String] { plan.steps.map(\.step.id) }

        let fr = try plan("FR")
        #expect(ids(fr).contains("user-numbers-request"))
        #expect(!ids(fr).contains("user-numbers"))
        #expect(ids(fr).firstIndex(of: "emergency-addresses")! < ids(fr).firstIndex(of: "user-numbers-request")!)

        let us = try plan("US")
        #expect(ids(us).firstIndex(of: "emergency-addresses")! > ids(us).firstIndex(of: "user-numbers")!)
        #expect(ids(us).firstIndex(of: "emergency-addresses")! < ids(us).firstIndex(of: "assign-numbers")!)

        let jp = try plan("JP")
        #expect(!ids(jp).contains("emergency-addresses"))
        #expect(jp.removed.contains { $0.step.id == "emergency-addresses" })

        let au = try plan("AU")
        #expect(au.notices.contains { $0.contains("partner carrier") })

        let br = try plan("BR")
        #expect(br.notices.contains { $0.contains("Operator Connect") })
    }
}
