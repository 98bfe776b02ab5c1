public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// The completeness report of one tenant against one plan: every check of every step that applies,
/// with the subjects at fault. `docs/verify-schema.md` documents its JSON form.
///
/// ```swift
/// let report = try Verifier(engine: tenant, source: .tenant(path: "tenant.sqlite")).verify(plan)
/// exit(report.status == .complete ? 0 : 1)
/// ```
public struct VerificationReport: Sendable, Equatable, Codable {
    /// The version of the JSON schema; it changes only when a field changes meaning or goes away.
    public static let currentSchema = 1

    /// Complete, or gaps found.
    public enum Status: String, Sendable, Equatable, Codable {
        case complete
        case gaps
    }

    /// What was verified.
    public struct Source: Sendable, Equatable, Codable {
        /// `tenant` (the embedded rehearsal tenant) or `exports` (a folder of PowerShell exports).
        public var kind: String
        /// The tenant file or export folder, as given.
        public var path: String
        /// For exports, the file read for each cmdlet.
        public var files: [String: String]?

        /// Creates a source.
        public init(kind: String, path: String, files: [String: String]? = nil) {
            self.kind = kind
            self.path = path
            self.files = files
        }
    }

    /// Counts over the whole report.
    public struct Totals: Sendable, Equatable, Codable {
        public var checks: Int
        public var passed: Int
        public var failed: Int
        public var notApplicable: Int
        /// Failing subjects, summed over the failing checks.
        public var failures: Int
    }

    /// One subject at fault.
    public struct Failure: Sendable, Equatable, Codable {
        /// `user` (a UPN), `number` (E.164), `address` (CivicAddressId), `reservation`,
        /// `resource-account` (a UPN), `number-kind` (a quota), `country`, or `other`.
        public var kind: String
        /// The UPN, number or id.
        public var subject: String
        /// Why it fails, in the report's language.
        public var reason: String
        /// For a number: who holds it, by UPN (findings name people, not only GUIDs and numbers).
        public var holder: String?
        /// The holder's or the user's display name, when the tenant gives it.
        public var displayName: String?
        /// For an address: its description and street, as the admin wrote them.
        public var address: String?
        /// For an address: the users and numbers that depend on it, sorted.
        public var dependents: [String]?
        /// How to close this gap; `nil` when the check has no fix to offer.
        public var fix: Fix?

        /// Creates a failure; the naming and fix fields are filled by `Verifier` when the
        /// tenant can describe its subjects.
        public init(
            kind: String, subject: String, reason: String, holder: String? = nil, displayName: String? = nil,
            address: String? = nil, dependents: [String]? = nil, fix: Fix? = nil
        ) {
            self.kind = kind
            self.subject = subject
            self.reason = reason
            self.holder = holder
            self.displayName = displayName
            self.address = address
            self.dependents = dependents
            self.fix = fix
        }
    }

    /// How to close one gap: a PowerShell line for its subject, or what a person must do.
    public struct Fix: Sendable, Equatable, Codable {
        /// The guide step to follow (its id; the HTML report links it).
        public var step: String
        /// One PowerShell line that closes the gap, values quoted; `nil` when a person must act.
        public var command: String?
        /// A PowerShell condition that is true once the gap is closed, so a re-run skips it.
        public var doneWhen: String?
        /// What a person must do, in the report's language, when no command can.
        public var todo: String?

        /// Creates a fix.
        public init(step: String, command: String? = nil, doneWhen: String? = nil, todo: String? = nil) {
            self.step = step
            self.command = command
            self.doneWhen = doneWhen
            self.todo = todo
        }
    }

    /// One check of one step.
    public struct CheckReport: Sendable, Equatable, Codable {
        /// The catalogue name, such as `users.have-numbers`.
        public var check: String
        /// The arguments the check ran with.
        public var arguments: [String: String]
        /// `pass`, `fail` or `not-applicable`.
        public var status: String
        /// One line, such as "212 / 230 users have a number".
        public var summary: String
        /// Items done, when the check counts.
        public var done: Int?
        /// Items expected, when the check counts.
        public var total: Int?
        /// The subjects at fault (empty unless `status` is `fail`).
        public var failures: [Failure]
        /// For a failing check without subjects (licences bought, numbers acquired): how to fix it.
        public var fix: Fix?
    }

    /// One step of the plan and its checks.
    public struct StepReport: Sendable, Equatable, Codable {
        /// The step id.
        public var id: String
        /// The step's heading.
        public var title: String
        /// `pass` when no check fails, else `fail`; `not-applicable` when no check applies.
        public var status: String
        /// The checks, as the guide lists them.
        public var checks: [CheckReport]
    }

    /// A warning or note about the exports read (``ExportNote``), which never stops the report.
    public struct Warning: Sendable, Equatable, Codable {
        /// `warning` (a fact may be missing or misread) or `note`.
        public var severity: String
        /// The identifier, such as `unknown-value` or `cut-export`.
        public var kind: String
        /// The file, as the user named it.
        public var file: String
        /// 1-based line of the first record concerned.
        public var line: Int?
        /// The field (JSON property or CSV column) concerned.
        public var field: String?
        /// What was seen and how it was read, in the report's language.
        public var message: String
    }

    /// Users the exports list but no check judges, counted apart by reason.
    public struct LeftOut: Sendable, Equatable, Codable {
        /// `soft-deleted`, `guest` or `disabled`.
        public var reason: String
        /// How many.
        public var count: Int
        /// Why they are left out, in the report's language.
        public var why: String
        /// Their UPNs, the first ``VerificationReport/leftOutListed`` of them.
        public var users: [String]
    }

    /// The schema version.
    public var schema: Int
    /// Complete or gaps.
    public var status: Status
    /// What was verified.
    public var source: Source
    /// The organisation's country (ISO code).
    public var country: String
    /// The PSTN connectivity.
    public var connectivity: String
    /// The features chosen.
    public var features: [String]
    /// The language of titles, summaries and reasons (`fr` or `en`).
    public var language: String
    /// Counts.
    public var totals: Totals
    /// The steps of the plan, in plan order.
    public var steps: [StepReport]
    /// Warnings and notes about the exports; absent when there are none.
    public var warnings: [Warning]?
    /// Users left out of every check, by reason; absent when there are none.
    public var leftOut: [LeftOut]?
    /// The manifest `setup-guide export collect` wrote beside the exports; absent without one.
    public var manifest: ExportManifest?

    /// Creates a report; status and totals are worked out from the steps.
    public init(source: Source, country: String, connectivity: String, features: [String], language: Language, steps: [StepReport]) {
        let checks = steps.flatMap(\.checks)
        let failed = checks.filter { $0.status == CheckResult.Status.fail.rawValue }
        self.schema = Self.currentSchema
        self.source = source
        self.country = country
        self.connectivity = connectivity
        self.features = features
        self.language = language.rawValue
        self.steps = steps
        self.totals = Totals(
            checks: checks.count, passed: checks.filter { $0.status == CheckResult.Status.pass.rawValue }.count,
            failed: failed.count, notApplicable: checks.filter { $0.status == CheckResult.Status.notApplicable.rawValue }.count,
            failures: failed.reduce(0) { $0 + $1.failures.count })
        self.status = failed.isEmpty ? .complete : .gaps
    }
}
