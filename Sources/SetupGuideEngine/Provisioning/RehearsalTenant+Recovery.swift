public import Foundation
internal import GRDB
public import SetupGuideModel
internal import SetupGuidePlanning

/// What `tenant recover` saved of one table.
public struct TableRecovery: Sendable, Equatable {
    /// The table.
    public var table: String
    /// Rows copied into the new tenant.
    public var copied: Int
    /// Whether SQLite stopped reading the table at a damaged page, so later rows were lost.
    public var cutShort: Bool
}

extension RehearsalTenant {
    /// Copies every row that can still be read from a damaged tenant at `damaged` into this one,
    /// which must be new: table by table, in order, until SQLite reports a damaged page. The
    /// damaged file is only read.
    public func recoverRows(from damaged: URL) throws -> [TableRecovery] {
        let path = damaged.path
        guard FileManager.default.fileExists(atPath: path) else { throw TenantStoreError.missing(path: path) }
        switch try TenantFile.state(at: path) {
        case .tenant: break
        case .empty, .blank: throw TenantStoreError.empty(path: path)
        case let state: try Self.refuseUnlessTenant(state, path: path, creating: false)
        }
        var configuration = Configuration()
        configuration.readonly = true
        let source = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? source.close() }
        var report: [TableRecovery] = []
        try database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            try db.inTransaction {
                for table in try tableNames(db) where table != "grdb_migrations" {
                    let ours = try db.columns(in: table).map(\.name)
                    var rows: [[DatabaseValue]] = []
                    var cutShort = false
                    var columns: [String] = []
                    do {
                        try source.read { old in
                            let theirs = Set(try old.columns(in: table).map(\.name))
                            columns = ours.filter(theirs.contains)
                            guard !columns.isEmpty else { return }
                            let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                            let cursor = try Row.fetchCursor(old, sql: "SELECT \(list) FROM \"\(table)\"")
                            while let row = try cursor.next() { rows.append(row.databaseValues.map { $0 }) }
                        }
                    } catch {
                        cutShort = true  // a damaged page, or a table the damage took away
                    }
                    if !columns.isEmpty, !rows.isEmpty {
                        let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
                        let statement = try db.makeStatement(sql: "INSERT OR IGNORE INTO \"\(table)\" (\(list)) VALUES (\(marks))")
                        for row in rows { try statement.execute(arguments: StatementArguments(row)) }
                    }
                    report.append(TableRecovery(table: table, copied: rows.count, cutShort: cutShort))
                }
                return .commit
            }
        }
        return report
    }
}
