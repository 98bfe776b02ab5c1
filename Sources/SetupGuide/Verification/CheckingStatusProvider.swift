public import Foundation

/// A ``StepStatusProvider`` that runs each step's checks through a ``CheckEvaluator`` and
/// combines their verdicts.
///
/// Inputs are bound as `verify` binds them (``CheckBinding``): the admin's answers when known,
/// otherwise defaults, and every choice of an unanswered choice input before a check is called
/// not done. A check that throws makes the step unknown, with why.
///
/// ```swift
/// let provider = CheckingStatusProvider(evaluator: tenant, tenantName: "Contoso", snapshotDate: Date())
/// provider.status(of: step, options: plan.options, language: .french).state  // .notDone
/// ```
public struct CheckingStatusProvider: StepStatusProvider {
    /// What runs the checks.
    public var evaluator: any CheckEvaluator
    /// The tenant's name.
    public var tenantName: String
    /// When the tenant was read.
    public var snapshotDate: Date
    /// How step inputs are bound.
    public var binding: CheckBinding

    /// Creates a provider.
    public init(evaluator: any CheckEvaluator, tenantName: String, snapshotDate: Date, binding: CheckBinding = CheckBinding()) {
        self.evaluator = evaluator
        self.tenantName = tenantName
        self.snapshotDate = snapshotDate
        self.binding = binding
    }

    /// The combined verdict of the step's checks; `unknown` when it has none.
    public func status(of step: Step, options: PlanOptions, language: Language) -> StepStatus {
        let parts = step.checks.map { call -> StepStatus in
            binding.verdict(for: call, of: step, options: options, language: language,
                            passed: { $0.state == .done }, failed: { $0.state == .notDone }) { arguments in
                do {
                    return try evaluator.evaluate(call.check, arguments: arguments, options: options, language: language)
                } catch {
                    return StepStatus(
                        .unknown,
                        detail: language.pick("\(call.check.rawValue) could not run: \(error)",
                                              "\(call.check.rawValue) n'a pas pu s'exécuter : \(error)"))
                }
            }.verdict
        }
        return StepStatus.combining(parts)
    }
}
