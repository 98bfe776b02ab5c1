internal import GRDB

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

/// One value of an exported row.
public enum ExportValue: Sendable, Equatable, Encodable {
    case null
    case integer(Int64)
    case decimal(Double)
    case text(String)

    /// Encodes as the plain JSON value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .integer(let value): try container.encode(value)
        case .decimal(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        }
    }
}
