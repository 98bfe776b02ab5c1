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
    /// The plan followed; an answer that changes its options (the connectivity) makes it again.
    var plan: Plan
    let engine: any WizardEngine
    let io: any WizardIO
    let answers: AnswersFile
    let theme: WizardTheme
    let assumeYes: Bool
    let dryRun: Bool
    let outbox: URL?
    /// Makes the plan again for other options; `nil` keeps the plan as it is.
    let replan: (@Sendable (PlanOptions) -> Plan?)?
    /// What the journal holds, by step id, as the run goes.
    var journal: [String: JournalEntry] = [:]
    /// What this run bought, made, skipped and left, for the receipt.
    var receipt = WizardReceipt()
    var language: Language { plan.language }

    /// Creates a wizard. In a dry run nothing is asked: answers and defaults are used, and the
    /// engine given should be a copy of the tenant. `replan` makes the plan for other options,
    /// when an answer changes them.
    public init(
        plan: Plan, engine: any WizardEngine, io: any WizardIO, answers: AnswersFile = AnswersFile(),
        theme: WizardTheme = .plain, assumeYes: Bool = false, dryRun: Bool = false, outbox: URL? = nil,
        replan: (@Sendable (PlanOptions) -> Plan?)? = nil
    ) {
        self.plan = plan
        self.engine = engine
        self.io = io
        self.answers = answers
        self.theme = theme
        self.assumeYes = assumeYes
        self.dryRun = dryRun
        self.outbox = outbox
        self.replan = replan
    }

    /// Whether questions can be put to the person at the terminal.
    var canAsk: Bool { io.interactive && !dryRun }

    /// The steps of the plan neither done nor skipped.
    var remaining: [PlannedStep] { plan.steps.filter { journal[$0.step.id] == nil } }

    /// The outcome of a stop at the admin's request, with the steps left.
    func stopped() -> WizardOutcome { .stopped(remaining: remaining.count) }

    // MARK: - The run

    /// Runs the plan from where the journal says it stopped.
    public func run() -> WizardOutcome {
        do {
            journal = Dictionary(try engine.entries().map { ($0.stepID, $0) }, uniquingKeysWith: { _, b in b })
        } catch let store as TenantStoreError {
            io.say(theme.bad(store.message(in: language)))
            return .tenantUnusable(store.message(in: language))
        } catch {
            return .refused("\(error)")
        }
        offerToRedoChangedSteps(&journal)
        guard var index = plan.steps.firstIndex(where: { journal[$0.step.id] == nil }) else {
            io.say(theme.good(BilingualText("Every step of this plan is done.", "Toutes les étapes de ce plan sont faites.")[language]))
            return dryRun ? .pending(0) : .nothingToDo
        }
        if index > 0 {
            io.say(theme.quiet(BilingualText(
                "Resuming at step \(index + 1): \(Words.count(index, "step", "steps", language: .english)) already done or skipped.",
                "Reprise à l'étape \(index + 1) : \(Words.count(index, "étape déjà faite ou passée", "étapes déjà faites ou passées", language: .french)).")[language]))
        }
        var pending = 0
        let outcome: WizardOutcome
        while true {
            guard index < plan.steps.count else {
                outcome = finished(pending: pending)
                break
            }
            let planned = plan.steps[index]
            if journal[planned.step.id] != nil, !canAsk {
                index += 1
                continue
            }
            let visit = visit(planned, number: index + 1, total: plan.steps.count, done: journal[planned.step.id])
            if case .stop(let ended) = visit {
                outcome = ended
                break
            }
            switch visit {
            case .next(let entry):
                if let entry {
                    journal[entry.stepID] = entry
                    if entry.status == .done { pending += 1 }
                    if entry.status == .skipped { warnAboutDependents(of: planned.step) }
                    if entry.status == .done, let moved = replanIfNeeded(after: planned.step, inputs: entry.inputs) {
                        index = moved
                        continue
                    }
                }
                index += 1
            case .back:
                index = max(0, index - 1)
            case .stop:
                continue
            }
        }
        showReceipt(outcome)
        return outcome
    }

    /// The end of a run that went through every step.
    func finished(pending: Int) -> WizardOutcome {
        if dryRun {
            io.say(theme.warning(BilingualText(
                "Dry run: \(Words.count(pending, "step", "steps", language: .english)) would change the tenant; nothing was changed.",
                "Simulation : \(Words.count(pending, "étape modifierait", "étapes modifieraient", language: .french)) le client ; rien n'a été modifié.")[language]))
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
        io.say(theme.heading(BilingualText("Step \(number) of \(total): ", "Étape \(number) sur \(total) : ")[language] + step.title))
        if let because = planned.because { io.say(theme.quiet("↳ " + because)) }
        if !dryRun { io.say(theme.presentStep(step)) }
        if let done {
            let note = done.status == .skipped && !(done.note ?? "").isEmpty ? " (\(done.note!))" : ""
            io.say(theme.quiet(BilingualText("Already \(done.status == .done ? "done" : "skipped")\(note).",
                                             "Déjà \(done.status == .done ? "faite" : "passée")\(note).")[language]))
        }
        if let reason = answers.skip[step.id], !canAsk {
            return skip(step, reason: reason)
        }
        guard canAsk else { return runStep(planned) }
        while true {
            guard let typed = io.ask(MenuChoice.prompt[language]) else { return .stop(endOfInput()) }
            switch MenuChoice(typed, language: language) {
            case .run:
                let result = runStep(planned)
                if case .next(nil) = result { continue }  // declined: back to the menu
                return result
            case .skip:
                guard let reason = io.ask(BilingualText("Why skip it? ", "Pourquoi la passer ? ")[language]) else { return .stop(endOfInput()) }
                return skip(step, reason: reason)
            case .back:
                return .back
            case .quit:
                return .stop(quitting())
            case nil:
                io.say(theme.warning(BilingualText("Unknown choice '\(typed)'. ", "Choix inconnu « \(typed) ». ")[language] + MenuChoice.keys[language]))
            }
        }
    }

    /// `q` at a prompt: says how many steps remain and how to resume.
    func quitting() -> WizardOutcome {
        let left = remaining.count
        io.say(theme.quiet(BilingualText(
            "Stopped with \(Words.count(left, "step", "steps", language: .english)) left; what was done is kept in the tenant. Run the same command again to resume here.",
            "Arrêt avec \(Words.count(left, "étape restante", "étapes restantes", language: .french)) ; ce qui est fait reste dans le client. Relancez la même commande pour reprendre ici.")[language]))
        return stopped()
    }

    /// Ctrl-D at a prompt: what was kept, what was not, and how to resume.
    func endOfInput() -> WizardOutcome {
        let kept = plan.steps.count - remaining.count
        io.say(theme.warning(BilingualText(
            "Input ended (Ctrl-D). Kept: \(Words.count(kept, "step", "steps", language: .english)) done or skipped, in the tenant's journal; the answers of the step in progress were not kept. Run the same command again to resume.",
            "Saisie terminée (Ctrl-D). Gardé : \(Words.count(kept, "étape faite ou passée", "étapes faites ou passées", language: .french)), dans le journal du client ; les réponses de l'étape en cours ne sont pas gardées. Relancez la même commande pour reprendre.")[language]))
        return stopped()
    }
}
