import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine
internal import SetupGuideVerification

/// Bulk actions, one user at a time, with a progress line and a clean stop on Ctrl-C.
extension Wizard {
    /// Runs a bulk action one user at a time, with progress, stopping cleanly on Ctrl-C.
    /// Returns false when interrupted.
    func bulk(_ action: ActionName, _ arguments: [String: String], selector: UserSelector) throws -> Bool {
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
}
