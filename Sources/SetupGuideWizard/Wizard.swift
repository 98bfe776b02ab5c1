public import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideEngine
internal import SetupGuideVerification

/// Leads the admin through a plan, step by step, with the engine doing the work.
///
/// ```swift
/// let wizard = Wizard(plan: plan, engine: tenant, io: terminal, answers: answers)
/// let outcome = wizard.run()
/// ```
public final class Wizard {
    let plan: Plan
    let engine: any WizardEngine
    let io: any WizardIO
    let answers: AnswersFile
    let theme: WizardTheme
    let assumeYes: Bool
    let dryRun: Bool
    let outbox: URL?
    var language: Language { plan.language }

    /// Creates a wizard. In a dry run nothing is asked: answers and defaults are used, and the
    /// engine given should be a copy of the tenant.
    public init(
        plan: Plan, engine: any WizardEngine, io: any WizardIO, answers: AnswersFile = AnswersFile(),
        theme: WizardTheme = .plain, assumeYes: Bool = false, dryRun: Bool = false, outbox: URL? = nil
    ) {
        self.plan = plan
        self.engine = engine
        self.io = io
        self.answers = answers
        self.theme = theme
        self.assumeYes = assumeYes
        self.dryRun = dryRun
        self.outbox = outbox
    }

    /// Whether questions can be put to the person at the terminal.
    var canAsk: Bool { io.interactive && !dryRun }

    // MARK: - The run

    /// Runs the plan from where the journal says it stopped.
    public func run() -> WizardOutcome {
        let steps = plan.steps
        var journal: [String: JournalEntry]
        do {
            journal = Dictionary(try engine.entries().map { ($0.stepID, $0) }, uniquingKeysWith: { _, b in b })
        } catch let store as TenantStoreError {
            io.say(theme.bad(store.message(in: language)))
            return .tenantUnusable(store.message(in: language))
        } catch {
            return .refused("\(error)")
        }
        offerToRedoChangedSteps(&journal)
        guard var index = steps.firstIndex(where: { journal[$0.step.id] == nil }) else {
            io.say(theme.good(BilingualText("Every step of this plan is done.", "Toutes les étapes de ce plan sont faites.")[language]))
            return dryRun ? .pending(0) : .nothingToDo
        }
        if index > 0 {
            io.say(theme.quiet(BilingualText("Resuming at step \(index + 1): \(index) already done or skipped.",
                                 "Reprise à l'étape \(index + 1) : \(index) déjà faites ou passées.")[language]))
        }
        var pending = 0
        while index < steps.count {
            let planned = steps[index]
            if journal[planned.step.id] != nil, !canAsk {
                index += 1
                continue
            }
            switch visit(planned, number: index + 1, total: steps.count, done: journal[planned.step.id]) {
            case .next(let entry):
                if let entry {
                    journal[entry.stepID] = entry
                    if entry.status == .done { pending += 1 }
                }
                index += 1
            case .back:
                index = max(0, index - 1)
            case .stop(let outcome):
                return outcome
            }
        }
        if dryRun {
            io.say(theme.warning(BilingualText("Dry run: \(pending) steps would change the tenant; nothing was changed.",
                                   "Simulation : \(pending) étapes modifieraient le client ; rien n'a été modifié.")[language]))
            return .pending(pending)
        }
        io.say(theme.good(BilingualText("All steps of the plan are done or skipped.", "Toutes les étapes du plan sont faites ou passées.")[language]))
        return .completed
    }

    /// Where the run goes after a step.
    enum Visit {
        /// On to the next step, with the step's journal entry (`nil`: nothing recorded).
        case next(JournalEntry?)
        /// Back to the previous step.
        case back
        /// The run ends.
        case stop(WizardOutcome)
    }

    /// Shows a step and, at a terminal, offers the step menu until the admin runs, skips,
    /// goes back or quits.
    func visit(_ planned: PlannedStep, number: Int, total: Int, done: JournalEntry?) -> Visit {
        let step = planned.step
        io.say("")
        io.say(theme.heading(BilingualText("Step \(number) of \(total): ", "Étape \(number) sur \(total) : ")[language] + step.title + " [\(step.id)]"))
        if let because = planned.because { io.say(theme.quiet("↳ " + because)) }
        if !dryRun { io.say(theme.presentStep(step)) }
        if let done {
            io.say(theme.quiet(BilingualText("Already \(done.status == .done ? "done" : "skipped").", "Déjà \(done.status == .done ? "faite" : "passée").")[language]))
        }
        if let reason = answers.skip[step.id], !canAsk {
            return skip(step, reason: reason)
        }
        guard canAsk else { return runStep(planned) }
        while true {
            let menu = BilingualText("[Enter] run · s skip · b back · q quit: ", "[Entrée] exécuter · p passer · r retour · q quitter : ")[language]
            guard let typed = io.ask(menu) else { return .stop(.quit) }
            switch MenuChoice(typed, language: language) {
            case .run:
                let result = runStep(planned)
                if case .next(nil) = result { continue }  // declined: back to the menu
                return result
            case .skip:
                let reason = io.ask(BilingualText("Why skip it? ", "Pourquoi la passer ? ")[language]) ?? ""
                return skip(step, reason: reason)
            case .back:
                return .back
            case .quit:
                io.say(theme.quiet(BilingualText("Stopped; run again to resume here.", "Arrêt ; relancez pour reprendre ici.")[language]))
                return .stop(.quit)
            case nil:
                io.say(theme.warning(BilingualText("Unknown choice '\(typed)'.", "Choix inconnu « \(typed) ».")[language]))
            }
        }
    }
}
