internal import SetupGuideModel
internal import SetupGuidePlanning

/// What every check's function in `TenantFacts+Checks.swift` is judged with: the check, its
/// arguments, the organisation's country and connectivity, and the shapes of a verdict.
struct CheckVerdictContext {
    /// The check judged.
    let check: CheckName
    /// Its bound arguments.
    let input: CheckArguments
    /// The plan's country and language, and the step the check belongs to.
    let context: CheckContext
    /// The organisation's country: the plan's, else the tenant's record.
    let countryCode: String?
    /// How the organisation gets its numbers, when chosen.
    let connectivity: Connectivity?

    /// Whether the numbers come from Microsoft (Calling Plans), or nothing was chosen yet.
    var microsoftNumbers: Bool { connectivity == nil || connectivity == .callingPlan }

    /// The summary of a check about Microsoft's numbers when they do not come from Microsoft.
    var notCallingPlan: BilingualText {
        BilingualText(
            "Not applicable: numbers do not come from Microsoft with \(connectivity?.rawValue ?? "")",
            "Sans objet : les numéros ne viennent pas de Microsoft avec \(connectivity?.rawValue ?? "")")
    }

    /// A pass or a fail; the subjects at fault are kept only on a fail.
    func result(_ pass: Bool, _ summary: BilingualText, done: Int? = nil, total: Int? = nil, subjects: [CheckResult.Subject] = []) -> CheckResult {
        CheckResult(check: check, status: pass ? .pass : .fail, summary: summary, done: done, total: total, subjects: pass ? [] : subjects)
    }

    /// A check the organisation's choices make moot.
    func notApplicable(_ summary: BilingualText) -> CheckResult {
        CheckResult(check: check, status: .notApplicable, summary: summary)
    }
}
