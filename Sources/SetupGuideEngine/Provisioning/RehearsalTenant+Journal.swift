public import Foundation
internal import GRDB
public import SetupGuideModel
internal import SetupGuidePlanning

/// The wizard's run journal lives in the tenant's own database, so that an action and the
/// record of it can never belong to two different tenants.
extension RehearsalTenant: RunJournal {
    static func registerJournalMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("journal-v1") { db in
            try db.execute(sql: """
                CREATE TABLE runSteps (
                    stepId TEXT PRIMARY KEY NOT NULL,
                    contentHash TEXT NOT NULL,
                    status TEXT NOT NULL,
                    inputs TEXT NOT NULL,
                    who TEXT,
                    happenedOn TEXT,
                    note TEXT,
                    recordedAt REAL NOT NULL
                );
                CREATE TABLE runActions (
                    stepId TEXT NOT NULL,
                    actionIndex INTEGER NOT NULL,
                    arguments TEXT NOT NULL,
                    outputValues TEXT NOT NULL,
                    PRIMARY KEY (stepId, actionIndex)
                );
                """)
        }
    }

    public func entries() throws -> [JournalEntry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM runSteps ORDER BY recordedAt, stepId").map { row in
                JournalEntry(
                    stepID: row["stepId"], contentHash: row["contentHash"],
                    status: JournalEntry.Status(rawValue: row["status"]) ?? .done,
                    inputs: Self.decodeMap(row["inputs"]), who: row["who"], when: row["happenedOn"], note: row["note"],
                    recordedAt: Date(timeIntervalSince1970: row["recordedAt"]))
            }
        }
    }

    public func record(_ entry: JournalEntry) throws {
        try write { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO runSteps (stepId, contentHash, status, inputs, who, happenedOn, note, recordedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    entry.stepID, entry.contentHash, entry.status.rawValue, Self.encodeMap(entry.inputs), entry.who,
                    entry.when, entry.note, entry.recordedAt.timeIntervalSince1970,
                ])
            try db.execute(sql: "DELETE FROM runActions WHERE stepId = ?", arguments: [entry.stepID])
        }
    }

    public func forget(stepID: String) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM runSteps WHERE stepId = ?", arguments: [stepID])
            try db.execute(sql: "DELETE FROM runActions WHERE stepId = ?", arguments: [stepID])
        }
    }

    public func actions(of stepID: String) throws -> [JournalAction] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM runActions WHERE stepId = ? ORDER BY actionIndex", arguments: [stepID])
                .map { row in
                    JournalAction(
                        stepID: row["stepId"], index: row["actionIndex"], arguments: Self.decodeMap(row["arguments"]),
                        values: Self.decodeMap(row["outputValues"]))
                }
        }
    }

    public func record(_ action: JournalAction) throws {
        try write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO runActions (stepId, actionIndex, arguments, outputValues) VALUES (?, ?, ?, ?)",
                arguments: [action.stepID, action.index, Self.encodeMap(action.arguments), Self.encodeMap(action.values)])
        }
    }

    /// The users a bulk action still has to deal with, one by one, so that the wizard can show
    /// progress and stop between two of them.
    public func pendingUsers(for action: ActionName, selector: UserSelector) throws -> [String] {
        try read { db in
            let chosen = try selectUsers(selector, what: BilingualText("users", "utilisateurs"), db).map(\.upn)
            let done: Set<String>
            switch action {
            case .numbersAssign:
                done = Set(try String.fetchAll(db, sql: "SELECT lower(assignedTo) FROM numbers WHERE assignedTo IS NOT NULL"))
            case .usersNotify:
                done = Set(try String.fetchAll(db, sql: "SELECT lower(upn) FROM users WHERE notifiedAt IS NOT NULL"))
            default:
                done = []
            }
            return chosen.filter { !done.contains($0.lowercased()) }
        }
    }

    /// The expiry of an open reservation, for the countdown.
    public func reservationExpiry(_ id: String) throws -> Date? {
        try read { db in
            try Double.fetchOne(db, sql: "SELECT expiresAt FROM reservations WHERE id = ? AND status = 'open'", arguments: [id])
                .map(Date.init(timeIntervalSince1970:))
        }
    }

    /// The current time on the tenant's clock.
    public var now: Date { clock.now() }

    private static func encodeMap(_ map: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? String(decoding: encoder.encode(map), as: UTF8.self)) ?? "{}"
    }

    private static func decodeMap(_ text: String?) -> [String: String] {
        guard let text, let map = try? JSONDecoder().decode([String: String].self, from: Data(text.utf8)) else { return [:] }
        return map
    }
}

extension RehearsalTenant {
    /// A copy of this tenant at `url`, for dry runs: the rules run for real on the copy and the
    /// original never changes.
    public func rehearsalCopy(at url: URL) throws -> RehearsalTenant {
        let copy = try DatabaseQueue(path: url.path)
        try database.backup(to: copy)
        try copy.close()
        return try RehearsalTenant(at: url, clock: clock, countries: countries)
    }
}
