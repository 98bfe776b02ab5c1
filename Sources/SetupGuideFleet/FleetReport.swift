internal import Foundation
public import SetupGuideModel
public import SetupGuideVerification

/// The verification of a fleet of client tenants: one entry per client, worst first, and one
/// tally per check across the fleet. `docs/fleet.md` documents its JSON form.
///
/// ```swift
/// let report = FleetReport(clients: outcomes, language: .french)
/// print(report.clients.first?.outcome ?? .complete)
/// ```
public struct FleetReport: Sendable, Equatable, Codable {
    /// The version of the JSON schema; it changes only when a field changes meaning or goes away.
    public static let currentSchema = 1

    /// How one client came out.
    public enum Outcome: String, Sendable, Equatable, Codable, Comparable {
        case unusable
        case gaps
        case complete

        /// Worst first: unusable, then gaps, then complete.
        public static func < (lhs: Outcome, rhs: Outcome) -> Bool { lhs.rank < rhs.rank }
        private var rank: Int {
            switch self {
            case .unusable: 0
            case .gaps: 1
            case .complete: 2
            }
        }
    }

    /// One failing check of one client.
    public struct FailingCheck: Sendable, Equatable, Codable {
        /// The catalogue name, such as `numbers.have-emergency-location`.
        public var check: String
        /// The step it belongs to.
        public var step: String
        /// The gaps it counts: its subjects at fault, or 1 when it names none.
        public var gaps: Int
    }

    /// One client tenant.
    public struct Client: Sendable, Equatable, Codable {
        /// Its folder in the fleet folder.
        public var folder: String
        /// The Entra tenant id, from the manifest.
        public var tenantId: String?
        /// The tenant's display name, from the manifest.
        public var name: String?
        /// The country its plan was made for (or the one asked, when the client is unusable).
        public var country: String?
        /// Complete, gaps or unusable.
        public var outcome: Outcome
        /// Gaps found: each failing check's subjects at fault, or 1 for a check that names none.
        public var gaps: Int
        /// Why the client could not be verified, in the report's language; `nil` unless unusable.
        public var reason: String?
        /// The failing checks, in plan order.
        public var failingChecks: [FailingCheck]
        /// The client's own report; not part of the fleet's JSON (each client's report has its own).
        public var verification: VerificationReport?

        enum CodingKeys: String, CodingKey {
            case folder, tenantId, name, country, outcome, gaps, reason, failingChecks
        }

        /// The name people know the client by: the tenant's display name, else its folder.
        public var displayName: String {
            if let name, !name.trimmingCharacters(in: .whitespaces).isEmpty { return name }
            return folder
        }

        /// A verified client, its outcome and gaps read from `report`.
        public init(folder: String, report: VerificationReport) {
            self.folder = folder
            self.tenantId = report.manifest?.tenantId
            self.name = report.manifest?.tenantName
            self.country = report.country
            let failing = report.steps.flatMap { step in
                step.checks.filter { $0.status == "fail" }.map { FailingCheck(check: $0.check, step: step.id, gaps: max(1, $0.failures.count)) }
            }
            self.failingChecks = failing
            self.gaps = failing.reduce(0) { $0 + $1.gaps }
            self.outcome = report.status == .complete ? .complete : .gaps
            self.reason = nil
            self.verification = report
        }

        /// A client that could not be verified, and why.
        public init(folder: String, manifest: ExportManifest?, country: String?, reason: String) {
            self.folder = folder
            self.tenantId = manifest?.tenantId
            self.name = manifest?.tenantName
            self.country = country
            self.outcome = .unusable
            self.gaps = 0
            self.reason = reason
            self.failingChecks = []
            self.verification = nil
        }
    }

    /// One check across the fleet.
    public struct CheckTally: Sendable, Equatable, Codable {
        /// The catalogue name.
        public var check: String
        /// How many clients fail it.
        public var clients: Int
        /// Their gaps, summed.
        public var gaps: Int
        /// One line, such as "12 clients have numbers without an emergency location", in the report's language.
        public var summary: String
    }

    /// Counts over the fleet.
    public struct Totals: Sendable, Equatable, Codable {
        public var clients: Int
        public var complete: Int
        public var gaps: Int
        public var unusable: Int
    }

    /// The schema version.
    public var schema: Int
    /// `complete` when every client is, `gaps` when one has gaps, `unusable` when one could not be verified.
    public var status: Outcome
    /// The fleet folder, as given.
    public var folder: String
    /// The language of summaries and reasons (`fr` or `en`).
    public var language: String
    /// Counts.
    public var totals: Totals
    /// The clients, worst first: unusable, then most gaps, then complete; ties by name.
    public var clients: [Client]
    /// The failing checks across the fleet, most clients first.
    public var checks: [CheckTally]

    /// Orders `clients` worst first and tallies their failing checks.
    public init(folder: String, clients: [Client], language: Language) {
        self.schema = Self.currentSchema
        self.folder = folder
        self.language = language.rawValue
        self.clients = clients.sorted { a, b in
            if a.outcome != b.outcome { return a.outcome < b.outcome }
            if a.gaps != b.gaps { return a.gaps > b.gaps }
            let (x, y) = (a.displayName.lowercased(), b.displayName.lowercased())
            return x != y ? x < y : a.folder < b.folder
        }
        var byCheck: [String: (clients: Int, gaps: Int)] = [:]
        for client in clients {
            // a check listed under two steps counts its client once
            var seen: Set<String> = []
            for failing in client.failingChecks {
                let first = seen.insert(failing.check).inserted
                byCheck[failing.check, default: (0, 0)].clients += first ? 1 : 0
                byCheck[failing.check, default: (0, 0)].gaps += failing.gaps
            }
        }
        self.checks = byCheck.map { check, tally in
            CheckTally(check: check, clients: tally.clients, gaps: tally.gaps,
                       summary: FleetWords.checkLine(check, clients: tally.clients).text(in: language))
        }.sorted { $0.clients != $1.clients ? $0.clients > $1.clients : $0.check < $1.check }
        let count = { (outcome: Outcome) in clients.filter { $0.outcome == outcome }.count }
        self.totals = Totals(clients: clients.count, complete: count(.complete), gaps: count(.gaps), unusable: count(.unusable))
        self.status = totals.unusable > 0 ? .unusable : totals.gaps > 0 ? .gaps : .complete
    }
}
