import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine
internal import SetupGuideVerification

/// One step: its inputs, the calls it will make, what it will buy, the spend confirmation, the
/// calls and the checks, then its journal entry. A step is done only when its checks pass.
extension Wizard {
    /// What the admin chose about a step whose checks failed.
    enum FailedStepChoice {
        case fix, retry, skip, quit
    }

    /// Runs one step; after a refusal or failed checks at a terminal the admin may run it again
    /// with other answers (the earlier ones offered as defaults), look again, or skip it.
    func runStep(_ planned: PlannedStep) -> Visit {
        let step = planned.step
        var previous: [String: String] = [:]
        attempt: while true {
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
            let binder = StepArgumentBinder(step: step, answers: values, options: plan.options, language: language)
            let calls = step.actions.map { ($0.action, completed(binder.bind($0.arguments), for: $0.action)) }
            if !calls.isEmpty {
                io.say(BilingualText("What this step will do:", "Ce que fera cette étape :")[language])
                for (action, arguments) in calls { io.say("  " + describe(action, arguments)) }
            }
            // what it buys, and the confirmation
            showSpending(calls)
            switch confirmSpending(step) {
            case .go: break
            case .declined: return .next(nil)
            case .refused(let outcome): return .stop(outcome)
            }
            // the calls
            switch perform(calls, of: step) {
            case .done: break
            case .interrupted: return .stop(.interrupted)
            case .unusable(let message):
                io.say(theme.bad(message))
                return .stop(.tenantUnusable(message))
            case .refused(let message):
                io.say(theme.bad(message))
                guard canAsk else { return .stop(.refused(message)) }
                let choice = io.ask(BilingualText("(r)etry with other answers · (s)kip · (q)uit: ",
                                                  "(c)orriger les réponses · (p)asser · (q)uitter : ")[language])?.lowercased()
                switch choice {
                case "r", "retry", "c", "corriger": continue attempt
                case "s", "skip", "p", "passer": return skip(step, reason: message)
                case nil: return .stop(endOfInput())
                default: return .stop(quitting())
                }
            }
            // the checks: the step is done only when they pass
            while true {
                let failed = runChecks(step, inputs: values, manual: manual)
                if failed.isEmpty { break }
                let message = failureMessage(step, failed)
                guard canAsk else {
                    receipt.failed.append((step.title, message))
                    return .stop(.checkFailed(message))
                }
                io.say(theme.bad(BilingualText("This step is not done: its checks failed.", "Cette étape n'est pas faite : ses vérifications ont échoué.")[language]))
                switch askAfterFailedChecks() {
                case .fix: continue attempt
                case .retry: continue
                case .skip:
                    guard let reason = io.ask(BilingualText("Why skip it? ", "Pourquoi la passer ? ")[language]) else { return .stop(endOfInput()) }
                    return skip(step, reason: reason.isEmpty ? message : reason)
                case .quit: return .stop(quitting())
                case nil: return .stop(endOfInput())
                }
            }
            let entry = JournalEntry(
                stepID: step.id, contentHash: StepFingerprint.of(step), status: .done, inputs: values, who: manual?.who,
                when: manual?.when, note: manual?.note, recordedAt: engine.now)
            if !dryRun {
                do {
                    try engine.record(entry)
                } catch let store as TenantStoreError {
                    io.say(theme.bad(store.message(in: language)))
                    return .stop(.tenantUnusable(store.message(in: language)))
                } catch {
                    return .stop(.refused("\(error)"))
                }
            }
            if step.manual { receipt.byPerson.append(step.title + (manual.map { " (\($0.who), \($0.when))" } ?? "")) }
            return .next(entry)
        }
    }

    /// The choice after failed checks; `nil` when the input ended.
    func askAfterFailedChecks() -> FailedStepChoice? {
        let prompt = BilingualText("c correct the answers and run it again · v verify again · s skip (with a reason) · q quit: ",
                                   "c corriger les réponses et relancer · v vérifier de nouveau · p passer (avec une raison) · q quitter : ")
        while true {
            guard let typed = io.ask(prompt[language])?.lowercased() else { return nil }
            switch typed {
            case "c", "correct", "corriger": return .fix
            case "v", "verify", "vérifier", "verifier": return .retry
            case "s", "skip", "p", "passer": return .skip
            case "q", "quit", "quitter": return .quit
            default:
                io.say(theme.warning(BilingualText("Unknown choice '\(typed)'.", "Choix inconnu « \(typed) ».")[language]))
            }
        }
    }

    /// Fills in what the wizard knows and the guide leaves to the engine's defaults. A dry run's
    /// mails go to the copy's folder, never to the real outbox.
    func completed(_ arguments: [String: String], for action: ActionName) -> [String: String] {
        var arguments = arguments
        if action == .usersNotify, let outbox, arguments["outbox"] == nil || dryRun { arguments["outbox"] = outbox.path }
        return arguments
    }

    /// An engine call as the admin reads it, in the engine's words: « Chercher et réserver 3
    /// numéros d'utilisateur à Lyon pendant 10 minutes ».
    func describe(_ action: ActionName, _ arguments: [String: String]) -> String {
        let country = plan.options.country
        return action.sentence(arguments, countries: { $0 == country.code ? country : nil })[language]
    }
}
