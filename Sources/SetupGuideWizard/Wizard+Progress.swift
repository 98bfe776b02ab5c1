import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine
internal import SetupGuideVerification

/// Bulk actions, a batch of users at a time, with a progress line and a clean stop on Ctrl-C.
extension Wizard {
    /// Users per engine call of a bulk action: a twentieth of the work, so that the progress
    /// line moves and Ctrl-C stops promptly, and at most 500, so that one transaction stays
    /// short; enough that 10,000 users take 20 transactions, not 10,000.
    static func bulkBatchSize(total: Int) -> Int { min(500, max(1, total / 20)) }

    /// Runs a bulk action in batches of users, with progress, stopping cleanly on Ctrl-C.
    /// Returns false when interrupted.
    func bulk(_ action: ActionName, _ arguments: [String: String], selector: UserSelector) throws -> Bool {
        let users = try engine.pendingUsers(for: action, selector: selector)
        let total = users.count
        let label = action == .numbersAssign ? BilingualText("Assigning numbers", "Attribution des numéros")[language] : BilingualText("Notifying users", "Envoi des courriels")[language]
        guard total > 0 else {
            io.say(theme.quiet("✓ " + BilingualText("nothing left to do: ", "plus rien à faire : ")[language] + describe(action, arguments)))
            return true
        }
        io.setInterruptible(true)
        defer { io.setInterruptible(false) }
        let start = Date()
        // Batches of users, each in one transaction of the engine that also holds its record
        // (the number's holder, the mail's intent and `notifiedAt`): a kill loses or repeats
        // no user, and 10,000 users take 20 transactions, not 10,000.
        var offset = 0
        while offset < total {
            if io.interruptRequested {
                io.finishProgress()
                io.say(theme.warning(BilingualText("Stopped after \(offset) of \(total); run again to continue with the rest.",
                                       "Arrêt après \(offset) sur \(total) ; relancez pour continuer avec les autres.")[language]))
                return false
            }
            let batch = users[offset..<min(total, offset + Self.bulkBatchSize(total: total))]
            var some = arguments
            some["users"] = batch.joined(separator: ",")
            _ = try engine.perform(action, arguments: some)
            offset += batch.count
            let elapsed = Date().timeIntervalSince(start)
            let remaining = elapsed / Double(offset) * Double(total - offset)
            io.progress(done: offset, total: total, label: label, remaining: remaining)
        }
        io.finishProgress()
        io.say(theme.good("✓ ") + label + Words.colon(language) + Words.count(total, language == .french ? "fait" : "done", language == .french ? "faits" : "done", language: language))
        return true
    }
}
