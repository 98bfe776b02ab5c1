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
        case unusable(String)
    }

    /// The journal value of an action recorded before it ran (`numbers.search`), and not yet after.
    static let intentValue = "intent"

    /// Makes the calls in order; an expired reservation sends the run back to the search.
    func perform(_ calls: [(ActionName, [String: String])], of step: Step) -> CallsResult {
        let recorded = Dictionary(((try? engine.actions(of: step.id)) ?? []).map { ($0.index, $0) }, uniquingKeysWith: { _, b in b })
        var reservation: String? = recorded.values.compactMap { $0.values["reservation"] }.last
        var index = 0
        // once one call runs anew (answers corrected after failed checks), the later ones run
        // again too: they act on what it changed
        var rerunning = false
        while index < calls.count {
            let (action, arguments) = calls[index]
            if let done = recorded[index], done.arguments == arguments, !dryRun, !rerunning {
                guard let intent = done.values[Self.intentValue] else {
                    io.say(theme.quiet("✓ " + BilingualText("already done: ", "déjà fait : ")[language] + describe(action, arguments)))
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
            if recorded[index] != nil { rerunning = true }
            do {
                if action == .numbersAssign || action == .usersNotify, !dryRun,
                    let selector = UserSelector(parsing: arguments["users"] ?? (action == .numbersAssign ? "voice" : "all"))
                {
                    if action == .numbersAssign, let missing = try missingNumbers(for: selector) { return .refused(missing) }
                    let before = action == .numbersAssign ? try engine.pendingUsers(for: action, selector: selector) : []
                    if try !bulk(action, arguments, selector: selector) { return .interrupted }
                    if action == .numbersAssign { showAssignments(before, of: step) }
                    if action == .usersNotify { receipt.record(BilingualText("users notified", "utilisateurs prévenus")[language], for: step.title) }
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
                    let said = outcome.summary.text(in: language)
                    io.say(theme.good("✓ ") + said)
                    if outcome.changed { receipt.record(said, for: step.title) }
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
                    // the expired reservation is closed, so that the step's checks see nothing left open
                    if let reservation { _ = try? engine.perform(.numbersRelease, arguments: ["reservation": reservation]) }
                    index = search
                    reservation = nil
                    continue
                }
                return .refused(refusal.message(in: language))
            } catch let store as TenantStoreError {
                return .unusable(store.message(in: language))
            } catch {
                return .refused("\(error)")
            }
        }
        return .done
    }

    /// Before a bulk assignment, a read-only look at the supply: the numbers missing, at once,
    /// rather than a start and a refusal partway.
    func missingNumbers(for selector: UserSelector) throws -> String? {
        let supply = try engine.numberSupply(for: selector)
        guard supply.free < supply.needed else { return nil }
        let missing = supply.needed - supply.free
        return BilingualText(
            "\(Words.count(missing, "number", "numbers", language: .english)) missing: \(Words.count(supply.needed, "user waits", "users wait", language: .english)) for a number and \(Words.count(supply.free, "free number is", "free numbers are", language: .english)) acquired. Acquire more numbers (the numbers step), then run this step again; nothing was assigned.",
            "\(Words.count(missing, "numéro manquant", "numéros manquants", language: .french)) : \(Words.count(supply.needed, "utilisateur attend", "utilisateurs attendent", language: .french)) un numéro et \(Words.count(supply.free, "numéro libre est acquis", "numéros libres sont acquis", language: .french)). Acquérez d'autres numéros (étape des numéros), puis relancez cette étape ; rien n'a été attribué.")[language]
    }

    /// Which number each user got: the first ones by name, then a count; all of them go to the receipt.
    func showAssignments(_ users: [String], of step: Step) {
        guard let given = try? engine.numbers(of: users), !given.isEmpty else { return }
        receipt.assignments += given.map { WizardReceipt.Assignment(user: $0.upn, number: $0.number) }
        for (upn, number) in given.prefix(10) { io.say("    \(upn) → \(number)") }
        if given.count > 10 {
            io.say(theme.quiet("    … " + BilingualText("and \(Words.number(given.count - 10, language: .english)) more", "et \(Words.number(given.count - 10, language: .french)) de plus")[language]))
        }
        let line = BilingualText("\(Words.count(given.count, "user got a number", "users got a number", language: .english))",
                                 "\(Words.count(given.count, "utilisateur a reçu un numéro", "utilisateurs ont reçu un numéro", language: .french))")[language]
        io.say(theme.good("✓ ") + line)
        receipt.record(line, for: step.title)
    }
}
