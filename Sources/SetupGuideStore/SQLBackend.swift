internal import Foundation
internal import SetupGuideModel

/// A value bound to or read from a statement; the store's columns hold text and 64-bit integers only.
enum SQLValue: Sendable, Equatable {
    case text(String)
    case integer(Int64)
    case null

    var string: String? { if case .text(let value) = self { value } else { nil } }
    var int: Int64? { if case .integer(let value) = self { value } else { nil } }
}

/// One statement, written once for both backends with `?` placeholders (PostgreSQL gets `$1`…).
struct SQLStatement: Sendable {
    var sql: String
    var binds: [SQLValue]

    init(_ sql: String, _ binds: [SQLValue] = []) {
        self.sql = sql
        self.binds = binds
    }

    /// The SQL with `$1`, `$2`… for PostgreSQL (the store's SQL holds no `?` inside literals).
    var numbered: String {
        var result = ""
        var index = 0
        for character in sql {
            if character == "?" {
                index += 1
                result += "$\(index)"
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// Many rows into one table, which each backend sends its fastest way (one prepared statement
/// repeated for SQLite, arrays through `unnest` or multi-row `VALUES` for PostgreSQL).
struct BulkInsert: Sendable {
    enum ColumnType: Sendable { case text, integer }
    var table: String
    var columns: [(name: String, type: ColumnType)]
    var rows: [[SQLValue]]
}

/// One piece of a transaction.
enum SQLWork: Sendable {
    case statement(SQLStatement)
    case bulk(BulkInsert)
}

/// What one piece of a transaction gave: its rows, and how many rows it changed.
struct SQLResult: Sendable {
    var rows: [[SQLValue]]
    var changes: Int
}

/// The two dialects; they differ only where `Migration` says so.
enum SQLDialect: Sendable { case sqlite, postgres }

/// How a backend failed, before the store says what it means.
enum BackendFailure: Error, Sendable {
    /// A primary key or unique constraint refused the row.
    case unique(String)
    /// The database refused a statement.
    case refused(String)
    /// The database could not be reached or opened, and why, in words.
    case unreachable(BilingualText)
    /// The schema is newer than this program.
    case schemaTooNew(found: Int, known: Int)
}

/// A database the store runs its SQL on. Each call to `transaction` is one transaction:
/// all of `work` is applied, or none of it.
protocol SQLBackend: Sendable {
    var dialect: SQLDialect { get }
    /// The store as it may be shown (no password).
    var storeName: String { get }
    /// Creates the schema or brings it up to date, in one transaction, one process at a time.
    func migrate(_ migrations: [Migration]) async throws(BackendFailure)
    /// Runs `work` in one transaction; `writes` says whether it changes anything.
    func transaction(_ work: [SQLWork], writes: Bool) async throws(BackendFailure) -> [SQLResult]
    func close() async
}

/// One step of the schema, in the single list both backends apply (``Migration/all``).
struct Migration: Sendable {
    var version: Int
    var name: String
    /// Each statement, with its PostgreSQL wording where the two differ.
    var statements: [(sqlite: String, postgres: String)]

    init(_ version: Int, _ name: String, _ statements: [(sqlite: String, postgres: String)]) {
        self.version = version
        self.name = name
        self.statements = statements
    }

    func sql(for dialect: SQLDialect) -> [String] {
        statements.map { dialect == .sqlite ? $0.sqlite : $0.postgres }
    }

    /// A statement both dialects write the same way.
    static func same(_ sql: String) -> (sqlite: String, postgres: String) { (sql, sql) }

    /// The table recording which migrations a store has had.
    static let versionTable = "CREATE TABLE IF NOT EXISTS store_schema (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"

    /// The migrations still to apply over `applied`, or the refusal of a newer schema.
    static func pending(after applied: Int, in migrations: [Migration]) throws(BackendFailure) -> [Migration] {
        let known = migrations.map(\.version).max() ?? 0
        guard applied <= known else { throw .schemaTooNew(found: applied, known: known) }
        return migrations.filter { $0.version > applied }.sorted { $0.version < $1.version }
    }

    /// Every migration of the store, oldest first. Times are milliseconds since 1970 (BIGINT),
    /// texts are TEXT, on both backends; the only difference is the run sequence column.
    static let all: [Migration] = [
        Migration(1, "runs, clients and findings", [
            (sqlite: "CREATE TABLE fleet_runs (seq INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL UNIQUE, started_at BIGINT NOT NULL, recorded_at BIGINT NOT NULL, recorded_by TEXT NOT NULL)",
             postgres: "CREATE TABLE fleet_runs (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, run_id TEXT NOT NULL UNIQUE, started_at BIGINT NOT NULL, recorded_at BIGINT NOT NULL, recorded_by TEXT NOT NULL)"),
            same("""
                CREATE TABLE client_runs (run_id TEXT NOT NULL REFERENCES fleet_runs (run_id), tenant_id TEXT NOT NULL, \
                client_name TEXT NOT NULL, name_key TEXT NOT NULL, recorded_at BIGINT NOT NULL, \
                outcome TEXT NOT NULL CHECK (outcome IN ('complete', 'gaps', 'unusable')), gap_count BIGINT NOT NULL, \
                reason TEXT, manifest_json TEXT, report_json TEXT, PRIMARY KEY (run_id, tenant_id))
                """),
            same("CREATE INDEX client_runs_tenant ON client_runs (tenant_id)"),
            same("CREATE INDEX client_runs_name ON client_runs (name_key)"),
            same("""
                CREATE TABLE findings (run_id TEXT NOT NULL, tenant_id TEXT NOT NULL, check_name TEXT NOT NULL, \
                subject TEXT NOT NULL, PRIMARY KEY (run_id, tenant_id, check_name, subject), \
                FOREIGN KEY (run_id, tenant_id) REFERENCES client_runs (run_id, tenant_id))
                """),
        ]),
        Migration(2, "manual-step records and notes", [
            same("""
                CREATE TABLE manual_steps (tenant_id TEXT NOT NULL, step TEXT NOT NULL, version BIGINT NOT NULL, \
                who TEXT NOT NULL, done_at BIGINT NOT NULL, note TEXT NOT NULL, recorded_at BIGINT NOT NULL, \
                PRIMARY KEY (tenant_id, step, version))
                """),
            same("""
                CREATE TABLE notes (note_id TEXT NOT NULL, version BIGINT NOT NULL, tenant_id TEXT NOT NULL, \
                author TEXT NOT NULL, written_at BIGINT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (note_id, version))
                """),
            same("CREATE INDEX notes_tenant ON notes (tenant_id)"),
        ]),
        // A run's findings as one value per client (``FindingList``) rather than one row each;
        // runs stored before keep their rows of `findings`, which are still read.
        Migration(3, "findings listed in the client's record", [
            same("ALTER TABLE client_runs ADD COLUMN finding_count BIGINT"),
            same("ALTER TABLE client_runs ADD COLUMN finding_list TEXT"),
        ]),
    ]
}
