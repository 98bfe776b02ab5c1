internal import Dispatch
public import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideEngine

/// Runs every check of every step of a plan against a tenant and gathers a completeness report.
///
/// The checks are the guide steps' own (`<!-- step … checks: -->`), with one definition each,
/// whether the tenant is the embedded one (`RehearsalTenant`) or one read from exports
/// (`ExportedTenant`).
///
/// ```swift
/// let report = try Verifier(tenant: tenant, source: .tenant(path: path)).verify(plan)
/// ```
public struct Verifier {
    /// The tenant judged.
    public let tenant: any CheckableTenant
    /// Where its facts come from.
    public let source: VerificationSource
    /// Told how long each check took, for the benchmark's breakdown.
    public var onTiming: (@Sendable (String, Double) -> Void)?

    /// How step inputs are bound: the admin's answers, when known.
    public var binding: CheckBinding

    /// Creates a verifier.
    public init(
        tenant: any CheckableTenant, source: VerificationSource, binding: CheckBinding = CheckBinding(),
        onTiming: (@Sendable (String, Double) -> Void)? = nil
    ) {
        self.tenant = tenant
        self.source = source
        self.binding = binding
        self.onTiming = onTiming
    }

    /// The report of `plan`'s checks; throws only when the tenant cannot be read.
    public func verify(_ plan: Plan) throws -> VerificationReport {
        let language = plan.language
        var cache: [String: CheckResult] = [:]
        var judged: [(step: Step, results: [(CheckResult, [String: String])])] = []
        for planned in plan.steps {
            let step = planned.step
            // manual.recorded looks for this step in the wizard's journal.
            let context = CheckContext(country: plan.options.country.code, language: language, stepID: step.id)
            var results: [(CheckResult, [String: String])] = []
            for call in step.checks {
                results.append(try binding.verdict(
                    for: call, of: step, options: plan.options, language: language,
                    passed: { $0.status == .pass }, failed: { $0.status == .fail }
                ) { (arguments: [String: String]) -> CheckResult in
                    let key = Self.cacheKey(call.check, arguments, step: step.id)
                    if let cached = cache[key] { return cached }
                    let started = DispatchTime.now().uptimeNanoseconds
                    let result = try Self.judged(call.check) { try tenant.evaluate(call.check, arguments: arguments, context: context) }
                    onTiming?(key, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
                    cache[key] = result
                    return result
                })
            }
            judged.append((step, results))
        }
        // Findings name their subjects and say how to fix them, where the tenant can describe
        // them; the lookups cover only the subjects found at fault, not the whole tenant.
        let subjects = Set(judged.flatMap { $0.results.flatMap { $0.0.subjects.map(\.id) } })
        let directory = (tenant as? any FindingDescribing)?.findingDirectory(for: subjects) ?? FindingDirectory()
        let advisor = FixAdvisor(directory: directory, language: language)
        let steps: [VerificationReport.StepReport] = judged.map { step, results in
            var checks = results.map { result, arguments in
                report(result, arguments: arguments, language: language, step: step.id,
                       country: plan.options.country.code, advisor: advisor)
            }
            if let note = binding.skippedNote(step.id, language: language) {
                // the wizard's journal says the admin skipped it: not done, whatever the other checks say
                checks.append(.init(check: "wizard.step-done", arguments: [:], status: CheckResult.Status.fail.rawValue,
                                    summary: note, failures: [], fix: nil))
            }
            let statuses = Set(checks.map(\.status))
            let status =
                statuses.contains(CheckResult.Status.fail.rawValue) ? "fail"
                : statuses.contains(CheckResult.Status.pass.rawValue) ? "pass" : "not-applicable"
            return .init(id: step.id, title: step.title, status: status, checks: checks)
        }
        return VerificationReport(
            source: source.reportSource, country: plan.options.country.code, connectivity: plan.options.connectivity.rawValue,
            features: plan.options.features.map(\.rawValue).sorted(), language: language, steps: steps)
    }

    /// What identifies a check's result: its name and arguments, and for manual.recorded (which
    /// looks for its own step in the journal) the step.
    static func cacheKey(_ check: CheckName, _ arguments: [String: String], step: String) -> String {
        let pairs = arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return check.rawValue + "?" + pairs.joined(separator: "&") + (check == .manualRecorded ? "#" + step : "")
    }

    /// The check's result; a check the tenant refuses to evaluate (a named user it does not
    /// have) fails with the refusal's words, rather than stopping the whole report.
    static func judged(_ check: CheckName, _ evaluate: () throws -> CheckResult) throws -> CheckResult {
        do {
            return try evaluate()
        } catch let refusal as EngineRefusal {
            return CheckResult(
                check: check, status: .fail, summary: .init(refusal.message(in: .english), refusal.message(in: .french)),
                subjects: refusal.kind == .notFound ? refusal.subjects.map { .init($0, .init("not in the tenant", "absent du client")) } : [])
        }
    }

    func report(
        _ result: CheckResult, arguments: [String: String], language: Language, step: String = "", country: String = "",
        advisor: FixAdvisor? = nil
    ) -> VerificationReport.CheckReport {
        let kind = Self.subjectKind(result.check)
        let directory = advisor?.directory
        let summary = result.summary.text(in: language)
        return .init(
            check: result.check.rawValue, arguments: arguments, status: result.status.rawValue,
            summary: summary, done: result.done, total: result.total,
            failures: result.subjects.map { subject in
                let subjectKind = subject.id.hasPrefix("+") && kind == "user" ? "number" : kind
                var failure = VerificationReport.Failure(kind: subjectKind, subject: subject.id, reason: subject.reason.text(in: language))
                switch subjectKind {
                case "number":
                    let holder = directory?.holders[subject.id]
                    failure.holder = holder?.upn
                    failure.displayName = holder?.displayName
                case "user", "resource-account":
                    failure.displayName = directory?.name(of: subject.id)
                case "address":
                    let address = directory?.addresses[subject.id]
                    failure.address = address?.text
                    failure.dependents = address?.dependents
                default:
                    break
                }
                failure.fix = advisor?.fix(result.check, arguments: arguments, subject: subject.id, step: step, country: country)
                return failure
            },
            fix: result.status == .fail && result.subjects.isEmpty
                ? advisor?.fix(result.check, arguments: arguments, summary: summary, step: step) : nil)
    }

    /// What a check's subjects are.
    static func subjectKind(_ check: CheckName) -> String {
        switch check {
        case .licencesAssigned, .licencesPhoneSystemWithCallingPlan, .usersHaveNumbers, .usersNotified, .usersImported: "user"
        case .numbersHaveEmergencyLocation, .numbersCountryMatchesUser, .creditsCoverTollFree: "number"
        case .addressesValidated: "address"
        case .reservationsNonePending: "reservation"
        case .numbersWithinQuota: "number-kind"
        case .resourceAccountsLicensed, .callQueuesHaveNumbers, .autoAttendantsHaveNumbers: "resource-account"
        case .countryCallingPlansOffered: "country"
        default: "other"
        }
    }
}
