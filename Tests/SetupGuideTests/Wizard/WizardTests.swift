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

/// A console that answers from a script and remembers what was shown.
final class ScriptedIO: WizardIO {
    var interactive: Bool
    var answers: [String]
    var shown: [String] = []
    var asked: [String] = []
    var interruptAfter: Int?
    /// Answers by prompt, before the scripted answers: `nil` falls back to them.
    var responder: ((String) -> String?)?
    private var progressCount = 0

    init(interactive: Bool = true, answers: [String] = []) {
        self.interactive = interactive
        self.answers = answers
    }

    func say(_ text: String) { shown.append(text) }
    func ask(_ prompt: String) -> String? {
        asked.append(prompt)
        if let responder, let answer = responder(prompt) { return answer }
        return answers.isEmpty ? nil : answers.removeFirst()
    }
    func progress(done: Int, total: Int, label: String, remaining: TimeInterval?) { progressCount = done }
    func finishProgress() {}
    func setInterruptible(_ between: Bool) {}
    var interruptRequested: Bool { interruptAfter.map { progressCount >= $0 } ?? false }
    var transcript: String { shown.joined(separator: "\n") }
}

@Suite("Wizard, with a scripted console")
struct WizardTests {
    static let content = ContentSet.load(paths: [TestPaths.content])

    static func tenant(_ folder: URL, clock: ManualClock = ManualClock()) throws -> RehearsalTenant {
        try RehearsalTenant(at: folder.appendingPathComponent("tenant.sqlite"), create: true, clock: clock,
                            countries: { content.countries.country($0) })
    }

    static func plan(_ code: String = "US") throws -> Plan {
        let country = try #require(content.countries.country(code))
        return try Planner().plan(content.steps(in: .english), options: PlanOptions(country: country), language: .english).get()
    }

    static func answers(_ folder: URL, users: Int = 3, numbers: Int? = nil, postalCode: String = "98101", callingPlan: String = "MCOPSTN1",
                        extra: String = "") throws -> AnswersFile {
        var csv = "UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage\n"
        for index in 0..<users { csv += "u\(index)@contoso.example,User \(index),US,Seattle,Sales,en-US\n" }
        let file = folder.appendingPathComponent("users.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        return try AnswersFile.parse("""
            country: US
            steps:
              pstn-connectivity: { option: calling-plan }
              import-users: { file: \(file.path) }
              licences: { quantity: \(users), callingPlan: \(callingPlan) }
              user-numbers: { city: Seattle, quantity: \(numbers ?? users) }
              emergency-addresses: { description: HQ, company: Contoso, houseNumber: "1", street: 5th Avenue, city: Seattle, state: WA, postalCode: "\(postalCode)", latitude: "47.6", longitude: "-122.3", place: Lobby }
              assign-numbers: { address: HQ }
              notify-users: { outbox: \(folder.appendingPathComponent("outbox").path) }
            \(extra)
            """, path: "answers.yaml")
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wizard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("an unattended run does every step, journals it, and the next run has nothing to do")
    func unattended() throws {
        let folder = try Self.folder()
        let tenant = try Self.tenant(folder)
        let io = ScriptedIO(interactive: false)
        let outcome = Wizard(plan: try Self.plan(), engine: tenant, io: io, answers: try Self.answers(folder), assumeYes: true).run()
        #expect(outcome == .completed, "\(io.transcript)")
        #expect(io.asked.isEmpty)
        #expect(try tenant.entries().count == (try Self.plan()).steps.count)
        let again = ScriptedIO(interactive: false)
        #expect(Wizard(plan: try Self.plan(), engine: tenant, io: again, answers: try Self.answers(folder), assumeYes: true).run()
            == .nothingToDo)
    }

    @Test("a step that spends money is never run unattended without --yes")
    func moneyNeedsConfirmation() throws {
        let folder = try Self.folder()
        let outcome = Wizard(plan: try Self.plan(), engine: try Self.tenant(folder), io: ScriptedIO(interactive: false),
                             answers: try Self.answers(folder)).run()
        guard case .badAnswer(let message) = outcome else {
            Issue.record("expected a refusal, got \(outcome)")
            return
        }
        #expect(message.contains("'licences' spends money"))
    }

    @Test("a step whose guide changed since it was done is named on the next run")
    func changedSteps() throws {
        let folder = try Self.folder()
        let tenant = try Self.tenant(folder)
        var plan = try Self.plan()
        _ = Wizard(plan: plan, engine: tenant, io: ScriptedIO(interactive: false), answers: try Self.answers(folder), assumeYes: true).run()
        plan.steps[0].step.title += " (revised)"
        let io = ScriptedIO(interactive: true, answers: ["n"])
        #expect(Wizard(plan: plan, engine: tenant, io: io, answers: try Self.answers(folder), assumeYes: true).run() == .nothingToDo)
        #expect(io.transcript.contains("These completed steps changed"))
        #expect(io.transcript.contains(plan.steps[0].step.title))
    }

    @Test("an interruption during bulk work leaves the step open, and the rest is done next time")
    func interruptionResumes() throws {
        let folder = try Self.folder()
        let tenant = try Self.tenant(folder)
        let io = ScriptedIO(interactive: false)
        io.interruptAfter = 2
        let answers = try Self.answers(folder, users: 6)
        #expect(Wizard(plan: try Self.plan(), engine: tenant, io: io, answers: answers, assumeYes: true).run() == .interrupted)
        #expect(try tenant.pendingUsers(for: .numbersAssign, selector: .voice).count == 4)
        #expect(try !tenant.entries().contains { $0.stepID == "assign-numbers" })
        #expect(Wizard(plan: try Self.plan(), engine: tenant, io: ScriptedIO(interactive: false), answers: answers, assumeYes: true).run()
            == .completed)
        #expect(try tenant.pendingUsers(for: .numbersAssign, selector: .voice).isEmpty)
    }

    @Test("answers files report their problems with a place")
    func answersProblems() {
        #expect(throws: ContentError.self) { try AnswersFile.parse("steps: [1, 2]", path: "a.yaml") }
        let error = #expect(throws: ContentError.self) { try AnswersFile.parse("country: FR\nbogus: 1\n", path: "a.yaml") }
        #expect(error?.diagnostic.location == SourceLocation(path: "a.yaml", line: 2, column: 1))
    }

    @Test("the step fingerprint ignores positions and sees content")
    func fingerprint() throws {
        let step = try #require(try Self.plan().steps.first?.step)
        var moved = step
        moved.location.line += 10
        #expect(StepFingerprint.of(step) == StepFingerprint.of(moved))
        var edited = step
        edited.title += "!"
        #expect(StepFingerprint.of(step) != StepFingerprint.of(edited))
    }
}
