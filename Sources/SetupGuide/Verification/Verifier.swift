internal import Dispatch

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

    /// Creates a verifier.
    public init(tenant: any CheckableTenant, source: VerificationSource, onTiming: (@Sendable (String, Double) -> Void)? = nil) {
        self.tenant = tenant
        self.source = source
        self.onTiming = onTiming
    }

    /// The report of `plan`'s checks; throws only when the tenant cannot be read.
    public func verify(_ plan: Plan) throws -> VerificationReport {
        let language = plan.language
        let context = CheckContext(country: plan.options.country.code, language: language)
        var cache: [String: CheckResult] = [:]
        var steps: [VerificationReport.StepReport] = []
        for planned in plan.steps {
            let step = planned.step
            var checks: [VerificationReport.CheckReport] = []
            for call in step.checks {
                let arguments = bind(call, of: step, plan: plan)
                let key = call.check.rawValue + "?" + arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
                let result: CheckResult
                if let cached = cache[key] {
                    result = cached
                } else {
                    let started = DispatchTime.now().uptimeNanoseconds
                    result = try tenant.evaluate(call.check, arguments: arguments, context: context)
                    onTiming?(key, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
                    cache[key] = result
                }
                checks.append(report(result, arguments: arguments, language: language))
            }
            let statuses = Set(checks.map(\.status))
            let status =
                statuses.contains(CheckResult.Status.fail.rawValue) ? "fail"
                : statuses.contains(CheckResult.Status.pass.rawValue) ? "pass" : "not-applicable"
            steps.append(.init(id: step.id, title: step.title, status: status, checks: checks))
        }
        return VerificationReport(
            source: source.reportSource, country: plan.options.country.code, connectivity: plan.options.connectivity.rawValue,
            features: plan.options.features.map(\.rawValue).sorted(), language: language, steps: steps)
    }

    /// The check's arguments with `$references` bound.
    ///
    /// Plan values (`$country`, `$connectivity`, `$lang`) are known. A step input is bound to its
    /// default, which names things such as the Calling Plan SKU or the number type; quantities
    /// bound to `min` are left out, since they are what the admin meant to buy, not what the
    /// check requires, and the check's own minimum applies.
    func bind(_ call: CheckCall, of step: Step, plan: Plan) -> [String: String] {
        var arguments: [String: String] = [:]
        for argument in call.arguments {
            switch argument.value {
            case .literal(let value):
                arguments[argument.name] = value
            case .reference(let name):
                switch name {
                case "country": arguments[argument.name] = plan.options.country.code
                case "connectivity": arguments[argument.name] = plan.options.connectivity.rawValue
                case "lang": arguments[argument.name] = plan.language.rawValue
                default:
                    guard argument.name != "min", let value = step.input(name)?.defaultValue else { continue }
                    arguments[argument.name] = value
                }
            }
        }
        return arguments
    }

    func report(_ result: CheckResult, arguments: [String: String], language: Language) -> VerificationReport.CheckReport {
        let kind = Self.subjectKind(result.check)
        return .init(
            check: result.check.rawValue, arguments: arguments, status: result.status.rawValue,
            summary: result.summary.text(in: language), done: result.done, total: result.total,
            failures: result.subjects.map { subject in
                .init(kind: subject.id.hasPrefix("+") && kind == "user" ? "number" : kind, subject: subject.id,
                      reason: subject.reason.text(in: language))
            })
    }

    /// What a check's subjects are.
    static func subjectKind(_ check: CheckName) -> String {
        switch check {
        case .licencesAssigned, .licencesPhoneSystemWithCallingPlan, .usersHaveNumbers, .usersNotified: "user"
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
