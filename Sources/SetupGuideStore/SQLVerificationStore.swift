internal import Foundation
internal import SetupGuideModel

/// The store, written once over ``SQLBackend``: the same statements, schema and migrations on
/// SQLite and on PostgreSQL.
final class SQLVerificationStore: VerificationStore {
    let backend: any SQLBackend

    private init(backend: any SQLBackend) async throws(StoreError) {
        self.backend = backend
        do {
            try await backend.migrate(Migration.all)
        } catch {
            await backend.close()
            throw Self.storeError(error, store: backend.storeName)
        }
    }

    /// The SQLite file at `url`, created (with its folder) when missing.
    static func sqlite(_ url: URL) async throws(StoreError) -> SQLVerificationStore {
        let backend: SQLiteBackend
        do { backend = try SQLiteBackend(url: url) } catch { throw storeError(error, store: DisplayPath.of(url)) }
        return try await SQLVerificationStore(backend: backend)
    }

    /// The PostgreSQL database `settings` name.
    static func postgres(_ settings: PostgresSettings) async throws(StoreError) -> SQLVerificationStore {
        let backend: PostgresBackend
        do { backend = try await PostgresBackend.connect(settings) } catch { throw storeError(error, store: settings.redactedURL) }
        return try await SQLVerificationStore(backend: backend)
    }

    func close() async { await backend.close() }

    // MARK: Runs

    func record(_ run: StoredFleetRun) async throws(StoreError) {
        let runID = run.runID.trimmingCharacters(in: .whitespaces)
        guard !runID.isEmpty, !ControlCharacters.contains(in: runID) else {
            throw .invalid(.init("a run needs an id without control characters", "une exécution a besoin d'un identifiant sans caractère de contrôle"))
        }
        var seen: Set<String> = []
        var clientRows: [[SQLValue]] = []
        var findingRows: [[SQLValue]] = []
        for client in run.clients {
            let key = client.clientKey
            guard !key.isEmpty else {
                throw .invalid(.init("client '\(client.clientName)' has no tenant id; nothing was written",
                                     "le client '\(client.clientName)' n'a pas d'identifiant de locataire ; rien n'a été écrit"))
            }
            guard seen.insert(key).inserted else { throw .duplicateClient(runID: runID, tenantID: client.tenantID) }
            let (outcome, gaps, reason): (String, Int64, SQLValue) =
                switch client.outcome {
                case .complete: ("complete", 0, .null)
                case .gaps(let count): ("gaps", Int64(count), .null)
                case .unusable(let why): ("unusable", 0, .text(why))
                }
            // An unusable folder stores no findings: what it would have held is unknown, not none.
            var findings: [FindingKey] = []
            if case .unusable = client.outcome {} else { findings = Set(client.findings).sorted() }
            // The findings as one value of the client's row (migration 3); as rows of `findings`
            // only should a key hold a tab or a newline, which normalised keys never do.
            let list = FindingList.encode(findings)
            if list == nil {
                findingRows += findings.map { [.text(runID), .text(key), .text($0.check), .text($0.subject)] }
            }
            clientRows.append([
                .text(runID), .text(key), .text(client.clientName), .text(FindingKey.normalised(client.clientName)),
                .integer(StoreTime.millis(client.recordedAt)), .text(outcome), .integer(gaps), reason,
                client.manifestJSON.map(SQLValue.text) ?? .null, client.reportJSON.map(SQLValue.text) ?? .null,
                .integer(Int64(findings.count)), list.map(SQLValue.text) ?? .null,
            ])
        }
        var work: [SQLWork] = [
            .statement(SQLStatement(
                "INSERT INTO fleet_runs (run_id, started_at, recorded_at, recorded_by) VALUES (?, ?, ?, ?)",
                [.text(runID), .integer(StoreTime.millis(run.startedAt)), .integer(StoreTime.millis(Date())), .text(run.recordedBy)])),
            .bulk(BulkInsert(
                table: "client_runs",
                columns: [("run_id", .text), ("tenant_id", .text), ("client_name", .text), ("name_key", .text), ("recorded_at", .integer),
                          ("outcome", .text), ("gap_count", .integer), ("reason", .text), ("manifest_json", .text), ("report_json", .text),
                          ("finding_count", .integer), ("finding_list", .text)],
                rows: clientRows)),
        ]
        if !findingRows.isEmpty {
            work.append(.bulk(BulkInsert(
                table: "findings", columns: [("run_id", .text), ("tenant_id", .text), ("check_name", .text), ("subject", .text)],
                rows: findingRows)))
        }
        do {
            _ = try await backend.transaction(work, writes: true)
        } catch .unique {
            throw .duplicateRun(runID)
        } catch {
            throw Self.storeError(error, store: backend.storeName)
        }
    }

    private static let clientColumns = """
        c.run_id, r.started_at, r.recorded_by, c.tenant_id, c.client_name, c.recorded_at, c.outcome, c.gap_count, c.reason
        """

    func runs(client: String?, limit: Int) async throws(StoreError) -> [ClientRunRecord] {
        var sql = """
            SELECT \(Self.clientColumns), \
            COALESCE(c.finding_count, (SELECT COUNT(*) FROM findings f WHERE f.run_id = c.run_id AND f.tenant_id = c.tenant_id)) \
            FROM client_runs c JOIN fleet_runs r ON r.run_id = c.run_id
            """
        var binds: [SQLValue] = []
        if let client {
            sql += " WHERE c.tenant_id = ? OR c.name_key = ?"
            binds += [.text(FindingKey.normalised(client)), .text(FindingKey.normalised(client))]
        }
        sql += " ORDER BY r.started_at DESC, r.seq DESC, c.name_key, c.tenant_id LIMIT ?"
        binds.append(.integer(Int64(max(0, limit))))
        let rows = try await read([.statement(SQLStatement(sql, binds))])[0].rows
        return rows.map { row in
            var record = Self.clientRecord(row)
            record.findingCount = Int(row[9].int ?? 0)
            return record
        }
    }

    func clientRun(runID: String, client: String) async throws(StoreError) -> StoredClientRun? {
        let key = FindingKey.normalised(client)
        let results = try await read([
            .statement(SQLStatement(
                """
                SELECT tenant_id, client_name, recorded_at, outcome, gap_count, reason, manifest_json, report_json, finding_list \
                FROM client_runs WHERE run_id = ? AND (tenant_id = ? OR name_key = ?) ORDER BY tenant_id LIMIT 1
                """, [.text(runID), .text(key), .text(key)])),
            .statement(SQLStatement(
                """
                SELECT f.check_name, f.subject FROM findings f JOIN client_runs c ON c.run_id = f.run_id AND c.tenant_id = f.tenant_id \
                WHERE f.run_id = ? AND (c.tenant_id = ? OR c.name_key = ?) ORDER BY f.check_name, f.subject
                """, [.text(runID), .text(key), .text(key)])),
        ])
        guard let row = results[0].rows.first else { return nil }
        return StoredClientRun(
            tenantID: row[0].string ?? "", clientName: row[1].string ?? "", recordedAt: StoreTime.date(row[2].int ?? 0),
            manifestJSON: row[6].string, reportJSON: row[7].string,
            outcome: Self.outcome(row[3].string, row[4].int, row[5].string),
            findings: Self.findings(list: row[8], rows: results[1].rows.map { FindingKey(stored: $0[0].string ?? "", subject: $0[1].string ?? "") }))
    }

    // MARK: Drift

    /// A run's place in the order: its start, then the order it was stored in.
    private struct RunPoint {
        var runID: String
        var startedAt: Int64
        var seq: Int64
    }

    private func resolve(_ selector: RunSelector) async throws(StoreError) -> RunPoint {
        let statement: SQLStatement
        switch selector {
        case .latest:
            statement = SQLStatement("SELECT run_id, started_at, seq FROM fleet_runs ORDER BY started_at DESC, seq DESC LIMIT 1")
        case .last:
            statement = SQLStatement("SELECT run_id, started_at, seq FROM fleet_runs ORDER BY started_at DESC, seq DESC LIMIT 1 OFFSET 1")
        case .run(let id):
            statement = SQLStatement("SELECT run_id, started_at, seq FROM fleet_runs WHERE run_id = ?", [.text(id)])
        case .at(let date):
            statement = SQLStatement(
                "SELECT run_id, started_at, seq FROM fleet_runs WHERE started_at <= ? ORDER BY started_at DESC, seq DESC LIMIT 1",
                [.integer(StoreTime.millis(date))])
        }
        guard let row = try await read([.statement(statement)])[0].rows.first else { throw .noSuchRun(selector.description) }
        return RunPoint(runID: row[0].string ?? "", startedAt: row[1].int ?? 0, seq: row[2].int ?? 0)
    }

    func drift(since: RunSelector, until: RunSelector) async throws(StoreError) -> FleetDrift {
        let current = try await resolve(until)
        // Records that may serve as a baseline: strictly before the run compared, and for an
        // explicit `since`, at or before that run.
        var bound = "(r.started_at < ? OR (r.started_at = ? AND r.seq < ?))"
        var boundBinds: [SQLValue] = [.integer(current.startedAt), .integer(current.startedAt), .integer(current.seq)]
        var previousRun: String?
        switch since {
        case .last:
            let previous = try await read([.statement(SQLStatement(
                "SELECT r.run_id FROM fleet_runs r WHERE \(bound) ORDER BY r.started_at DESC, r.seq DESC LIMIT 1", boundBinds))])[0].rows
            previousRun = previous.first?[0].string
        case .latest:
            throw .invalid(.init("compare since LAST, a run id or a date; LATEST is the run compared", "comparez depuis LAST, un identifiant d'exécution ou une date ; LATEST est l'exécution comparée"))
        case .run, .at:
            let base = try await resolve(since)
            guard (base.startedAt, base.seq) < (current.startedAt, current.seq) else {
                throw .invalid(.init("run '\(base.runID)' is not older than run '\(current.runID)'", "l'exécution '\(base.runID)' n'est pas plus ancienne que l'exécution '\(current.runID)'"))
            }
            bound += " AND (r.started_at < ? OR (r.started_at = ? AND r.seq <= ?))"
            boundBinds += [.integer(base.startedAt), .integer(base.startedAt), .integer(base.seq)]
            previousRun = base.runID
        }
        let baselineQuery = """
            SELECT run_id, tenant_id, client_name, outcome, gap_count, reason, started_at, seq, finding_list FROM (
            SELECT c.run_id, c.tenant_id, c.client_name, c.outcome, c.gap_count, c.reason, r.started_at, r.seq, c.finding_list, \
            ROW_NUMBER() OVER (PARTITION BY c.tenant_id ORDER BY r.started_at DESC, r.seq DESC) AS position \
            FROM client_runs c JOIN fleet_runs r ON r.run_id = c.run_id WHERE c.outcome <> 'unusable' AND \(bound)) b WHERE position = 1
            """
        let results = try await read([
            .statement(SQLStatement(
                "SELECT tenant_id, client_name, outcome, gap_count, reason, finding_list FROM client_runs WHERE run_id = ?", [.text(current.runID)])),
            .statement(SQLStatement("SELECT tenant_id, check_name, subject FROM findings WHERE run_id = ?", [.text(current.runID)])),
            .statement(SQLStatement(baselineQuery, boundBinds)),
            .statement(SQLStatement(
                "SELECT f.tenant_id, f.check_name, f.subject FROM findings f JOIN (\(baselineQuery)) base ON base.run_id = f.run_id AND base.tenant_id = f.tenant_id",
                boundBinds)),
            .statement(SQLStatement(
                "SELECT c.tenant_id, r.started_at, r.seq FROM client_runs c JOIN fleet_runs r ON r.run_id = c.run_id WHERE c.outcome = 'unusable' AND \(bound)",
                boundBinds)),
            .statement(SQLStatement(
                "SELECT c.tenant_id, c.client_name, c.recorded_at FROM client_runs c WHERE c.run_id = ?", [.text(previousRun ?? "")])),
        ])
        var now: [String: DriftInput.Record] = [:]
        for row in results[0].rows {
            let key = row[0].string ?? ""
            now[key] = .init(
                tenantID: key, clientName: row[1].string ?? "", outcome: Self.outcome(row[2].string, row[3].int, row[4].string),
                findings: Set(Self.findings(list: row[5], rows: [])))
        }
        for row in results[1].rows { now[row[0].string ?? ""]?.findings.insert(FindingKey(stored: row[1].string ?? "", subject: row[2].string ?? "")) }
        var before: [String: DriftInput.Baseline] = [:]
        for row in results[2].rows {
            let key = row[1].string ?? ""
            before[key] = .init(
                record: .init(
                    tenantID: key, clientName: row[2].string ?? "", outcome: Self.outcome(row[3].string, row[4].int, row[5].string),
                    findings: Set(Self.findings(list: row[8], rows: []))),
                runID: row[0].string ?? "", startedAt: StoreTime.date(row[6].int ?? 0), order: (row[6].int ?? 0, row[7].int ?? 0))
        }
        for row in results[3].rows {
            before[row[0].string ?? ""]?.record.findings.insert(FindingKey(stored: row[1].string ?? "", subject: row[2].string ?? ""))
        }
        var unreadable: [String: [(Int64, Int64)]] = [:]
        for row in results[4].rows { unreadable[row[0].string ?? "", default: []].append((row[1].int ?? 0, row[2].int ?? 0)) }
        let inPrevious = results[5].rows.map { (tenantID: $0[0].string ?? "", clientName: $0[1].string ?? "", seen: StoreTime.date($0[2].int ?? 0)) }
        let input = DriftInput(now: now, before: before, unreadableBefore: unreadable, previousRun: inPrevious)
        return FleetDrift(runID: current.runID, startedAt: StoreTime.date(current.startedAt), since: since.description, clients: input.drift())
    }

    // MARK: Manual steps

    func recordManualStep(
        client: String, step: String, who: String, when: Date, note: String, expectedVersion: Int
    ) async throws(StoreError) -> ManualStepRecord {
        let key = FindingKey.normalised(client)
        let stepKey = FindingKey.normalised(step)
        try Self.require(key, .init("client", "client"))
        try Self.require(stepKey, .init("step", "étape"))
        try Self.require(who.trimmingCharacters(in: .whitespaces), .init("who", "qui"))
        let now = Date()
        let subject = BilingualText("The manual step '\(stepKey)' of client '\(key)'", "L'étape manuelle '\(stepKey)' du client '\(key)'")
        let currentQuery = SQLStatement(
            "SELECT version, who, recorded_at FROM manual_steps WHERE tenant_id = ? AND step = ? ORDER BY version DESC LIMIT 1",
            [.text(key), .text(stepKey)])
        let insert = SQLStatement(
            """
            INSERT INTO manual_steps (tenant_id, step, version, who, done_at, note, recorded_at) \
            SELECT ?, ?, cur.v + 1, ?, ?, ?, ? FROM (SELECT COALESCE(MAX(version), 0) AS v FROM manual_steps WHERE tenant_id = ? AND step = ?) cur \
            WHERE cur.v = ?
            """,
            [.text(key), .text(stepKey), .text(who), .integer(StoreTime.millis(when)), .text(note), .integer(StoreTime.millis(now)),
             .text(key), .text(stepKey), .integer(Int64(expectedVersion))])
        let results: [SQLResult]
        do {
            results = try await backend.transaction([.statement(insert), .statement(currentQuery)], writes: true)
        } catch .unique {
            // Another technician's change to the same version was committed first.
            throw try await conflict(subject, expected: expectedVersion, current: currentQuery)
        } catch {
            throw Self.storeError(error, store: backend.storeName)
        }
        guard results[0].changes == 1 else { throw Self.conflict(subject, expected: expectedVersion, row: results[1].rows.first) }
        return ManualStepRecord(
            tenantID: key, step: stepKey, version: expectedVersion + 1, who: who, when: StoreTime.date(StoreTime.millis(when)), note: note,
            recordedAt: StoreTime.date(StoreTime.millis(now)))
    }

    private static let manualColumns = "tenant_id, step, version, who, done_at, note, recorded_at"

    func manualSteps(client: String?) async throws(StoreError) -> [ManualStepRecord] {
        var sql = "SELECT \(Self.manualColumns) FROM manual_steps m WHERE version = (SELECT MAX(version) FROM manual_steps n WHERE n.tenant_id = m.tenant_id AND n.step = m.step)"
        var binds: [SQLValue] = []
        if let client {
            sql += " AND tenant_id = ?"
            binds.append(.text(FindingKey.normalised(client)))
        }
        sql += " ORDER BY tenant_id, (SELECT MIN(recorded_at) FROM manual_steps o WHERE o.tenant_id = m.tenant_id AND o.step = m.step), step"
        return try await read([.statement(SQLStatement(sql, binds))])[0].rows.map(Self.manualStep)
    }

    func manualStepHistory(client: String, step: String) async throws(StoreError) -> [ManualStepRecord] {
        try await read([.statement(SQLStatement(
            "SELECT \(Self.manualColumns) FROM manual_steps WHERE tenant_id = ? AND step = ? ORDER BY version",
            [.text(FindingKey.normalised(client)), .text(FindingKey.normalised(step))]))])[0].rows.map(Self.manualStep)
    }

    // MARK: Notes

    func addNote(client: String, author: String, text: String, at: Date) async throws(StoreError) -> NoteRecord {
        let key = FindingKey.normalised(client)
        try Self.require(key, .init("client", "client"))
        try Self.require(author.trimmingCharacters(in: .whitespaces), .init("author", "auteur"))
        try Self.require(text.trimmingCharacters(in: .whitespacesAndNewlines), .init("note", "note"))
        let id = UUID().uuidString.lowercased()
        do {
            _ = try await backend.transaction([.statement(SQLStatement(
                "INSERT INTO notes (note_id, version, tenant_id, author, written_at, text) VALUES (?, 1, ?, ?, ?, ?)",
                [.text(id), .text(key), .text(author), .integer(StoreTime.millis(at)), .text(text)]))], writes: true)
        } catch {
            throw Self.storeError(error, store: backend.storeName)
        }
        return NoteRecord(id: id, tenantID: key, version: 1, author: author, writtenAt: StoreTime.date(StoreTime.millis(at)), text: text)
    }

    func editNote(id: String, author: String, text: String, at: Date, expectedVersion: Int) async throws(StoreError) -> NoteRecord {
        try Self.require(author.trimmingCharacters(in: .whitespaces), .init("author", "auteur"))
        try Self.require(text.trimmingCharacters(in: .whitespacesAndNewlines), .init("note", "note"))
        let noteID = id.trimmingCharacters(in: .whitespaces).lowercased()
        let subject = BilingualText("The note '\(noteID)'", "La note '\(noteID)'")
        let currentQuery = SQLStatement(
            "SELECT version, author, written_at, tenant_id FROM notes WHERE note_id = ? ORDER BY version DESC LIMIT 1", [.text(noteID)])
        let insert = SQLStatement(
            """
            INSERT INTO notes (note_id, version, tenant_id, author, written_at, text) \
            SELECT ?, cur.v + 1, cur.t, ?, ?, ? FROM (SELECT MAX(version) AS v, MAX(tenant_id) AS t FROM notes WHERE note_id = ?) cur \
            WHERE cur.v = ?
            """,
            [.text(noteID), .text(author), .integer(StoreTime.millis(at)), .text(text), .text(noteID), .integer(Int64(expectedVersion))])
        let results: [SQLResult]
        do {
            results = try await backend.transaction([.statement(insert), .statement(currentQuery)], writes: true)
        } catch .unique {
            throw try await conflict(subject, expected: expectedVersion, current: currentQuery)
        } catch {
            throw Self.storeError(error, store: backend.storeName)
        }
        guard let current = results[1].rows.first else { throw .noSuchNote(noteID) }
        guard results[0].changes == 1 else { throw Self.conflict(subject, expected: expectedVersion, row: current) }
        return NoteRecord(
            id: noteID, tenantID: current[3].string ?? "", version: expectedVersion + 1, author: author,
            writtenAt: StoreTime.date(StoreTime.millis(at)), text: text)
    }

    func notes(client: String?) async throws(StoreError) -> [NoteRecord] {
        var sql = """
            SELECT note_id, tenant_id, version, author, written_at, text FROM notes m \
            WHERE version = (SELECT MAX(version) FROM notes n WHERE n.note_id = m.note_id)
            """
        var binds: [SQLValue] = []
        if let client {
            sql += " AND tenant_id = ?"
            binds.append(.text(FindingKey.normalised(client)))
        }
        sql += " ORDER BY (SELECT MIN(written_at) FROM notes o WHERE o.note_id = m.note_id), note_id"
        return try await read([.statement(SQLStatement(sql, binds))])[0].rows.map { row in
            NoteRecord(
                id: row[0].string ?? "", tenantID: row[1].string ?? "", version: Int(row[2].int ?? 0), author: row[3].string ?? "",
                writtenAt: StoreTime.date(row[4].int ?? 0), text: row[5].string ?? "")
        }
    }

    // MARK: Helpers

    private func read(_ work: [SQLWork]) async throws(StoreError) -> [SQLResult] {
        do { return try await backend.transaction(work, writes: false) } catch { throw Self.storeError(error, store: backend.storeName) }
    }

    private func conflict(_ subject: BilingualText, expected: Int, current: SQLStatement) async throws(StoreError) -> StoreError {
        let rows = try await read([.statement(current)])[0].rows
        return Self.conflict(subject, expected: expected, row: rows.first)
    }

    private static func conflict(_ subject: BilingualText, expected: Int, row: [SQLValue]?) -> StoreError {
        .conflict(.init(
            subject: subject, expected: expected, current: Int(row?[0].int ?? 0), by: row?[1].string,
            at: row?[2].int.map(StoreTime.date)))
    }

    private static func require(_ value: String, _ name: BilingualText) throws(StoreError) {
        guard !value.isEmpty else {
            throw .invalid(.init("the \(name.english) is empty; nothing was written", "le champ « \(name.french) » est vide ; rien n'a été écrit"))
        }
        guard !ControlCharacters.contains(in: value, keeping: ["\n", "\t"]) else {
            throw .invalid(.init("the \(name.english) holds control characters; nothing was written",
                                 "le champ « \(name.french) » contient des caractères de contrôle ; rien n'a été écrit"))
        }
    }

    private static func manualStep(_ row: [SQLValue]) -> ManualStepRecord {
        ManualStepRecord(
            tenantID: row[0].string ?? "", step: row[1].string ?? "", version: Int(row[2].int ?? 0), who: row[3].string ?? "",
            when: StoreTime.date(row[4].int ?? 0), note: row[5].string ?? "", recordedAt: StoreTime.date(row[6].int ?? 0))
    }

    private static func clientRecord(_ row: [SQLValue]) -> ClientRunRecord {
        ClientRunRecord(
            runID: row[0].string ?? "", startedAt: StoreTime.date(row[1].int ?? 0), recordedBy: row[2].string ?? "",
            tenantID: row[3].string ?? "", clientName: row[4].string ?? "", recordedAt: StoreTime.date(row[5].int ?? 0),
            outcome: outcome(row[6].string, row[7].int, row[8].string), findingCount: 0)
    }

    /// A client's findings: those of its `finding_list` (runs stored since migration 3) and its
    /// rows of `findings` (runs stored before, or keys no list can hold), each once, sorted.
    private static func findings(list: SQLValue, rows: [FindingKey]) -> [FindingKey] {
        guard let text = list.string else { return rows }
        let listed = FindingList.decode(text)
        return rows.isEmpty ? listed : Set(listed + rows).sorted()
    }

    static func outcome(_ name: String?, _ gaps: Int64?, _ reason: String?) -> StoredClientRun.Outcome {
        switch name {
        case "complete": .complete
        case "gaps": .gaps(Int(gaps ?? 0))
        default: .unusable(reason: reason ?? "")
        }
    }

    static func storeError(_ failure: BackendFailure, store: String) -> StoreError {
        switch failure {
        case .unique(let message), .refused(let message): .database(store: store, message: message)
        case .unreachable(let message): .unreachable(store: store, reason: message)
        case .schemaTooNew(let found, let known): .schemaTooNew(store: store, found: found, known: known)
        }
    }
}
