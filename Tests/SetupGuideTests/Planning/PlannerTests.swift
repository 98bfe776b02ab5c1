import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification
@testable import SetupGuideImport
@testable import SetupGuideWizard

@Suite("Planner")
struct PlannerTests {
    static func country(_ code: String, _ overrides: [CountryFact: String] = [:]) -> Country {
        var facts: [CountryFact: String] = [
            .callingPlans: "true", .emergencyAddressAt: "acquisition", .newNumbers: "admin-center",
            .addressMatchesAreaCode: "false", .serviceNumbersInAdminCenter: "false", .partnerCarrier: "false",
            .emergencyCalling: "true", .latLongRequired: "true",
        ]
        facts.merge(overrides) { $1 }
        return Country(code: code, nameFrench: code, nameEnglish: code, callingPlanSKUs: [.domesticCallingPlan], facts: facts)
    }

    static let at = SourceLocation(path: "t.md", line: 1, column: 1)

    static func step(_ id: String, requires: [String] = [], conditions: StepConditions = StepConditions(), rules: [OrderingRule] = [])
        -> Step
    {
        Step(id: id, title: id, location: at, requires: requires.map { StepReference($0, at: at) }, conditions: conditions,
             orderingRules: rules)
    }

    static let steps: [Step] = [
        step("licences"),
        step("user-numbers", requires: ["licences"]),
        step("emergency-addresses",
             rules: [OrderingRule(.before, StepReference("user-numbers", at: at),
                                  if: FactCondition([(.emergencyAddressAt, ["acquisition"])]), because: "address travels with the number",
                                  at: at)]),
        step("assign-numbers", requires: ["user-numbers", "emergency-addresses"]),
        step("call-queues", conditions: StepConditions(features: [.callQueues])),
        step("direct-only", conditions: StepConditions(connectivity: [.directRouting])),
        step("emergency-only", conditions: StepConditions(country: FactCondition([(.emergencyCalling, ["true"])]))),
    ]

    func ids(_ country: Country, features: Set<Feature> = [], connectivity: Connectivity = .callingPlan) throws -> [String] {
        let plan = try Planner().plan(Self.steps, options: PlanOptions(country: country, connectivity: connectivity, features: features),
                                      language: .english).get()
        return plan.steps.map(\.step.id)
    }

    @Test("where the address travels with the number, addresses come before numbers, with the reason")
    func addressBeforeNumbers() throws {
        let plan = try Planner().plan(Self.steps, options: PlanOptions(country: Self.country("FR")), language: .english).get()
        #expect(plan.steps.map(\.step.id) == ["licences", "emergency-addresses", "user-numbers", "assign-numbers", "emergency-only"])
        #expect(plan.steps.first { $0.step.id == "emergency-addresses" }?.because == "Address travels with the number.")
        #expect(plan.steps.first { $0.step.id == "user-numbers" }?.because == nil)
    }

    @Test("where the address is given at assignment, the guides' own order stands")
    func addressAtAssignment() throws {
        let order = try ids(Self.country("US", [.emergencyAddressAt: "assignment"]))
        #expect(order == ["licences", "user-numbers", "emergency-addresses", "assign-numbers", "emergency-only"])
    }

    @Test("conditions remove steps and say why")
    func removals() throws {
        let plan = try Planner().plan(
            Self.steps, options: PlanOptions(country: Self.country("JP", [.emergencyCalling: "false"])), language: .french
        ).get()
        let removed = Dictionary(uniqueKeysWithValues: plan.removed.map { ($0.step.id, $0.because) })
        #expect(removed["call-queues"]?.contains("call-queues") == true)
        #expect(removed["direct-only"]?.contains("Routage direct") == true)
        #expect(removed["emergency-only"]?.contains("appels d'urgence ne sont pas disponibles") == true)
        #expect(plan.notices.contains { $0.contains("appels d'urgence") })
    }

    @Test("a chosen feature brings its step in")
    func features() throws {
        #expect(try ids(Self.country("FR"), features: [.callQueues]).contains("call-queues"))
        #expect(try ids(Self.country("FR"), connectivity: .directRouting).contains("direct-only"))
    }

    @Test("a country without Calling Plans gets a notice offering the other options")
    func notSold() throws {
        let plan = try Planner().plan(Self.steps, options: PlanOptions(country: Self.country("BR", [.callingPlans: "false"])),
                                      language: .english).get()
        #expect(plan.notices.first?.contains("Operator Connect") == true)
    }

    @Test("ordering rules that contradict requirements are reported, naming the steps")
    func cycle() {
        let steps = [
            Self.step("a"),
            Self.step("b", requires: ["a"], rules: [OrderingRule(.before, StepReference("a", at: Self.at), at: Self.at)]),
        ]
        let result = Planner().plan(steps, options: PlanOptions(country: Self.country("FR")), language: .english)
        guard case .failure(let diagnostic) = result else {
            Issue.record("expected a cycle")
            return
        }
        #expect(diagnostic.identifier == .dependencyCycle)
        #expect(diagnostic.message.contains("a, b"))
    }

    @Test("ties keep the written order, whatever the number of steps")
    func deterministic() throws {
        let steps = (0..<50).map { Self.step("s\($0)") }
        let plan = try Planner().plan(steps, options: PlanOptions(country: Self.country("FR")), language: .english).get()
        #expect(plan.steps.map(\.step.id) == steps.map(\.id))
    }
}
