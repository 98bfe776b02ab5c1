import Foundation
import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification
@testable import SetupGuideImport
@testable import SetupGuideWizard

@Suite("The shipped content")
struct ShippedContentTests {
    static let content = ContentSet.load(paths: [TestPaths.content])

    @Test("every file in content/ loads and lints clean, warnings included")
    func lintsClean() {
        let diagnostics = Linter().lint(Self.content)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(Self.content.guides.count >= 2)
    }

    @Test("every step of both languages has tasks and checks", arguments: Language.allCases)
    func stepsAreComplete(language: Language) {
        let steps = Self.content.steps(in: language)
        #expect(!steps.isEmpty)
        for step in steps {
            #expect(!step.checks.isEmpty, "\(step.id) has no check")
            let hasTasks = step.body.contains { if case .list(let list) = $0.content { list.ordered } else { false } }
            #expect(hasTasks, "\(step.id) has no numbered tasks")
        }
    }

    @Test("the FR and US plans put emergency addresses on opposite sides of getting numbers")
    func emergencyOrder() throws {
        let countries = Self.content.countries
        func position(_ code: String, _ id: String) throws -> Int? {
            let country = try #require(countries.country(code))
            let plan = try Planner().plan(Self.content.steps(in: .english), options: PlanOptions(country: country), language: .english).get()
            return plan.steps.firstIndex { $0.step.id == id }
        }
        let frAddresses = try #require(try position("FR", "emergency-addresses"))
        let frNumbers = try #require(try position("FR", "user-numbers-request"))
        let usAddresses = try #require(try position("US", "emergency-addresses"))
        let usNumbers = try #require(try position("US", "user-numbers"))
        #expect(frAddresses < frNumbers)
        #expect(usAddresses > usNumbers)
    }
}
