import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine
internal import SetupGuideVerification

/// Making a step's engine calls, skipping the ones the journal says are done.
extension Wizard {
    /// How a step's calls ended.
    enum CallsResult {
        case done
        case interrupted
        case refused(String)
    }

    /// The journal value of an action recorded before it ran (`numbers.search`), and not yet after.
    static let intentValue = "intent"

    /// Makes the calls in order; an expired reservation sends the run back to the search.
    func perform(_ calls: [(ActionName, [String: String])], of step: Step) -> CallsResult {
        let recorded = Dictionary(((try? engine.actions(of: step.id)) ?? []).map { ($0.index, $0) }, uniquingKeysWith: { _, b in b })
        var reservation: String? = recorded.values.compactMap { $0.values["reservation"] }.last
        var index = 0
        while index < calls.count {
            let (action, arguments) = calls[index]
            if let done = recorded[index], done.arguments == arguments, !dryRun {
                guard let intent = done.values[Self.intentValue] else {
                    io.say(theme.quiet("✓ " + BilingualText("already done: ", "déjà fait : ")[language] + action.rawValue))
                    index += 1
                    continue
                }
                // journalled before it ran, never after: a kill came between; adopt what it made
                if let adopted = try? engine.adoptSearch(intent: intent) {
                    io.say(theme.good("✓ ") + adopted.summary.text(in: language))
                    reservation = adopted.values["reservation"] ?? reservation
                    try? engine.record(JournalAction(stepID: step.id, index: index, arguments: arguments, values: adopted.values))
                    index += 1
                    continue
                }
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
                    let outcome: ActionOutcome
                    if action == .numbersSearch, !dryRun {
                        // the intent first, so that a kill after the search finds its reservation
                        let intent = "\(step.id).\(index).\(Int(engine.now.timeIntervalSince1970 * 1000))"
                        try engine.record(JournalAction(stepID: step.id, index: index, arguments: arguments, values: [Self.intentValue: intent]))
                        outcome = try engine.searchNumbers(arguments: arguments, intent: intent)
                    } else {
                        outcome = try engine.perform(action, arguments: arguments)
                    }
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
}
