import SetupGuide

extension Plan {
    /// The plan as the command line shows it: a step left out for want of a feature, and the
    /// calling-plan notice, name the flag that changes them (the library names no flag).
    func namingFlags() -> Plan {
        var plan = self
        for index in plan.removed.indices {
            let conditions = plan.removed[index].step.conditions
            // the Planner's own reason (no `because`), given when the connectivity applies and no feature does
            guard conditions.because == nil, let features = conditions.features, options.features.isDisjoint(with: features),
                conditions.connectivity.map({ $0.contains(options.connectivity) }) ?? true
            else { continue }
            // the sentence's full stop goes after the reason, before the flag it names
            var reason = plan.removed[index].because
            if reason.hasSuffix(".") { reason.removeLast() }
            plan.removed[index].because = reason + " (--feature)"
        }
        // the Planner puts this notice first, exactly when the plan asks for Calling Plans where none are sold
        if options.connectivity == .callingPlan, !options.country.sellsCallingPlans, let first = plan.notices.first,
            first.hasSuffix(".")
        {
            plan.notices[0] = String(first.dropLast()) + BilingualText(
                " (--connectivity operator-connect or --connectivity direct-routing).",
                " (--connectivity operator-connect ou --connectivity direct-routing).")[language]
        }
        return plan
    }
}
