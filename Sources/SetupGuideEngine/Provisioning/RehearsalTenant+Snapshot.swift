public import Foundation
internal import GRDB
internal import SetupGuideModel
internal import SetupGuidePlanning

extension RehearsalTenant {
    /// Every table, every row, in a stable order and text form: two dumps are equal exactly when
    /// the tenants hold the same data. Tests compare dumps around a refusal.
    public func canonicalDump() throws -> String {
        try read { db in
            var lines: [String] = []
            for table in try tableNames(db) {
                lines.append("[\(table)]")
                let columns = try db.columns(in: table).map(\.name)
                let order = (1...columns.count).map(String.init).joined(separator: ", ")
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)") {
                    lines.append(columns.map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: " | "))
                }
            }
            return lines.joined(separator: "\n")
        }
    }

    /// Every table as rows of column values, for `tenant show --format json`.
    public func export() throws -> [String: [[String: ExportValue]]] {
        try read { db in
            var tables: [String: [[String: ExportValue]]] = [:]
            for table in try tableNames(db) where table != "grdb_migrations" {
                let columns = try db.columns(in: table).map(\.name)
                let order = (1...columns.count).map(String.init).joined(separator: ", ")
                tables[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)").map { row in
                    var object: [String: ExportValue] = [:]
                    for column in columns {
                        let value: DatabaseValue = row[column]
                        switch value.storage {
                        case .null: object[column] = .null
                        case .int64(let int): object[column] = .integer(int)
                        case .double(let double): object[column] = .decimal(double)
                        case .string(let string): object[column] = .text(string)
                        case .blob: object[column] = .text("<blob>")
                        }
                    }
                    return object
                }
            }
            return tables
        }
    }

    func tableNames(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    }
}

extension RehearsalTenant {
    /// When the tenant last changed: the later of the file and its write-ahead log, or the
    /// tenant's clock when neither can be read (so a test's clock decides, not the wall's).
    public var snapshotDate: Date {
        let files = FileManager.default
        return [url.path, url.path + "-wal"].compactMap {
            (try? files.attributesOfItem(atPath: $0))?[.modificationDate] as? Date
        }.max() ?? clock.now()
    }

    /// The organisation's country and connectivity as recorded, without the counts of `summary()`.
    public func organisation() throws -> (country: String?, connectivity: String?) {
        try read { db in (try setting("country", db), try setting("connectivity", db)) }
    }

    /// Counts for `tenant show`.
    public func summary() throws -> TenantSummary {
        try read { db in
            let count = { (sql: String) throws -> Int in try Int.fetchOne(db, sql: sql) ?? 0 }
            var licences: [LicenceStock] = []
            for sku in Licence.allCases {
                let stock = try stock(sku, db)
                if stock.purchased > 0 || stock.assigned > 0 { licences.append(stock) }
            }
            var numbers: [TenantSummary.NumberCounts] = []
            for kind in NumberKind.allCases {
                let k = kind.rawValue
                numbers.append(.init(
                    kind: kind,
                    acquired: try count("SELECT count(*) FROM numbers WHERE numberKind = '\(k)' AND state = 'acquired'"),
                    reserved: try count("SELECT count(*) FROM numbers WHERE numberKind = '\(k)' AND state = 'reserved'"),
                    assigned: try count("SELECT count(*) FROM numbers WHERE numberKind = '\(k)' AND assignmentStatus != 'Unassigned'"),
                    quota: try quota(kind, db), quotaUsed: try quotaUsage(kind, db)))
            }
            var addresses: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT validationStatus, count(*) FROM addresses GROUP BY validationStatus") {
                addresses[row[0]] = row[1]
            }
            let country = try setting("country", db)
            return TenantSummary(
                country: country, countryName: country.flatMap { countries($0) }.map { BilingualText($0.nameEnglish, $0.nameFrench) },
                connectivity: try setting("connectivity", db), licences: licences,
                users: try count("SELECT count(*) FROM users WHERE accountKind = 'person'"), numbers: numbers,
                openReservations: try count("SELECT count(*) FROM reservations WHERE status = 'open'"), addresses: addresses,
                locations: try count("SELECT count(*) FROM locations"), requests: try count("SELECT count(*) FROM numberRequests"),
                portOrders: try count("SELECT count(*) FROM portOrders"))
        }
    }
}

extension RehearsalTenant {
    /// SQLite's own integrity and foreign-key checks; empty when the file is sound.
    public func integrityProblems() throws -> [String] {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                "\(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) points to a missing \(row[2] as String? ?? "?")"
            }
            return integrity + keys
        }
    }
}
