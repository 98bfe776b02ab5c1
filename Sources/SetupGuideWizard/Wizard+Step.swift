import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine
internal import SetupGuideVerification

/// One step: its inputs, the calls it will make, the spend confirmation, the calls and the
/// checks, then its journal entry.
extension Wizard {
    /// Runs one step; after a refusal at a terminal the admin may retry it with other answers.
    func runStep(_ planned: PlannedStep) -> Visit {
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
            let binder = StepArgumentBinder(step: step, answers: values, options: plan.options, language: language)
            let calls = step.actions.map { ($0.action, completed(binder.bind($0.arguments), for: $0.action)) }
            if !calls.isEmpty {
                io.say(BilingualText("Engine calls:", "Appels au moteur :")[language])
                for (action, arguments) in calls { io.say("  " + describe(action, arguments)) }
            }
            // confirmation
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
                do {
                    try engine.record(entry)
                } catch let store as TenantStoreError {
                    io.say(theme.bad(store.message(in: language)))
                    return .stop(.tenantUnusable(store.message(in: language)))
                } catch {
                    return .stop(.refused("\(error)"))
                }
            }
            return .next(entry)
        }
    }

    /// Fills in what the wizard knows and the guide leaves to the engine's defaults.
    func completed(_ arguments: [String: String], for action: ActionName) -> [String: String] {
        var arguments = arguments
        if action == .usersNotify, arguments["outbox"] == nil, let outbox { arguments["outbox"] = outbox.path }
        return arguments
    }

    /// An engine call as the admin reads it: `numbers.search(country: FR, quantity: 3)`.
    func describe(_ action: ActionName, _ arguments: [String: String]) -> String {
        action.rawValue + "(" + arguments.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + ")"
    }
}
