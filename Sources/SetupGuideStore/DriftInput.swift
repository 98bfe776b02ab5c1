internal import Foundation

/// The comparison itself, on values the store has read: kept apart from SQL so the rules are
/// the same on both backends and tested on their own.
///
/// The rules, each against a way other tools report false drift:
/// - findings are sets of normalised keys (``FindingKey``): order, duplicates, case, white space
///   and display names never count as change;
/// - a client is known by its tenant id, never by its name;
/// - the baseline is the client's newest *readable* record: an unusable folder has no findings
///   to compare, so it never closes a gap, and the next readable run is compared with the last
///   readable one before it;
/// - a client missing from the run compared keeps its gaps open: it is listed as not in the run.
struct DriftInput {
    struct Record {
        var tenantID: String
        var clientName: String
        var outcome: StoredClientRun.Outcome
        var findings: Set<FindingKey> = []
    }

    struct Baseline {
        var record: Record
        var runID: String
        var startedAt: Date
        /// (started_at, seq), to count the unreadable records after it.
        var order: (Int64, Int64)
    }

    /// Each client of the run compared.
    var now: [String: Record]
    /// Each client's newest readable record before it.
    var before: [String: Baseline]
    /// For each client, the (started_at, seq) of its unreadable records before the run compared.
    var unreadableBefore: [String: [(Int64, Int64)]]
    /// The clients of the run compared against (the previous run, or `since`).
    var previousRun: [(tenantID: String, clientName: String, seen: Date)]

    func drift() -> [ClientDrift] {
        var result: [ClientDrift] = []
        for (key, record) in now {
            if case .unusable(let reason) = record.outcome {
                result.append(ClientDrift(
                    tenantID: key, clientName: record.clientName, baseline: .unreadableNow(reason: reason), outcome: record.outcome,
                    appeared: [], closed: [], newlyComplete: false))
                continue
            }
            guard let base = before[key] else {
                result.append(ClientDrift(
                    tenantID: key, clientName: record.clientName, baseline: .firstRecord, outcome: record.outcome,
                    appeared: [], closed: [], newlyComplete: false))
                continue
            }
            let skipped = (unreadableBefore[key] ?? []).filter { $0 > base.order }.count
            let wasComplete = base.record.outcome == .complete
            result.append(ClientDrift(
                tenantID: key, clientName: record.clientName,
                baseline: .compared(runID: base.runID, startedAt: base.startedAt, skippedUnreadable: skipped), outcome: record.outcome,
                appeared: record.findings.subtracting(base.record.findings).sorted(),
                closed: base.record.findings.subtracting(record.findings).sorted(),
                newlyComplete: record.outcome == .complete && !wasComplete))
        }
        var listed = Set(now.keys)
        for previous in previousRun where !listed.contains(previous.tenantID) {
            listed.insert(previous.tenantID)
            result.append(ClientDrift(
                tenantID: previous.tenantID, clientName: previous.clientName, baseline: .notInRun(lastSeen: previous.seen), outcome: nil,
                appeared: [], closed: [], newlyComplete: false))
        }
        return result.sorted { lhs, rhs in
            let (left, right) = (Self.rank(lhs), Self.rank(rhs))
            if left != right { return left < right }
            if lhs.clientName != rhs.clientName { return lhs.clientName < rhs.clientName }
            return lhs.tenantID < rhs.tenantID
        }
    }

    /// Worst first: new gaps, unreadable now, missing, closed gaps, newly complete, first records, unchanged.
    private static func rank(_ drift: ClientDrift) -> Int {
        if !drift.appeared.isEmpty { return 0 }
        switch drift.baseline {
        case .unreadableNow: return 1
        case .notInRun: return 2
        case .firstRecord: return 5
        case .compared: break
        }
        if !drift.closed.isEmpty { return 3 }
        if drift.newlyComplete { return 4 }
        return 6
    }
}
