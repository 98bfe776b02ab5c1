public import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideEngine
internal import SetupGuideVerification

/// What the wizard needs of an engine beyond the actions: its journal, the users a bulk
/// action still has to deal with, reservations and the time.
public protocol WizardEngine: ProvisioningEngine, RunJournal {
    /// The users a bulk action has not dealt with yet.
    func pendingUsers(for action: ActionName, selector: UserSelector) throws -> [String]
    /// When an open reservation expires.
    func reservationExpiry(_ id: String) throws -> Date?
    /// The engine's clock.
    var now: Date { get }
}

extension RehearsalTenant: WizardEngine {}

/// How a run ended, for the exit code.
public enum WizardOutcome: Error, Sendable, Equatable {
    /// Every step is done or skipped.
    case completed
    /// There was nothing left to do when the run started.
    case nothingToDo
    /// The admin quit; a later run resumes.
    case quit
    /// Ctrl-C stopped long work between two items.
    case interrupted
    /// The engine refused and the run could not go on unattended.
    case refused(String)
    /// An answer was missing or invalid in an unattended run.
    case badAnswer(String)
    /// Dry run: this many steps would change the tenant.
    case pending(Int)
}

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

    private var canAsk: Bool { io.interactive && !dryRun }

    // MARK: - The run

    /// Runs the plan from where the journal says it stopped.
    public func run() -> WizardOutcome {
        let steps = plan.steps
        var journal: [String: JournalEntry]
        do {
            journal = Dictionary(try engine.entries().map { ($0.stepID, $0) }, uniquingKeysWith: { _, b in b })
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

    private func offerToRedoChangedSteps(_ journal: inout [String: JournalEntry]) {
        let changed = plan.steps.filter { planned in
            guard let entry = journal[planned.step.id], entry.status == .done else { return false }
            return entry.contentHash != StepFingerprint.of(planned.step)
        }
        guard !changed.isEmpty else { return }
        io.say(theme.warning(BilingualText("These completed steps changed in the guides since they were done:",
                               "Ces étapes faites ont changé dans les guides depuis :")[language]))
        for planned in changed { io.say("  - \(planned.step.title) [\(planned.step.id)]") }
        guard canAsk else {
            io.say(theme.quiet(BilingualText("They are kept as done; run interactively to redo them.",
                                 "Elles restent faites ; lancez l'assistant en interactif pour les refaire.")[language]))
            return
        }
        let answer = io.ask(BilingualText("Redo them? [y/N] ", "Les refaire ? [o/N] ")[language])?.lowercased() ?? ""
        guard ["y", "yes", "o", "oui"].contains(answer) else { return }
        for planned in changed {
            try? engine.forget(stepID: planned.step.id)
            journal[planned.step.id] = nil
        }
    }

    enum Visit {
        case next(JournalEntry?)
        case back
        case stop(WizardOutcome)
    }

    private func visit(_ planned: PlannedStep, number: Int, total: Int, done: JournalEntry?) -> Visit {
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

    /// The step menu's answers; each language has its own letters.
    enum MenuChoice {
        case run, skip, back, quit

        init?(_ typed: String, language: Language) {
            let word = typed.lowercased()
            let letters: [String: MenuChoice] =
                language == .french
                ? ["": .run, "e": .run, "exécuter": .run, "p": .skip, "passer": .skip, "r": .back, "retour": .back,
                   "q": .quit, "quitter": .quit]
                : ["": .run, "run": .run, "s": .skip, "skip": .skip, "b": .back, "back": .back, "q": .quit, "quit": .quit]
            guard let choice = letters[word] else { return nil }
            self = choice
        }
    }

    private func skip(_ step: Step, reason: String) -> Visit {
        let entry = JournalEntry(
            stepID: step.id, contentHash: StepFingerprint.of(step), status: .skipped, note: reason, recordedAt: engine.now)
        if !dryRun { try? engine.record(entry) }
        io.say(theme.quiet(BilingualText("Skipped.", "Passée.")[language]))
        return .next(entry)
    }

    // MARK: - One step

    private func runStep(_ planned: PlannedStep) -> Visit {
        let step = planned.step
        var previous: [String: String] = [:]
        while true {
            // inputs
            var values: [String: String] = [:]
            for input in step.inputs {
                switch value(for: input, of: step, previous: previous[input.id]) {
                case .success(let value): values[input.id] = value
                case .failure(let outcome): return .stop(outcome)
                }
            }
            previous = values
            // manual record
            var manual: AnswersFile.ManualRecord?
            if step.manual {
                switch manualRecord(for: step) {
                case .success(let record): manual = record
                case .failure(let outcome): return .stop(outcome)
                }
            }
            // the calls it will make
            let binder = ArgumentBinder(inputs: values, plan: [
                "country": plan.options.country.code, "connectivity": plan.options.connectivity.rawValue,
                "lang": language.rawValue,
            ])
            let calls = step.actions.map { ($0.action, completed(binder.bind($0.arguments), for: $0.action)) }
            if !calls.isEmpty {
                io.say(BilingualText("Engine calls:", "Appels au moteur :")[language])
                for (action, arguments) in calls { io.say("  " + describe(action, arguments)) }
            }
            // confirmation
            if step.costsMoney {
                if assumeYes || dryRun {
                    io.say(theme.quiet(BilingualText("This step spends money (confirmed by --yes).", "Cette étape engage des dépenses (confirmé par --yes).")[language]))
                } else if io.interactive {
                    let answer = io.ask(BilingualText("This step spends money. Go ahead? [y/N] ", "Cette étape engage des dépenses. Continuer ? [o/N] ")[language])?
                        .lowercased() ?? ""
                    guard ["y", "yes", "o", "oui"].contains(answer) else { return .next(nil) }
                } else {
                    return .stop(.badAnswer(BilingualText("Step '\(step.id)' spends money: confirm with --yes.",
                                              "L'étape « \(step.id) » engage des dépenses : confirmez avec --yes.")[language]))
                }
            }
            // the calls
            switch perform(calls, of: step) {
            case .done: break
            case .interrupted: return .stop(.interrupted)
            case .refused(let message):
                io.say(theme.bad(message))
                guard canAsk else { return .stop(.refused(message)) }
                let choice = io.ask(BilingualText("(r)etry with other answers · (s)kip · (q)uit: ", "(r)éessayer avec d'autres réponses · (p)asser · (q)uitter : ")[language])?
                    .lowercased() ?? "q"
                switch choice {
                case "r", "retry", "réessayer": continue
                case "s", "skip", "p", "passer": return skip(step, reason: message)
                default: return .stop(.quit)
                }
            }
            // the checks
            showChecks(step, inputs: values, manual: manual)
            let entry = JournalEntry(
                stepID: step.id, contentHash: StepFingerprint.of(step), status: .done, inputs: values, who: manual?.who,
                when: manual?.when, note: manual?.note, recordedAt: engine.now)
            if !dryRun {
                do { try engine.record(entry) } catch { return .stop(.refused("\(error)")) }
            }
            return .next(entry)
        }
    }

    /// Fills in what the wizard knows and the guide leaves to the engine's defaults.
    private func completed(_ arguments: [String: String], for action: ActionName) -> [String: String] {
        var arguments = arguments
        if action == .usersNotify, arguments["outbox"] == nil, let outbox { arguments["outbox"] = outbox.path }
        return arguments
    }

    private func describe(_ action: ActionName, _ arguments: [String: String]) -> String {
        action.rawValue + "(" + arguments.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + ")"
    }

    // MARK: - Inputs

    private func value(for input: StepInput, of step: Step, previous: String?) -> Result<String, WizardOutcome> {
        let validator = InputValidator(input: input)
        if let given = answers.inputs[step.id]?[input.id], previous == nil {
            if let problem = validator.problem(with: given, language: language) {
                let message = BilingualText("Answer '\(input.id)' of step '\(step.id)' is invalid: \(problem)",
                                "La réponse « \(input.id) » de l'étape « \(step.id) » est invalide : \(problem)")[language]
                guard canAsk else { return .failure(.badAnswer(message)) }
                io.say(theme.warning(message))
            } else {
                return .success(given)
            }
        }
        let fallback = previous ?? input.defaultValue
        guard canAsk else {
            if let fallback { return .success(fallback) }
            if !input.required { return .success("") }
            return .failure(.badAnswer(BilingualText("Missing answer '\(input.id)' for step '\(step.id)' (\(input.label)).",
                                         "Réponse manquante « \(input.id) » pour l'étape « \(step.id) » (\(input.label)).")[language]))
        }
        while true {
            var prompt = input.label.isEmpty ? input.id : input.label
            if input.type == .choice { prompt += " (" + input.choices.joined(separator: "/") + ")" }
            if let fallback, !fallback.isEmpty { prompt += " [\(fallback)]" }
            guard let typed = io.ask(prompt + ": ") else { return .failure(.quit) }
            let value = typed.isEmpty ? (fallback ?? "") : typed
            if let problem = validator.problem(with: value, language: language) {
                io.say(theme.warning(BilingualText("Not accepted: \(problem). Try again.", "Refusé : \(problem). Recommencez.")[language]))
                continue
            }
            return .success(value)
        }
    }

    private func manualRecord(for step: Step) -> Result<AnswersFile.ManualRecord, WizardOutcome> {
        if let record = answers.manual[step.id] { return .success(record) }
        let today = ISO8601DateFormatter.string(from: engine.now, timeZone: .current, formatOptions: [.withFullDate])
        let user = ProcessInfo.processInfo.environment["USER"] ?? ""
        guard canAsk else {
            if dryRun { return .success(.init(who: user, when: today, note: nil)) }
            return .failure(.badAnswer(BilingualText("Manual step '\(step.id)' needs 'manual: { who, when }' in the answers file.",
                                         "L'étape manuelle « \(step.id) » demande « manual: { who, when } » dans le fichier de réponses.")[language]))
        }
        io.say(BilingualText("This step is done by a person outside the tool. Record who did it and when.",
                 "Cette étape est faite par une personne, hors de l'outil. Notez qui l'a faite et quand.")[language])
        var who = ""
        while who.isEmpty {
            guard let typed = io.ask(BilingualText("Who did it", "Qui l'a faite")[language] + (user.isEmpty ? "" : " [\(user)]") + ": ") else { return .failure(.quit) }
            who = typed.isEmpty ? user : typed
        }
        var when = ""
        while when.isEmpty {
            guard let typed = io.ask(BilingualText("When (YYYY-MM-DD)", "Quand (AAAA-MM-JJ)")[language] + " [\(today)]: ") else { return .failure(.quit) }
            let value = typed.isEmpty ? today : typed
            if value.range(of: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", options: .regularExpression) == nil {
                io.say(theme.warning(BilingualText("Write the date as YYYY-MM-DD.", "Écrivez la date sous la forme AAAA-MM-JJ.")[language]))
            } else {
                when = value
            }
        }
        let note = io.ask(BilingualText("Note (optional): ", "Note (facultative) : ")[language]) ?? ""
        return .success(.init(who: who, when: when, note: note.isEmpty ? nil : note))
    }

    // MARK: - Calls

    enum CallsResult {
        case done
        case interrupted
        case refused(String)
    }

    private func perform(_ calls: [(ActionName, [String: String])], of step: Step) -> CallsResult {
        let recorded = Dictionary(((try? engine.actions(of: step.id)) ?? []).map { ($0.index, $0) }, uniquingKeysWith: { _, b in b })
        var reservation: String? = recorded.values.compactMap { $0.values["reservation"] }.last
        var index = 0
        while index < calls.count {
            let (action, arguments) = calls[index]
            if let done = recorded[index], done.arguments == arguments, !dryRun {
                io.say(theme.quiet("✓ " + BilingualText("already done: ", "déjà fait : ")[language] + action.rawValue))
                index += 1
                continue
            }
            do {
                if action == .numbersAssign || action == .usersNotify, !dryRun,
                    let selector = UserSelector(parsing: arguments["users"] ?? (action == .numbersAssign ? "voice" : "all"))
                {
                    if try !bulk(action, arguments, selector: selector) { return .interrupted }
                } else {
                    if action == .numbersAcquire, let reservation, !confirmReservation(reservation) {
                        return .refused(BilingualText("Acquisition declined; the reservation will expire by itself.",
                                          "Acquisition refusée ; la réservation expirera d'elle-même.")[language])
                    }
                    let outcome = try engine.perform(action, arguments: arguments)
                    io.say(theme.good("✓ ") + outcome.summary.text(in: language))
                    if let id = outcome.values["reservation"] { reservation = id }
                    if !dryRun {
                        try engine.record(JournalAction(stepID: step.id, index: index, arguments: arguments, values: outcome.values))
                    }
                }
                index += 1
            } catch let refusal as EngineRefusal {
                // an expired reservation is searched again with the same answers: nothing typed is lost
                if action == .numbersAcquire, refusal.kind == .reservationExpired,
                    let search = calls.firstIndex(where: { $0.0 == .numbersSearch })
                {
                    io.say(theme.warning(BilingualText("The reservation expired; searching again with the same answers.",
                                           "La réservation a expiré ; nouvelle recherche avec les mêmes réponses.")[language]))
                    index = search
                    reservation = nil
                    continue
                }
                return .refused(refusal.message(in: language))
            } catch {
                return .refused("\(error)")
            }
        }
        return .done
    }

    /// Shows the time left on a reservation and asks to acquire while it holds.
    private func confirmReservation(_ id: String) -> Bool {
        guard let expiry = try? engine.reservationExpiry(id) else { return true }
        let left = max(0, Int(expiry.timeIntervalSince(engine.now)))
        io.say(theme.warning(BilingualText("Numbers reserved: \(left / 60):\(String(format: "%02d", left % 60)) left before they go back to the pool.",
                               "Numéros réservés : \(left / 60):\(String(format: "%02d", left % 60)) avant leur retour au stock.")[language]))
        guard canAsk, !assumeYes else { return true }
        let answer = io.ask(BilingualText("Acquire them now? [Y/n] ", "Les acquérir maintenant ? [O/n] ")[language])?.lowercased() ?? "n"
        return ["", "y", "yes", "o", "oui"].contains(answer)
    }

    /// Runs a bulk action one user at a time, with progress, stopping cleanly on Ctrl-C.
    /// Returns false when interrupted.
    private func bulk(_ action: ActionName, _ arguments: [String: String], selector: UserSelector) throws -> Bool {
        let users = try engine.pendingUsers(for: action, selector: selector)
        let total = users.count
        let label = action == .numbersAssign ? BilingualText("Assigning numbers", "Attribution des numéros")[language] : BilingualText("Notifying users", "Envoi des courriels")[language]
        guard total > 0 else {
            io.say(theme.quiet("✓ " + BilingualText("nothing left to do for \(action.rawValue)", "plus rien à faire pour \(action.rawValue)")[language]))
            return true
        }
        io.setInterruptible(true)
        defer { io.setInterruptible(false) }
        let start = Date()
        for (offset, upn) in users.enumerated() {
            if io.interruptRequested {
                io.finishProgress()
                io.say(theme.warning(BilingualText("Stopped after \(offset) of \(total); run again to continue with the rest.",
                                       "Arrêt après \(offset) sur \(total) ; relancez pour continuer avec les autres.")[language]))
                return false
            }
            var one = arguments
            one["users"] = upn
            _ = try engine.perform(action, arguments: one)
            let elapsed = Date().timeIntervalSince(start)
            let remaining = elapsed / Double(offset + 1) * Double(total - offset - 1)
            io.progress(done: offset + 1, total: total, label: label, remaining: remaining)
        }
        io.finishProgress()
        io.say(theme.good("✓ ") + BilingualText("\(label): \(total) done", "\(label) : \(total) faits")[language])
        return true
    }

    // MARK: - Checks

    private func showChecks(_ step: Step, inputs: [String: String], manual: AnswersFile.ManualRecord?) {
        guard !step.checks.isEmpty else { return }
        io.say(BilingualText("Checks:", "Vérifications :")[language])
        let context = CheckContext(country: plan.options.country.code, language: language)
        for call in step.checks {
            if call.check == .manualRecorded {
                let text = manual.map { BilingualText("recorded: \($0.who), \($0.when)", "noté : \($0.who), \($0.when)")[language] }
                    ?? BilingualText("not recorded", "non noté")[language]
                io.say("  " + (manual != nil ? theme.good("✓ ") : theme.bad("✗ ")) + text)
                continue
            }
            let arguments = ArgumentBinder(inputs: inputs, plan: [
                "country": plan.options.country.code, "connectivity": plan.options.connectivity.rawValue, "lang": language.rawValue,
            ]).bind(call.arguments)
            do {
                let result = try engine.evaluate(call.check, arguments: arguments, context: context)
                let mark: String =
                    switch result.status {
                    case .pass: theme.good("✓ ")
                    case .fail: theme.bad("✗ ")
                    case .notApplicable: theme.quiet("– ")
                    }
                io.say("  " + mark + result.summary.text(in: language))
                for subject in result.subjects.prefix(5) {
                    io.say(theme.quiet("      \(subject.id): \(subject.reason.text(in: language))"))
                }
                if result.subjects.count > 5 {
                    io.say(theme.quiet(BilingualText("      … and \(result.subjects.count - 5) more", "      … et \(result.subjects.count - 5) de plus")[language]))
                }
            } catch {
                io.say("  " + theme.bad("✗ ") + "\(call.check.rawValue): \(error)")
            }
        }
    }
}
