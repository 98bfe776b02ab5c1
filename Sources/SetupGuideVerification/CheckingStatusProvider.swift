public import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideEngine

/// A ``StepStatusProvider`` that runs each step's checks against a tenant (the rehearsal one, or
/// one read from exports) and combines their verdicts: pass is done, fail is not done with the
/// subjects at fault, not applicable stays so.
///
/// Inputs are bound as `verify` binds them (``CheckBinding``): the admin's answers when known,
/// otherwise defaults, and every choice of an unanswered choice input before a check is called
/// not done. A check that throws makes the step unknown, with why.
///
/// ```swift
/// let provider = CheckingStatusProvider(tenant: tenant, tenantName: "Contoso", snapshotDate: Date())
/// provider.status(of: step, options: plan.options, language: .french).state  // .notDone
/// ```
public struct CheckingStatusProvider: StepStatusProvider {
    /// The tenant judged.
    public var tenant: any CheckableTenant
    /// The tenant's name.
    public var tenantName: String
    /// When the tenant was read.
    public var snapshotDate: Date
    /// How step inputs are bound.
    public var binding: CheckBinding

    /// Creates a provider.
    public init(tenant: any CheckableTenant, tenantName: String, snapshotDate: Date, binding: CheckBinding = CheckBinding()) {
        self.tenant = tenant
        self.tenantName = tenantName
        self.snapshotDate = snapshotDate
        self.binding = binding
    }

    /// The combined verdict of the step's checks; `unknown` when it has none.
    public func status(of step: Step, options: PlanOptions, language: Language) -> StepStatus {
        // manual.recorded looks for this step in the wizard's journal.
        let context = CheckContext(country: options.country.code, language: language, stepID: step.id)
        let parts = step.checks.map { call -> StepStatus in
            binding.verdict(for: call, of: step, options: options, language: language,
                            passed: { $0.state == .done }, failed: { $0.state == .notDone }) { arguments in
                do {
                    return Self.status(of: try tenant.evaluate(call.check, arguments: arguments, context: context), in: language)
                } catch {
                    return StepStatus(
                        .unknown,
                        detail: BilingualText("\(call.check.rawValue) could not run: \(error)",
                                              "\(call.check.rawValue) n'a pas pu s'exécuter : \(error)")[language])
                }
            }.verdict
        }
        var combined = StepStatus.combining(parts)
        if let note = binding.skippedNote(step.id, language: language) {
            // a step the admin skipped is not done, even where its checks happen to pass
            combined.state = .notDone
            combined.detail = [note, combined.detail].compactMap { $0 }.joined(separator: " · ")
        }
        return combined
    }

    /// A check's result worded as a step status.
    static func status(of result: CheckResult, in language: Language) -> StepStatus {
        let state: StepStatus.State =
            switch result.status {
            case .pass: .done
            case .fail: .notDone
            case .notApplicable: .notApplicable
            }
        var count: StepStatus.Count?
        if let done = result.done, let total = result.total { count = StepStatus.Count(done: done, total: total) }
        return StepStatus(
            state, detail: result.summary.text(in: language), count: count,
            findings: result.subjects.map { "\($0.id)\(BilingualText(": ", " : ")[language])\($0.reason.text(in: language))" })
    }
}
