/// Runs one check against a tenant: the part a tenant engine supplies to
/// ``CheckingStatusProvider``.
public protocol CheckEvaluator: Sendable {
    /// The verdict of `check` with its parameters resolved, worded in `language`.
    func evaluate(_ check: CheckName, arguments: [String: String], options: PlanOptions, language: Language) throws
        -> StepStatus
}
