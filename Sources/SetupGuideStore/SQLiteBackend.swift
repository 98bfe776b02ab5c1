internal import Foundation
internal import GRDB
internal import SetupGuideModel

/// The store's SQL on a local SQLite file, through GRDB: WAL, so readers never wait for a writer;
/// `BEGIN IMMEDIATE` for every write, so two processes writing at once take turns (each waits up
/// to 30 s for the other) instead of failing half-way.
final class SQLiteBackend: SQLBackend {
    let dialect = SQLDialect.sqlite
    let storeName: String
    private let pool: DatabasePool

    init(url: URL) throws(BackendFailure) {
        storeName = DisplayPath.of(url)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            configuration.foreignKeysEnabled = true
            pool = try DatabasePool(path: url.path, configuration: configuration)
        } catch {
            throw .unreachable(Self.unreachableReason(error))
        }
    }

    func migrate(_ migrations: [Migration]) async throws(BackendFailure) {
        do {
            try await pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try db.execute(sql: Migration.versionTable)
                    let applied = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(version), 0) FROM store_schema") ?? 0
                    for migration in try Migration.pending(after: applied, in: migrations) {
                        for sql in migration.sql(for: .sqlite) { try db.execute(sql: sql) }
                        try db.execute(
                            sql: "INSERT INTO store_schema (version, name, applied_at) VALUES (?, ?, ?)",
                            arguments: [migration.version, migration.name, StoreTime.millis(Date())])
                    }
                    return .commit
                }
            }
        } catch let failure as BackendFailure {
            throw failure
        } catch {
            throw Self.failure(error)
        }
    }

    func transaction(_ work: [SQLWork], writes: Bool) async throws(BackendFailure) -> [SQLResult] {
        do {
            if writes {
                return try await pool.writeWithoutTransaction { db in
                    var results: [SQLResult] = []
                    try db.inTransaction(.immediate) {
                        results = try work.map { try Self.run($0, in: db) }
                        return .commit
                    }
                    return results
                }
            }
            return try await pool.read { db in try work.map { try Self.run($0, in: db) } }
        } catch {
            throw Self.failure(error)
        }
    }

    func close() async {
        try? pool.close()
    }

    private static func run(_ work: SQLWork, in db: Database) throws -> SQLResult {
        switch work {
        case .statement(let statement):
            let prepared = try db.makeStatement(sql: statement.sql)
            prepared.arguments = StatementArguments(statement.binds.map(\.databaseValue))
            if prepared.isReadonly {
                let rows = try Row.fetchAll(prepared).map { row in Array(row.databaseValues.map(SQLValue.init)) }
                return SQLResult(rows: rows, changes: 0)
            }
            try prepared.execute()
            return SQLResult(rows: [], changes: db.changesCount)
        case .bulk(let bulk):
            let placeholders = Array(repeating: "?", count: bulk.columns.count).joined(separator: ", ")
            let prepared = try db.makeStatement(
                sql: "INSERT INTO \(bulk.table) (\(bulk.columns.map(\.name).joined(separator: ", "))) VALUES (\(placeholders))")
            for row in bulk.rows {
                try prepared.execute(arguments: StatementArguments(row.map(\.databaseValue)))
            }
            return SQLResult(rows: [], changes: bulk.rows.count)
        }
    }

    private static func failure(_ error: any Error) -> BackendFailure {
        if let failure = error as? BackendFailure { return failure }
        if let database = error as? DatabaseError {
            if database.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY || database.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                return .unique(database.message ?? "constraint")
            }
            if database.resultCode == .SQLITE_CANTOPEN || database.resultCode == .SQLITE_NOTADB || database.resultCode == .SQLITE_PERM {
                return .unreachable(unreachableReason(error))
            }
        }
        return .refused(describe(error))
    }

    /// Why the file cannot be opened as a store, in words.
    private static func unreachableReason(_ error: any Error) -> BilingualText {
        if let fault = FileFault(error) { return fault.reason }
        if let database = error as? DatabaseError {
            switch database.resultCode {
            case .SQLITE_NOTADB:
                return BilingualText("the file is not an SQLite database; give a store's file, or a new name", "le fichier n'est pas une base SQLite ; indiquez le fichier d'un stockage, ou un nouveau nom")
            case .SQLITE_PERM, .SQLITE_READONLY:
                return BilingualText("the file cannot be written (permission or read-only disk)", "le fichier ne peut pas être écrit (permission ou disque en lecture seule)")
            case .SQLITE_CANTOPEN:
                return BilingualText("the file cannot be opened (check that its folder exists and can be written)", "le fichier ne peut pas être ouvert (vérifiez que son dossier existe et peut être écrit)")
            default:
                break
            }
        }
        let detail = describe(error)
        return BilingualText(detail, "erreur SQLite : \(detail)")
    }

    private static func describe(_ error: any Error) -> String {
        if let database = error as? DatabaseError { return database.message ?? "\(database.resultCode)" }
        return (error as NSError).localizedDescription
    }
}

extension SQLValue {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let int): self = .integer(int)
        case .double(let double): self = .integer(Int64(double))
        case .string(let string): self = .text(string)
        case .blob(let data): self = .text(String(decoding: data, as: UTF8.self))
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .text(let text): text.databaseValue
        case .integer(let int): int.databaseValue
        case .null: .null
        }
    }
}
