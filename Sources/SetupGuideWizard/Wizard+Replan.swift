internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// An answer that changes what the plan contains makes the plan again at once.
extension Wizard {
    /// After `step` is done: when its answers set the connectivity to another one than the plan
    /// was made for, makes the plan again, says which steps came in and which went out, and
    /// returns where the run goes on (the step after this one in the new plan).
    func replanIfNeeded(after step: Step, inputs: [String: String]) -> Int? {
        guard let replan else { return nil }
        let binder = StepArgumentBinder(step: step, answers: inputs, options: plan.options, language: language)
        var options = plan.options
        for call in step.actions where call.action == .tenantSetConnectivity {
            if let name = binder.bind(call.arguments)["connectivity"], let chosen = Connectivity(rawValue: name) {
                options.connectivity = chosen
            }
        }
        guard options != plan.options, let made = replan(options) else { return nil }
        let before = plan.steps.map(\.step), after = made.steps.map(\.step)
        let added = after.filter { new in !before.contains { $0.id == new.id } }
        let removed = before.filter { old in !after.contains { $0.id == old.id } }
        io.say(theme.warning(BilingualText(
            "This answer changes the plan (\(label(of: options.connectivity.rawValue))); it was made again.",
            "Cette réponse change le plan (\(label(of: options.connectivity.rawValue))) ; il a été refait.")[language]))
        for gone in removed { io.say("  − " + BilingualText("removed: ", "retirée : ")[language] + gone.title) }
        for new in added { io.say("  + " + BilingualText("added: ", "ajoutée : ")[language] + new.title) }
        if added.isEmpty && removed.isEmpty {
            io.say(theme.quiet(BilingualText("  The same steps remain.", "  Les mêmes étapes restent.")[language]))
        }
        plan = made
        guard let here = plan.steps.firstIndex(where: { $0.step.id == step.id }) else {
            return plan.steps.firstIndex { journal[$0.step.id] == nil } ?? plan.steps.count
        }
        return here + 1
    }
}
