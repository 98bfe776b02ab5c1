public import Foundation

/// A ``StepStatusProvider`` that runs each step's checks through a ``CheckEvaluator`` and
/// combines their verdicts.
///
/// Parameters are resolved as a plan would: literals as written, `$country`, `$connectivity`
/// and `$lang` from the plan, and `$input` from the input's default (left out when it has none,
/// so the check uses its own default). A check that throws makes the step unknown, with why.
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

    /// Creates a provider.
    public init(evaluator: any CheckEvaluator, tenantName: String, snapshotDate: Date) {
        self.evaluator = evaluator
        self.tenantName = tenantName
        self.snapshotDate = snapshotDate
    }

    /// The combined verdict of the step's checks; `unknown` when it has none.
    public func status(of step: Step, options: PlanOptions, language: Language) -> StepStatus {
        let parts = step.checks.map { call -> StepStatus in
            let arguments = Self.arguments(of: call, step: step, options: options, language: language)
            do {
                return try evaluator.evaluate(call.check, arguments: arguments, options: options, language: language)
            } catch {
                return StepStatus(
                    .unknown,
                    detail: language.pick("\(call.check.rawValue) could not run: \(error)",
                                          "\(call.check.rawValue) n'a pas pu s'exécuter : \(error)"))
            }
        }
        return StepStatus.combining(parts)
    }

    /// The call's parameters with references replaced by values.
    public static func arguments(of call: CheckCall, step: Step, options: PlanOptions, language: Language) -> [String: String] {
        var resolved: [String: String] = [:]
        for argument in call.arguments {
            switch argument.value {
            case .literal(let value):
                resolved[argument.name] = value
            case .reference("country"):
                resolved[argument.name] = options.country.code
            case .reference("connectivity"):
                resolved[argument.name] = options.connectivity.rawValue
            case .reference("lang"):
                resolved[argument.name] = language.rawValue
            case .reference(let name):
                if let value = step.input(name)?.defaultValue { resolved[argument.name] = value }
            }
        }
        return resolved
    }
}
