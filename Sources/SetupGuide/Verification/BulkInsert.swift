internal import GRDB
internal import GRDBSQLite

/// One prepared INSERT run many times, its values bound through SQLite's C API.
///
/// GRDB's `execute(arguments:)` wraps every value in an existential and a `DatabaseValue`; over
/// the 400,000 rows of a 100,000-user export that was most of the load time. This binds straight
/// from Swift strings and numbers, inside the transaction GRDB opened.
struct BulkInsert {
    /// A value to bind.
    enum Value {
        case text(String)
        case integer(Int)
        case real(Double)
        case null
    }

    private let statement: Statement
    private let connection: OpaquePointer?

    /// Prepares `sql` on `db`.
    init(_ db: Database, _ sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        connection = db.sqliteConnection
    }

    /// Runs the statement once with `values`, one per `?` in order.
    func run(_ values: Value...) throws {
        let handle = statement.sqliteStatement
        // SQLITE_TRANSIENT: SQLite copies the bytes, which live only for the call.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (offset, value) in values.enumerated() {
            let position = Int32(offset + 1)
            switch value {
            case .text(var text):
                text.withUTF8 { bytes in
                    let start = UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(to: CChar.self)
                    _ = sqlite3_bind_text(handle, position, start, Int32(bytes.count), transient)
                }
            case .integer(let number): sqlite3_bind_int64(handle, position, Int64(number))
            case .real(let number): sqlite3_bind_double(handle, position, number)
            case .null: sqlite3_bind_null(handle, position)
            }
        }
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}

extension BulkInsert.Value {
    /// Text, or NULL for `nil`.
    static func text(_ text: String?) -> Self { text.map { .text($0) } ?? .null }
    /// A real, or NULL for `nil`.
    static func real(_ number: Double?) -> Self { number.map { .real($0) } ?? .null }
}
