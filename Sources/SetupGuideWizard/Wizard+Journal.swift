internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine
internal import SetupGuideVerification

/// What the run journal holds about steps: done steps whose guide changed, and skips.
extension Wizard {
    /// Names the done steps whose guide changed since, and at a terminal offers to redo them.
    func offerToRedoChangedSteps(_ journal: inout [String: JournalEntry]) {
        let changed = plan.steps.filter { planned in
            guard let entry = journal[planned.step.id], entry.status == .done else { return false }
            return entry.contentHash != StepFingerprint.of(planned.step)
        }
        guard !changed.isEmpty else { return }
        io.say(theme.warning(BilingualText("These completed steps changed in the guides since they were done:",
                               "Ces étapes faites ont changé dans les guides depuis :")[language]))
        for planned in changed { io.say("  - \(planned.step.title)") }
        guard canAsk else {
            io.say(theme.quiet(BilingualText("They are kept as done; run interactively to redo them.",
                                 "Elles restent faites ; lancez l'assistant en interactif pour les refaire.")[language]))
            return
        }
        guard confirm(BilingualText("Redo them? [y/N] ", "Les refaire ? [o/N] ")[language]) else { return }
        for planned in changed {
            try? engine.forget(stepID: planned.step.id)
            journal[planned.step.id] = nil
        }
    }

    /// Records the step as skipped, with the reason given.
    func skip(_ step: Step, reason: String) -> Visit {
        let entry = JournalEntry(
            stepID: step.id, contentHash: StepFingerprint.of(step), status: .skipped, note: reason, recordedAt: engine.now)
        if !dryRun { try? engine.record(entry) }
        receipt.skipped.append((step.title, reason))
        io.say(theme.quiet(BilingualText("Skipped.", "Passée.")[language]))
        return .next(entry)
    }

    /// The later steps of the plan that need `step` (directly or through another), in plan order.
    func dependents(of step: Step) -> [Step] {
        var needed: Set<String> = [step.id]
        var found: [Step] = []
        for planned in plan.steps where planned.step.requires.contains(where: { needed.contains($0.id) }) {
            needed.insert(planned.step.id)
            found.append(planned.step)
        }
        return found
    }

    /// Says at once which later steps a skipped step leaves without what they need.
    func warnAboutDependents(of step: Step) {
        let later = dependents(of: step).filter { journal[$0.id] == nil }
        guard !later.isEmpty else { return }
        let names = later.map { "« \($0.title) »" }.joined(separator: ", ")
        io.say(theme.warning(BilingualText(
            "Warning: \(later.count == 1 ? "a later step needs" : "later steps need") this one: \(names).",
            "Attention : \(later.count == 1 ? "une étape suivante a besoin" : "des étapes suivantes ont besoin") de celle-ci : \(names).")[language]))
    }
}
