import Foundation
internal import GRDB
internal import SetupGuideModel
internal import SetupGuidePlanning

/// Telling a usable tenant from everything else before anything is written to it.
extension RehearsalTenant {
    /// The schema version kept in SQLite's `user_version`; a larger one means a newer setup-guide.
    static let schemaVersion: Int32 = 1

    /// Refuses, from the header alone, what must not be opened by SQLite at all.
    static func refuseUnlessTenant(_ state: TenantFile.State?, path: String, creating: Bool) throws(TenantStoreError) {
        switch state {
        case nil, .tenant: return
        case .empty, .blank: if !creating, state == .empty || !TenantFile.hasPendingLog(path) { throw .empty(path: path) }
        case .notSQLite:
            throw .unusable(path: path, reason: .init("it is not a SQLite database", "ce n'est pas une base SQLite"))
        case .foreign(let application):
            throw .foreign(path: path, reason: .init(
                "it is another application's SQLite database (application id \(hex(application)))",
                "c'est la base SQLite d'une autre application (identifiant d'application \(hex(application)))"))
        case .unmarked:
            throw .foreign(path: path, reason: .init(
                "it is a SQLite database without setup-guide's mark", "c'est une base SQLite sans la marque de setup-guide"))
        }
    }

    /// Opens the file read-only and checks it: our mark, SQLite's quick integrity check, the
    /// schema version and every table and column. Returns the reader, and the private copy it
    /// reads when the tenant's folder is read-only and SQLite cannot read the file in place.
    static func inspect(path: String, readOnly: Bool) throws -> (DatabaseQueue, URL?) {
        // A writer reads with a connection that may write, so that a log a killed writer left is
        // replayed; the header already showed the file is ours. A reader stays read-only unless
        // that replay needs writing.
        func open(_ path: String, readonly: Bool) throws -> DatabaseQueue {
            var configuration = Configuration()
            configuration.readonly = readonly
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(5)
            let database = try DatabaseQueue(path: path, configuration: configuration)
            try database.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return database
        }
        var copy: URL?
        var database: DatabaseQueue
        do {
            do {
                database = try open(path, readonly: readOnly)
            } catch let error as DatabaseError where readOnly && error.resultCode == .SQLITE_READONLY && TenantFile.isWritable(path) {
                database = try open(path, readonly: false)
            }
        } catch let error as DatabaseError
            where readOnly && !TenantFile.isWritable(path) && [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode)
        {
            // A tenant in WAL mode needs its `-shm` beside it, which a read-only folder cannot
            // hold: read a private copy of the file and its log instead.
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setup-guide-read-\(UUID().uuidString)")
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let target = folder.appendingPathComponent("tenant.sqlite")
                try FileManager.default.copyItem(atPath: path, toPath: target.path)
                if FileManager.default.fileExists(atPath: path + "-wal") {
                    try FileManager.default.copyItem(atPath: path + "-wal", toPath: target.path + "-wal")
                }
                copy = folder
                database = try open(target.path, readonly: false)
            } catch {
                try? FileManager.default.removeItem(at: folder)
                throw storeError(error, path: path)
            }
        } catch {
            throw storeError(error, path: path)
        }
        do {
            try database.read { db in try check(db, path: path) }
        } catch {
            try? database.close()
            if let copy { try? FileManager.default.removeItem(at: copy) }
            throw storeError(error, path: path)
        }
        return (database, copy)
    }

    private static func check(_ db: Database, path: String) throws {
        let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        if application != applicationID {
            if tables.isEmpty { throw TenantStoreError.empty(path: path) }
            let listed = tables.prefix(5).map { "'\($0)'" }.joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
            throw TenantStoreError.foreign(path: path, reason: .init(
                "it is a SQLite database of another application (tables \(listed))",
                "c'est une base SQLite d'une autre application (tables \(listed))"))
        }
        let problems = try String.fetchAll(db, sql: "PRAGMA quick_check").filter { $0 != "ok" }
        if !problems.isEmpty { throw TenantStoreError.damaged(path: path, problems: problems.count) }
        if try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0 > schemaVersion { throw TenantStoreError.newer(path: path) }
        let migrator = Self.migrator
        if try migrator.hasBeenSuperseded(db) { throw TenantStoreError.newer(path: path) }
        guard let last = try migrator.completedMigrations(db).last else {
            throw TenantStoreError.altered(path: path, reason: .init("no record of its schema", "aucune trace de son schéma"))
        }
        if let difference = try schemaDifference(db, expected: expectedShape(upTo: last)) {
            throw TenantStoreError.altered(path: path, reason: difference)
        }
    }

    /// Table name to its columns (name, declared type, not null, primary key), as SQLite reports them.
    typealias Shape = [String: [String]]

    static func shape(_ db: Database) throws -> Shape {
        var shape: Shape = [:]
        for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
            shape[table] = try Row.fetchAll(db, sql: "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)", arguments: [table])
                .map { "\($0[0] as String) \($0[1] as String) \($0[2] as Int) \($0[3] as Int)" }
        }
        return shape
    }

    /// The shape a tenant has after the migrations up to `identifier`, from a scratch database.
    static func expectedShape(upTo identifier: String) throws -> Shape {
        let scratch = try DatabaseQueue()
        try migrator.migrate(scratch, upTo: identifier)
        return try scratch.read { try shape($0) }
    }

    /// The first way the file's tables differ from the expected ones, in words; nil when they match.
    static func schemaDifference(_ db: Database, expected: Shape) throws -> BilingualText? {
        let actual = try shape(db)
        for table in expected.keys.sorted() {
            guard let columns = actual[table] else {
                return .init("the table '\(table)' is missing", "la table '\(table)' manque")
            }
            let have = Set(columns.map { $0.prefix { $0 != " " } }), want = Set(expected[table]!.map { $0.prefix { $0 != " " } })
            if let missing = want.subtracting(have).sorted().first {
                return .init("the column '\(table).\(missing)' is missing", "la colonne '\(table).\(missing)' manque")
            }
            if let extra = have.subtracting(want).sorted().first {
                return .init("the column '\(table).\(extra)' is not one setup-guide makes", "la colonne '\(table).\(extra)' n'est pas de setup-guide")
            }
            if Set(columns) != Set(expected[table]!) {
                return .init("the columns of '\(table)' were redefined", "les colonnes de '\(table)' ont été redéfinies")
            }
        }
        if let extra = Set(actual.keys).subtracting(expected.keys).sorted().first {
            return .init("the table '\(extra)' is not one setup-guide makes", "la table '\(extra)' n'est pas de setup-guide")
        }
        return nil
    }

    /// The store error an error of SQLite or of the file system means for the tenant at `path`;
    /// other errors are returned as they are.
    static func storeError(_ error: any Error, path: String) -> any Error {
        if let error = error as? TenantStoreError { return error }
        if let error = error as? DatabaseError { return storeError(database: error, path: path) ?? error }
        return FileFault(error)?.storeError(path: path) ?? error
    }

    /// `storeError` as a `TenantStoreError` always, for callers that throw only those.
    static func storeFault(_ error: any Error, path: String) -> TenantStoreError {
        storeError(error, path: path) as? TenantStoreError
            ?? .writeFailed(path: path, reason: .init("\(error)", "\(error)"))
    }

    /// The store error a SQLite failure of the file means, or nil for one that is not about the file.
    static func storeError(database error: DatabaseError, path: String) -> TenantStoreError? {
        switch error.resultCode {
        case .SQLITE_FULL: .diskFull(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM: .readOnly(path: path)
        case .SQLITE_CORRUPT: .damaged(path: path, problems: 1)
        case .SQLITE_NOTADB: .unusable(path: path, reason: .init("it is not a SQLite database", "ce n'est pas une base SQLite"))
        case .SQLITE_IOERR where TenantFile.isDiskFull(near: path): .diskFull(path: path)
        case .SQLITE_IOERR, .SQLITE_CANTOPEN:
            .writeFailed(path: path, reason: .init("SQLite input/output error \(error.extendedResultCode.rawValue)",
                                                   "erreur d'entrée-sortie SQLite \(error.extendedResultCode.rawValue)"))
        default: nil
        }
    }

    private static func hex(_ value: Int32) -> String { "0x" + String(UInt32(bitPattern: value), radix: 16, uppercase: true) }
}
