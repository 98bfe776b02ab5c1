public import Foundation

/// Where verification runs, manual-step records and notes are kept: a local SQLite file for one
/// technician, a PostgreSQL database for a team (`docs/store.md`).
///
/// Every write is one transaction. Records are never overwritten: a run is added beside the
/// others, and a manual-step record or a note changes by adding a new version, refused with
/// ``StoreError/conflict(_:)`` when the caller read an older version than the store holds.
///
/// ```swift
/// let store = try await StoreLocation.resolve(flag: nil).open()
/// try await store.record(run)
/// let drift = try await store.drift(since: .last)
/// ```
package protocol VerificationStore: Sendable {
    /// Adds a whole fleet run, its clients and their findings, in one transaction.
    func record(_ run: StoredFleetRun) async throws(StoreError)

    /// The runs of one client (its tenant id or name), or of every client when `client` is nil,
    /// newest first, at most `limit` of them.
    func runs(client: String?, limit: Int) async throws(StoreError) -> [ClientRunRecord]

    /// One client's whole record in one run, with its manifest and report; nil when there is none.
    func clientRun(runID: String, client: String) async throws(StoreError) -> StoredClientRun?

    /// What changed for each client between `since` and `until` (by default, since each client's
    /// previous record, up to the newest run).
    func drift(since: RunSelector, until: RunSelector) async throws(StoreError) -> FleetDrift

    /// Records that a person did a step by hand for a client. `expectedVersion` is the version
    /// the caller last saw for that client and step (0 when it saw none); a store holding
    /// another version refuses the change.
    func recordManualStep(
        client: String, step: String, who: String, when: Date, note: String, expectedVersion: Int
    ) async throws(StoreError) -> ManualStepRecord

    /// The current manual-step record of each step of a client (or of every client), oldest step first.
    func manualSteps(client: String?) async throws(StoreError) -> [ManualStepRecord]

    /// Every version of one manual-step record, oldest first.
    func manualStepHistory(client: String, step: String) async throws(StoreError) -> [ManualStepRecord]

    /// Adds a note about a client; a new note never conflicts.
    func addNote(client: String, author: String, text: String, at: Date) async throws(StoreError) -> NoteRecord

    /// Changes a note; refused when the store holds another version than `expectedVersion`.
    func editNote(id: String, author: String, text: String, at: Date, expectedVersion: Int) async throws(StoreError) -> NoteRecord

    /// The current version of each note about a client (or about every client), oldest first.
    func notes(client: String?) async throws(StoreError) -> [NoteRecord]

    /// Closes the store's connection; further calls fail.
    func close() async
}

extension VerificationStore {
    /// What changed since `since`, up to the newest run.
    package func drift(since: RunSelector) async throws(StoreError) -> FleetDrift {
        try await drift(since: since, until: .latest)
    }
}

/// A finding's identity across runs: the check and the subject at fault.
///
/// Both are normalised when the key is made (Unicode NFC, trimmed, inner white space folded to
/// one space, lower case), so a UPN written `Alice@Contoso.com ` one month and
/// `alice@contoso.com` the next is the same finding. Display names are never part of it.
package struct FindingKey: Sendable, Hashable, Comparable, Codable {
    /// The catalogue name of the check, such as `users.have-numbers`.
    package let check: String
    /// The UPN, number or id at fault; empty for a check that fails without subjects.
    package let subject: String

    /// Makes a key, normalising both parts.
    package init(check: String, subject: String) {
        self.check = Self.normalised(check)
        self.subject = Self.normalised(subject)
    }

    /// A key from parts the store already holds normalised (no work repeated on read).
    init(stored check: String, subject: String) {
        self.check = check
        self.subject = subject
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(check: try container.decode(String.self, forKey: .check), subject: try container.decode(String.self, forKey: .subject))
    }

    package static func < (lhs: FindingKey, rhs: FindingKey) -> Bool {
        (lhs.check, lhs.subject) < (rhs.check, rhs.subject)
    }

    /// NFC, trimmed, runs of white space (no-break spaces included) as one space, lower case.
    package static func normalised(_ text: String) -> String {
        // Most subjects (UPNs, numbers, ids) are already plain lower-case ASCII without spaces.
        if text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !(0x41...0x5A).contains($0) }) { return text }
        let folded = text.precomposedStringWithCanonicalMapping
            .split(whereSeparator: { $0.isWhitespace })
            .joined(separator: " ")
        return folded.lowercased()
    }
}

/// One client's verification in one run.
package struct StoredClientRun: Sendable, Equatable {
    /// How the client's verification ended.
    package enum Outcome: Sendable, Equatable, Codable {
        /// Every check passed.
        case complete
        /// This many checks failed.
        case gaps(Int)
        /// The folder could not be verified; the reason, in the run's language.
        case unusable(reason: String)
    }

    /// The Entra tenant id from the manifest (else a stable name the fleet gives the folder);
    /// the client's identity across runs, compared without case.
    package var tenantID: String
    /// The client's name as this run shows it; never part of its identity.
    package var clientName: String
    /// When this client's verification finished.
    package var recordedAt: Date
    /// The manifest of `export collect`, as JSON; nil without one.
    package var manifestJSON: String?
    /// The verification report, as JSON (`docs/verify-schema.md`); nil when unusable.
    package var reportJSON: String?
    /// Complete, gaps or unusable.
    package var outcome: Outcome
    /// Every finding; duplicates count once.
    package var findings: [FindingKey]

    /// Creates a client run.
    package init(
        tenantID: String, clientName: String, recordedAt: Date, manifestJSON: String?, reportJSON: String?,
        outcome: Outcome, findings: [FindingKey]
    ) {
        self.tenantID = tenantID
        self.clientName = clientName
        self.recordedAt = recordedAt
        self.manifestJSON = manifestJSON
        self.reportJSON = reportJSON
        self.outcome = outcome
        self.findings = findings
    }

    /// The tenant id as the store compares it: trimmed, lower case.
    package var clientKey: String { FindingKey.normalised(tenantID) }
}

/// One `fleet verify` run: its id, when it started, and every client it verified.
package struct StoredFleetRun: Sendable, Equatable {
    /// A unique id (a UUID by default).
    package var runID: String
    /// When the run started.
    package var startedAt: Date
    /// Who ran it (the login name), shown in the history.
    package var recordedBy: String
    /// Every client of the run, unusable ones included.
    package var clients: [StoredClientRun]

    /// Creates a run.
    package init(runID: String = UUID().uuidString.lowercased(), startedAt: Date, recordedBy: String = StoreUser.current, clients: [StoredClientRun]) {
        self.runID = runID
        self.startedAt = startedAt
        self.recordedBy = recordedBy
        self.clients = clients
    }
}

/// A run to compare against.
package enum RunSelector: Sendable, Equatable, CustomStringConvertible {
    /// For each client, its record before the run compared (`LAST`).
    case last
    /// The newest run (only as the end of a comparison).
    case latest
    /// The run with this id.
    case run(String)
    /// The newest run that started at or before this time.
    case at(Date)

    /// `LAST`, `LATEST`, a run id, or a date (`2026-11-30`) or time (`2026-11-30T08:00:00Z`); nil when empty.
    package static func parse(_ text: String) -> RunSelector? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        switch trimmed.uppercased() {
        case "LAST", "PREVIOUS": return .last
        case "LATEST": return .latest
        default: break
        }
        let time = ISO8601DateFormatter()
        if let date = time.date(from: trimmed) { return .at(date) }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        if let date = day.date(from: trimmed) { return .at(date.addingTimeInterval(86_400 - 0.001)) }
        return .run(trimmed)
    }

    package var description: String {
        switch self {
        case .last: "LAST"
        case .latest: "LATEST"
        case .run(let id): id
        case .at(let date): ISO8601DateFormatter().string(from: date)
        }
    }
}

/// One client's record in one run, as the history lists it (no documents).
package struct ClientRunRecord: Sendable, Equatable, Codable {
    package var runID: String
    package var startedAt: Date
    package var recordedBy: String
    package var tenantID: String
    package var clientName: String
    package var recordedAt: Date
    package var outcome: StoredClientRun.Outcome
    /// How many distinct findings were stored.
    package var findingCount: Int
}

/// What a comparison was made against, for one client.
package enum DriftBaseline: Sendable, Equatable, Codable {
    /// Compared with this run; `skippedUnreadable` later runs could not read the client and were passed over.
    case compared(runID: String, startedAt: Date, skippedUnreadable: Int)
    /// The client has no earlier readable record: nothing to compare.
    case firstRecord
    /// The client could not be read in the run compared: its earlier findings are not known to be closed.
    case unreadableNow(reason: String)
    /// The client is not in the run compared at all (its folder was not given): nothing is read as closed.
    case notInRun(lastSeen: Date)
}

/// What changed for one client.
package struct ClientDrift: Sendable, Equatable, Codable {
    package var tenantID: String
    package var clientName: String
    /// What the comparison was made against.
    package var baseline: DriftBaseline
    /// The client's outcome in the run compared; nil when it is not in it.
    package var outcome: StoredClientRun.Outcome?
    /// Findings now that were not there before, sorted.
    package var appeared: [FindingKey]
    /// Findings before that are no longer there, sorted; never filled from an unreadable folder.
    package var closed: [FindingKey]
    /// Gaps before, complete now.
    package var newlyComplete: Bool

    /// Whether anything changed.
    package var changed: Bool { !appeared.isEmpty || !closed.isEmpty || newlyComplete }
}

/// The drift of a whole fleet between two runs.
package struct FleetDrift: Sendable, Equatable, Codable {
    /// The run compared (the newer one).
    package var runID: String
    package var startedAt: Date
    /// What `since` was.
    package var since: String
    /// Every client of the run compared, then those missing from it, worst change first.
    package var clients: [ClientDrift]
}

/// A manual step one person did for one client: one version of its record.
package struct ManualStepRecord: Sendable, Equatable, Codable {
    package var tenantID: String
    package var step: String
    /// 1 for the first record; each change adds one.
    package var version: Int
    package var who: String
    package var when: Date
    package var note: String
    /// When the store took this version.
    package var recordedAt: Date
}

/// A note about a client: one version of it.
package struct NoteRecord: Sendable, Equatable, Codable {
    package var id: String
    package var tenantID: String
    package var version: Int
    package var author: String
    package var writtenAt: Date
    package var text: String
}

/// The login name of the person running the tool, for `recordedBy` and `who`.
package enum StoreUser {
    /// `USER`, else `LOGNAME`, else the process's user name.
    package static var current: String {
        let environment = ProcessInfo.processInfo.environment
        for key in ["USER", "LOGNAME"] { if let value = environment[key], !value.isEmpty { return value } }
        return ProcessInfo.processInfo.userName
    }
}
