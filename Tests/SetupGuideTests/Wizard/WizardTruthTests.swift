import Foundation
import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification
@testable import SetupGuideWizard

/// Issue 16: the wizard tells the truth. A step is done only when its checks pass, the plan
/// follows the answers, choices and subjects are words, money is shown before it is spent, and
/// bulk assignment checks the supply first.
@Suite("Wizard tells the truth")
struct WizardTruthTests {
    typealias W = WizardTests

    /// A US plan with a replanner, as the command line gives one.
    static func wizard(
        _ tenant: RehearsalTenant, _ io: ScriptedIO, _ answers: AnswersFile, yes: Bool = true, language: Language = .english
    ) throws -> Wizard {
        let content = W.content
        let country = try #require(content.countries.country("US"))
        let plan = try Planner().plan(content.steps(in: language), options: PlanOptions(country: country), language: language).get()
        return Wizard(plan: plan, engine: tenant, io: io, answers: answers, assumeYes: yes, replan: { options in
            try? Planner().plan(content.steps(in: language), options: options, language: language).get()
        })
    }

    @Test("unattended, a failed check ends the run naming the step and the subject, and the step is not journalled as done")
    func failedCheckStopsUnattended() throws {
        let folder = try W.folder()
        let tenant = try W.tenant(folder)
        let io = ScriptedIO(interactive: false)
        let outcome = try Self.wizard(tenant, io, W.answers(folder, postalCode: "9810")).run()
        guard case .checkFailed(let message) = outcome else {
            Issue.record("expected a failed check, got \(outcome)\n\(io.transcript)")
            return
        }
        #expect(message.contains("Add and validate emergency addresses"))
        #expect(message.contains("« HQ »"), "the address is named by its description: \(message)")
        #expect(!message.contains("addr-"), "\(message)")
        #expect(!io.transcript.contains("status Invalid"))
        #expect(try !tenant.entries().contains { $0.stepID == "emergency-addresses" })
        // the next run does not call it done either: it stops on it again
        let again = ScriptedIO(interactive: false)
        #expect(try Self.wizard(tenant, again, W.answers(folder, postalCode: "9810")).run() != .completed)
        #expect(!again.transcript.contains("Already done"))
    }

    @Test("at a terminal, failed checks offer to correct the answers, with the earlier ones as defaults, and the step runs again")
    func failedCheckCorrectedAtTerminal() throws {
        let folder = try W.folder()
        let tenant = try W.tenant(folder)
        let io = ScriptedIO(interactive: true)
        var corrected = false
        io.responder = { prompt in
            if prompt.hasPrefix("c correct the answers") {
                if corrected { return "q" }
                corrected = true
                return "c"
            }
            if prompt.hasPrefix("Postal code") { return "98101" }
            if prompt.hasPrefix("[Enter] run") || prompt.contains(": ") { return "" }
            return nil
        }
        let outcome = try Self.wizard(tenant, io, W.answers(folder, postalCode: "9810")).run()
        #expect(outcome == .completed, "\(io.transcript)")
        #expect(corrected)
        // the earlier answers came back as defaults
        #expect(io.asked.contains { $0.hasPrefix("Postal code [9810]") }, "\(io.asked)")
        #expect(io.asked.contains { $0.hasPrefix("City [Seattle]") })
        let done = try tenant.entries().first { $0.stepID == "emergency-addresses" }
        #expect(done?.status == .done)
        #expect(done?.inputs["postalCode"] == "98101")
    }

    @Test("at a terminal, skipping a step whose checks failed records the reason and names the later steps that need it")
    func failedCheckSkipped() throws {
        let folder = try W.folder()
        let tenant = try W.tenant(folder)
        let io = ScriptedIO(interactive: true)
        io.responder = { prompt in
            if prompt.hasPrefix("c correct the answers") { return "s" }
            if prompt.hasPrefix("Why skip it?") { return "Address checked with the carrier" }
            if prompt.hasPrefix("[Enter] run") { return io.transcript.contains("Skipped.") ? "q" : "" }
            return prompt.hasSuffix(": ") ? "" : nil
        }
        let outcome = try Self.wizard(tenant, io, W.answers(folder, postalCode: "9810")).run()
        guard case .stopped(let left) = outcome else {
            Issue.record("expected a stop, got \(outcome)")
            return
        }
        #expect(left > 0)
        let entry = try tenant.entries().first { $0.stepID == "emergency-addresses" }
        #expect(entry?.status == .skipped)
        #expect(entry?.note == "Address checked with the carrier")
        #expect(io.transcript.contains("Warning: a later step needs this one: « Assign numbers and emergency addresses »")
            || io.transcript.contains("Warning: later steps need this one:"), "\(io.transcript)")
        #expect(io.transcript.contains("Receipt"))
        #expect(io.transcript.contains("Address checked with the carrier"))
        #expect(io.transcript.contains("Stopped with \(left) steps left") || io.transcript.contains("Stopped with 1 step left"))

        // verify and render --tenant never call it done
        let plan = try W.plan()
        let binding = PlanSession.binding(journal: try tenant.entries(), answers: AnswersFile())
        let step = try #require(plan.steps.first { $0.step.id == "emergency-addresses" }?.step)
        let status = CheckingStatusProvider(tenant: tenant, tenantName: "t", snapshotDate: Date(), binding: binding)
            .status(of: step, options: plan.options, language: .english)
        #expect(status.state == .notDone)
        #expect(status.detail?.contains("Skipped in the wizard: Address checked with the carrier") == true)
        let report = try Verifier(tenant: tenant, source: .tenant(path: "t"), binding: binding).verify(plan)
        #expect(report.steps.first { $0.id == "emergency-addresses" }?.status == "fail")
    }

    @Test("a skipped step is not done for verify even when its checks pass")
    func skippedButPassingIsNotDone() throws {
        let folder = try W.folder()
        let tenant = try W.tenant(folder)
        #expect(try Self.wizard(tenant, ScriptedIO(interactive: false), W.answers(folder)).run() == .completed)
        var journal = try tenant.entries()
        let index = try #require(journal.firstIndex { $0.stepID == "pstn-connectivity" })
        journal[index].status = .skipped
        journal[index].note = "decided elsewhere"
        let binding = PlanSession.binding(journal: journal, answers: AnswersFile())
        let plan = try W.plan()
        let report = try Verifier(tenant: tenant, source: .tenant(path: "t"), binding: binding).verify(plan)
        #expect(report.steps.first { $0.id == "pstn-connectivity" }?.status == "fail")
        #expect(report.status == .gaps)
    }

    @Test("choosing Operator Connect re-plans at once: the Calling Plan steps are removed and named, and no Calling Plan is bought")
    func connectivityReplans() throws {
        let folder = try W.folder()
        let tenant = try W.tenant(folder)
        _ = try W.answers(folder)  // writes users.csv
        let answers = try AnswersFile.parse("""
            country: US
            steps:
              pstn-connectivity: { option: operator-connect }
              import-users: { file: \(folder.appendingPathComponent("users.csv").path) }
            """, path: "answers.yaml")
        let io = ScriptedIO(interactive: true)
        io.responder = { prompt in
            if prompt.hasPrefix("[Enter] run") { return io.transcript.contains("Import users") ? "q" : "" }
            return nil
        }
        let wizard = try Self.wizard(tenant, io, answers)
        _ = wizard.run()
        #expect(io.transcript.contains("This answer changes the plan (Operator Connect: a partner carrier); it was made again."),
                "\(io.transcript)")
        #expect(io.transcript.contains("− removed: Buy and assign Phone System and Calling Plan licences"))
        #expect(io.transcript.contains("+ added: Buy and assign Phone System licences"))
        #expect(wizard.plan.options.connectivity == .operatorConnect)
        #expect(!wizard.plan.steps.contains { $0.step.id == "licences" })
        #expect(try tenant.licenceStock(.domesticCallingPlan).purchased == 0)
    }

    @Test("MCOPSTN5 in the US is refused from the country catalogue before any spending, and not offered at the prompt")
    func callingPlanNotSold() throws {
        let folder = try W.folder()
        let tenant = try W.tenant(folder)
        let io = ScriptedIO(interactive: false)
        let outcome = try Self.wizard(tenant, io, W.answers(folder, callingPlan: "MCOPSTN5")).run()
        guard case .badAnswer(let message) = outcome else {
            Issue.record("expected a refused answer, got \(outcome)")
            return
        }
        #expect(message.contains("Domestic Calling Plan, 120 minutes (MCOPSTN5) is not sold in this country (United States"), "\(message)")
        #expect(message.contains("Domestic Calling Plan (MCOPSTN1)"))
        #expect(!io.transcript.contains("spends money"))
        #expect(try tenant.licenceStock(.phoneSystem).purchased == 0)

        // at a terminal the choices are words, MCOPSTN5 is not among them, and the help is shown
        let asking = ScriptedIO(interactive: true)
        var sawPrompt = false
        asking.responder = { prompt in
            if prompt.hasPrefix("Calling Plan") {
                sawPrompt = true
                return "3"
            }
            if prompt.hasPrefix("[Enter] run") { return sawPrompt ? "q" : "" }
            if prompt.contains("[y/N]") { return "y" }
            return nil
        }
        let tenant2 = try W.tenant(try W.folder())
        let partial = try AnswersFile.parse("""
            country: US
            steps:
              pstn-connectivity: { option: calling-plan }
              import-users: { file: \(folder.appendingPathComponent("users.csv").path) }
              licences: { quantity: 3, users: all }
            """, path: "a.yaml")
        _ = try Self.wizard(tenant2, asking, partial, yes: false).run()
        #expect(asking.transcript.contains("  1. Domestic Calling Plan (MCOPSTN1)"), "\(asking.transcript)")
        #expect(asking.transcript.contains("  3. Pay-as-you-go Calling Plan (MCOPSTNPP)"))
        #expect(!asking.transcript.contains(". Domestic Calling Plan, 120 minutes"))
        #expect(asking.transcript.contains("MCOPSTN1: domestic calls"), "the guide's help is shown at the prompt")
        #expect(asking.transcript.contains("3 × Pay-as-you-go Calling Plan (MCOPSTNPP)"))
        #expect(asking.transcript.contains("3 × Teams Phone Standard (Phone System) (MCOEV)"))
        #expect(asking.transcript.contains("List price: not given by the content"))
        #expect(try tenant2.licenceStock(.payAsYouGoCallingPlan).purchased == 3)
    }

    @Test("bulk assignment checks the supply first: the numbers missing are said at once and nothing is assigned")
    func bulkSupplyChecked() throws {
        let folder = try W.folder()
        let tenant = try W.tenant(folder)
        let io = ScriptedIO(interactive: false)
        let outcome = try Self.wizard(tenant, io, W.answers(folder, users: 5, numbers: 2)).run()
        guard case .refused(let message) = outcome else {
            Issue.record("expected a refusal, got \(outcome)\n\(io.transcript)")
            return
        }
        #expect(message.hasPrefix("3 numbers missing: 5 users wait for a number and 2 free numbers are acquired."), "\(message)")
        #expect(try tenant.pendingUsers(for: .numbersAssign, selector: .voice).count == 5)
    }

    @Test("the receipt says what was bought and assigned, and which number each user got")
    func receipt() throws {
        let folder = try W.folder()
        let tenant = try W.tenant(folder)
        let io = ScriptedIO(interactive: false)
        let wizard = try Self.wizard(tenant, io, W.answers(folder))
        #expect(wizard.run() == .completed, "\(io.transcript)")
        let receipt = wizard.lastReceipt
        #expect(receipt.assignments.count == 3)
        #expect(Set(receipt.assignments.map(\.number)).count == 3)
        #expect(receipt.work.contains { $0.step == "Buy and assign Phone System and Calling Plan licences" })
        #expect(receipt.left.isEmpty)
        #expect(io.transcript.contains("Receipt"))
        #expect(io.transcript.contains("u0@contoso.example → +1"))
        #expect(io.transcript.contains("3 users got a number"))
        let json = receipt.jsonObject()
        #expect((json["assignments"] as? [[String: String]])?.count == 3)
    }

    @Test("French: typed dates and decimal commas are accepted, counts agree, and numbers are grouped")
    func frenchWords() throws {
        #expect(Words.number(19_990, language: .french) == "19\u{00A0}990")
        #expect(Words.number(19_990, language: .english) == "19,990")
        #expect(Words.count(1, "étape", "étapes", language: .french) == "1 étape")
        #expect(Words.count(0, "étape", "étapes", language: .french) == "0 étape")
        #expect(Words.count(2, "étape", "étapes", language: .french) == "2 étapes")
        #expect(Words.count(0, "step", "steps", language: .english) == "0 steps")
        #expect(Wizard.isoDate("01/12/2026", language: .french) == "2026-12-01")
        #expect(Wizard.isoDate("01/12/2026", language: .english) == nil)
        #expect(Wizard.isoDate("32/12/2026", language: .french) == nil)
        let folder = try W.folder()
        let wizard = try Self.wizard(try W.tenant(folder), ScriptedIO(), AnswersFile(), language: .french)
        let latitude = StepInput(id: "latitude", type: .string, label: "Latitude", required: false,
                                 pattern: "-?[0-9]{1,2}(\\.[0-9]+)?", location: SourceLocation(path: "x", line: 1, column: 1))
        #expect(wizard.normalized("4,8570", for: latitude) == "4.8570")
        #expect(wizard.normalized("4,8570,1", for: latitude) == "4,8570,1")
        let date = StepInput(id: "when", type: .date, label: "Quand", location: SourceLocation(path: "x", line: 1, column: 1))
        #expect(wizard.normalized("01/12/2026", for: date) == "2026-12-01")
        #expect(wizard.label(of: "MCOPSTN1") == "Forfait d'appels national (MCOPSTN1)")
    }

    @Test("Ctrl-D at a prompt says what was kept and how to resume; q with steps left says how many remain")
    func endOfInputAndQuit() throws {
        let folder = try W.folder()
        let tenant = try W.tenant(folder)
        let io = ScriptedIO(interactive: true, answers: [""])  // runs step 1, then the input ends
        let outcome = try Self.wizard(tenant, io, W.answers(folder), language: .french).run()
        guard case .stopped(let left) = outcome else {
            Issue.record("expected a stop, got \(outcome)")
            return
        }
        #expect(left == (try W.plan()).steps.count - 1)
        #expect(io.transcript.contains("Saisie terminée (Ctrl-D). Gardé : 1 étape faite ou passée, dans le journal du client"), "\(io.transcript)")
        #expect(io.transcript.contains("Relancez la même commande pour reprendre."))
        let quitting = ScriptedIO(interactive: true, answers: ["q"])
        let again = try Self.wizard(tenant, quitting, W.answers(folder), language: .french).run()
        #expect(again == .stopped(remaining: left))
        #expect(quitting.transcript.contains("Arrêt avec \(left) étapes restantes"), "\(quitting.transcript)")
    }
}
