public import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// Tells, for each step, whether a tenant shows it done: the seam between what renders a
/// checklist and whatever reads the tenant (the rehearsal tenant, PowerShell exports, a test).
///
/// ```swift
/// struct Fake: StepStatusProvider {
///     let snapshotDate = Date()
///     let tenantName = "Contoso"
///     func status(of step: Step, options: PlanOptions, language: Language) -> StepStatus { .init(.done) }
/// }
/// ```
public protocol StepStatusProvider: Sendable {
    /// When the tenant data was read.
    var snapshotDate: Date { get }
    /// The tenant's name as the tenant gives it (not trusted: it is shown escaped).
    var tenantName: String { get }
    /// The status of `step` for a plan made with `options`, worded in `language`.
    func status(of step: Step, options: PlanOptions, language: Language) -> StepStatus
}
