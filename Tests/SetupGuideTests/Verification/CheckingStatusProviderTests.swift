import Foundation
import SetupGuide
import Testing

@Suite("Step status from a step's checks")
struct CheckingStatusProviderTests {
    /// Records what it was asked and answers from a table.
    final class Recorder: CheckableTenant, @unchecked Sendable {
        var calls: [(CheckName, [String: String])] = []
        var contexts: [CheckContext] = []
        var answers: [CheckName: CheckResult] = [:]
        var failing: Set<CheckName> = []
        struct Broken: Error, CustomStringConvertible { var description = "database is locked" }

        func evaluate(_ check: CheckName, arguments: [String: String], context: CheckContext) throws -> CheckResult {
            calls.append((check, arguments))
            contexts.append(context)
            if failing.contains(check) { throw Broken() }
            return answers[check] ?? CheckResult(check: check, status: .pass, summary: .init("done", "fait"))
        }
    }

    static let here = SourceLocation(path: "test.md", line: 1, column: 1)

    /// A step with the given checks, and an input `quantity` with a default and `city` without.
    private func step(_ checks: [CheckCall]) -> Step {
        Step(
            id: "numbers", title: "Numéros", location: Self.here,
            inputs: [
                StepInput(id: "quantity", type: .integer, label: "Nombre", defaultValue: "10", location: Self.here),
                StepInput(id: "city", type: .string, label: "Ville", location: Self.here),
            ],
            checks: checks)
    }

    private func call(_ check: CheckName, _ arguments: [(String, CallArgument.Value)] = []) -> CheckCall {
        CheckCall(check, arguments: arguments.map { CallArgument($0.0, $0.1, at: Self.here) }, at: Self.here)
    }

    private var france: Country {
        Country(code: "FR", nameFrench: "France", nameEnglish: "France", callingPlanSKUs: [], facts: [:])
    }

    @Test("literals as written, plan values from the plan, inputs from their default, a default quantity never a minimum")
    func arguments() {
        let check = call(.numbersAcquired, [
            ("type", .literal("user")), ("min", .reference("quantity")), ("city", .reference("city")),
            ("country", .reference("country")), ("connectivity", .reference("connectivity")), ("lang", .reference("lang")),
        ])
        let options = PlanOptions(country: france, connectivity: .directRouting)
        let resolved = CheckBinding().candidates(for: check, of: step([check]), options: options, language: .french)
        #expect(resolved == [["type": "user", "country": "FR", "connectivity": "direct-routing", "lang": "fr"]])
        let answered = CheckBinding(answers: ["numbers": ["quantity": "25", "city": "Lyon"]])
            .candidates(for: check, of: step([check]), options: options, language: .french)
        #expect(answered == [["type": "user", "min": "25", "city": "Lyon", "country": "FR", "connectivity": "direct-routing", "lang": "fr"]])
    }

    @Test("an unanswered choice is tried with its default first, then each other choice; an answered one only as answered")
    func choices() {
        let check = call(.licencesAssigned, [("sku", .reference("plan")), ("users", .literal("all"))])
        var licences = step([check])
        licences.inputs = [StepInput(id: "plan", type: .choice, label: "Forfait", defaultValue: "MCOPSTN1", choices: ["MCOPSTN1", "MCOPSTN2", "MCOPSTN5"], location: Self.here)]
        let options = PlanOptions(country: france)
        #expect(CheckBinding().candidates(for: check, of: licences, options: options, language: .french).map { $0["sku"] } == ["MCOPSTN1", "MCOPSTN2", "MCOPSTN5"])
        #expect(CheckBinding(answers: ["numbers": ["plan": "MCOPSTN5"]]).candidates(for: check, of: licences, options: options, language: .french)
            == [["sku": "MCOPSTN5", "users": "all"]])
        // An empty answer is no answer (StepArgumentBinder's rule): the choice stays open.
        #expect(CheckBinding(answers: ["numbers": ["plan": ""]]).candidates(for: check, of: licences, options: options, language: .french)
            .map { $0["sku"] } == ["MCOPSTN1", "MCOPSTN2", "MCOPSTN5"])

        let recorder = Recorder()
        recorder.answers[.licencesAssigned] = CheckResult(check: .licencesAssigned, status: .fail, summary: .init("0 / 3", "0 / 3"))
        let provider = CheckingStatusProvider(tenant: recorder, tenantName: "T", snapshotDate: Date())
        #expect(provider.status(of: licences, options: options, language: .french).state == .notDone)
        #expect(recorder.calls.map { $0.1["sku"] } == ["MCOPSTN1", "MCOPSTN2", "MCOPSTN5"], "every choice tried before saying not done")
    }

    @Test("verdicts combine, and a check that cannot run makes the step unknown with the reason")
    func verdicts() {
        let recorder = Recorder()
        recorder.answers[.numbersAcquired] = CheckResult(
            check: .numbersAcquired, status: .fail, summary: .init("0 / 10 numbers", "0 / 10 numéros"), done: 0, total: 10)
        recorder.failing = [.addressesValidated]
        let provider = CheckingStatusProvider(tenant: recorder, tenantName: "T", snapshotDate: Date())
        let options = PlanOptions(country: france)
        let status = provider.status(of: step([call(.numbersAcquired), call(.numbersWithinQuota)]), options: options, language: .french)
        #expect(status.state == .notDone)
        #expect(status.count == .init(done: 0, total: 10))
        #expect(recorder.calls.map(\.0) == [.numbersAcquired, .numbersWithinQuota])
        #expect(recorder.contexts.allSatisfy { $0.stepID == "numbers" && $0.country == "FR" }, "manual.recorded needs the step")
        #expect(status.detail?.contains("0 / 10 numéros") == true, "\(String(describing: status.detail))")
        let broken = provider.status(of: step([call(.addressesValidated)]), options: options, language: .french)
        #expect(broken.state == .unknown)
        #expect(broken.detail == "addresses.validated n'a pas pu s'exécuter : database is locked")
        #expect(provider.status(of: step([]), options: options, language: .french).state == .unknown, "no check, no verdict")
    }
}
