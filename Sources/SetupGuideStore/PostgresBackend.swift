internal import Foundation
internal import Logging
internal import NIOCore
internal import NIOSSL
internal import PostgresNIO
internal import SetupGuideModel

/// The store's SQL on a PostgreSQL server, through postgres-nio: one connection, TLS whenever
/// the server offers it (libpq's `sslmode=prefer`, the default), every call one transaction.
/// Transactions run at READ COMMITTED; what two technicians may write at once is kept apart by
/// primary keys (a stale version loses on the key and is reported as a conflict).
actor PostgresBackend: SQLBackend {
    nonisolated let dialect = SQLDialect.postgres
    nonisolated let storeName: String
    private let connection: PostgresConnection
    private let logger: Logger

    /// A lock id only this store takes, so two processes never migrate at once.
    private static let migrationLock: Int64 = 0x5347_5354_4f52  // "SGSTOR"

    private let schema: String?

    private init(connection: PostgresConnection, storeName: String, schema: String?, logger: Logger) {
        self.connection = connection
        self.schema = schema
        self.storeName = storeName
        self.logger = logger
    }

    /// Connects with `settings`; the error never holds the password.
    static func connect(_ settings: PostgresSettings) async throws(BackendFailure) -> PostgresBackend {
        let logger = Logger(label: "setup-guide.store", factory: { _ in SwiftLogNoOpLogHandler() })
        do {
            let tls = try tlsMode(settings)
            var configuration: PostgresConnection.Configuration
            if settings.host.hasPrefix("/") {
                let socket = "\(settings.host)/.s.PGSQL.\(settings.port)"
                configuration = .init(unixSocketPath: socket, username: settings.user, password: settings.password, database: settings.database)
            } else {
                configuration = .init(
                    host: settings.host, port: settings.port, username: settings.user, password: settings.password,
                    database: settings.database, tls: tls)
            }
            configuration.options.connectTimeout = .seconds(10)
            if let schema = settings.schema {
                // Checked by PostgresSettings to be a plain lower-case name.
                configuration.options.additionalStartupParameters = [("search_path", schema)]
            }
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            return PostgresBackend(connection: connection, storeName: settings.redactedURL, schema: settings.schema, logger: logger)
        } catch {
            throw .unreachable(unreachableReason(error, password: settings.password))
        }
    }

    /// libpq's modes: `disable` none; `allow` and `prefer` TLS when offered, the certificate not
    /// checked; `require` TLS or nothing, not checked; `verify-ca` checked against the roots;
    /// `verify-full` checked and the host name too.
    private static func tlsMode(_ settings: PostgresSettings) throws -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let root = settings.rootCertificate { tls.trustRoots = .file(root) }
        switch settings.tls {
        case .disable: return .disable
        case .allow, .prefer:
            tls.certificateVerification = .none
            return .prefer(try NIOSSLContext(configuration: tls))
        case .require:
            tls.certificateVerification = .none
            return .require(try NIOSSLContext(configuration: tls))
        case .verifyCA:
            tls.certificateVerification = .noHostnameVerification
            return .require(try NIOSSLContext(configuration: tls))
        case .verifyFull:
            tls.certificateVerification = .fullVerification
            return .require(try NIOSSLContext(configuration: tls))
        }
    }

    /// Whether this connection is encrypted, as the server sees it.
    func usesTLS() async throws(BackendFailure) -> Bool {
        let results = try await transaction([.statement(SQLStatement("SELECT CASE WHEN ssl THEN 1 ELSE 0 END FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))], writes: false)
        return results.first?.rows.first?.first?.int == 1
    }

    func migrate(_ migrations: [Migration]) async throws(BackendFailure) {
        do {
            try await inTransaction { connection in
                _ = try await self.run(.statement(SQLStatement("SELECT pg_advisory_xact_lock(?)", [.integer(Self.migrationLock)])), on: connection)
                if let schema = self.schema {
                    _ = try await self.run(.statement(SQLStatement("CREATE SCHEMA IF NOT EXISTS \(schema)")), on: connection)
                }
                _ = try await self.run(.statement(SQLStatement(Migration.versionTable)), on: connection)
                let applied = try await self.run(.statement(SQLStatement("SELECT COALESCE(MAX(version), 0) FROM store_schema")), on: connection)
                let version = Int(applied.rows.first?.first?.int ?? 0)
                for migration in try Migration.pending(after: version, in: migrations) {
                    for sql in migration.sql(for: .postgres) { _ = try await self.run(.statement(SQLStatement(sql)), on: connection) }
                    _ = try await self.run(.statement(SQLStatement(
                        "INSERT INTO store_schema (version, name, applied_at) VALUES (?, ?, ?)",
                        [.integer(Int64(migration.version)), .text(migration.name), .integer(StoreTime.millis(Date()))])), on: connection)
                }
            }
        } catch {
            throw Self.failure(error)
        }
    }

    func transaction(_ work: [SQLWork], writes: Bool) async throws(BackendFailure) -> [SQLResult] {
        do {
            return try await inTransaction { connection in
                var results: [SQLResult] = []
                for piece in work { results.append(try await self.run(piece, on: connection)) }
                return results
            }
        } catch {
            throw Self.failure(error)
        }
    }

    func close() async {
        try? await connection.close()
    }

    /// BEGIN, `body`, COMMIT; ROLLBACK when `body` throws, and its error (not the wrapper's) thrown.
    private func inTransaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await connection.query("BEGIN", logger: logger)
        do {
            let value = try await body(connection)
            try await connection.query("COMMIT", logger: logger)
            return value
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    private func run(_ work: SQLWork, on connection: PostgresConnection) async throws -> SQLResult {
        switch work {
        case .statement(let statement):
            var binds = PostgresBindings(capacity: statement.binds.count)
            for value in statement.binds { Self.append(value, to: &binds) }
            // The future-based query gives the command tag, hence the rows an INSERT changed.
            let result = try await connection.query(PostgresQuery(unsafeSQL: statement.numbered, binds: binds), logger: logger).get()
            let rows = result.rows.map { row in row.map(SQLValue.init) }
            let changes = result.metadata.command == "SELECT" ? 0 : (result.metadata.rows ?? 0)
            return SQLResult(rows: rows, changes: changes)
        case .bulk(let bulk):
            try await insert(bulk, on: connection)
            return SQLResult(rows: [], changes: bulk.rows.count)
        }
    }

    /// Rows without NULLs go as one array per column through `unnest` (one statement for any
    /// number of rows); rows with NULLs as multi-row `VALUES`, under the protocol's 65,535 binds.
    private func insert(_ bulk: BulkInsert, on connection: PostgresConnection) async throws {
        guard !bulk.rows.isEmpty else { return }
        let names = bulk.columns.map(\.name).joined(separator: ", ")
        let hasNull = bulk.rows.contains { $0.contains(.null) }
        if !hasNull {
            let chunk = 50_000
            for start in stride(from: 0, to: bulk.rows.count, by: chunk) {
                let rows = bulk.rows[start..<min(start + chunk, bulk.rows.count)]
                var binds = PostgresBindings(capacity: bulk.columns.count)
                var casts: [String] = []
                for (index, column) in bulk.columns.enumerated() {
                    switch column.type {
                    case .text:
                        binds.append(rows.map { $0[index].string ?? "" })
                        casts.append("$\(index + 1)::text[]")
                    case .integer:
                        binds.append(rows.map { $0[index].int ?? 0 })
                        casts.append("$\(index + 1)::int8[]")
                    }
                }
                try await connection.query(
                    PostgresQuery(unsafeSQL: "INSERT INTO \(bulk.table) (\(names)) SELECT * FROM unnest(\(casts.joined(separator: ", ")))", binds: binds),
                    logger: logger)
            }
            return
        }
        let perStatement = max(1, 30_000 / bulk.columns.count)
        for start in stride(from: 0, to: bulk.rows.count, by: perStatement) {
            let rows = bulk.rows[start..<min(start + perStatement, bulk.rows.count)]
            var binds = PostgresBindings(capacity: rows.count * bulk.columns.count)
            var tuples: [String] = []
            var index = 0
            for row in rows {
                var slots: [String] = []
                for (column, value) in zip(bulk.columns, row) {
                    index += 1
                    Self.append(value, to: &binds)
                    slots.append(column.type == .integer ? "$\(index)::int8" : "$\(index)::text")
                }
                tuples.append("(\(slots.joined(separator: ", ")))")
            }
            try await connection.query(
                PostgresQuery(unsafeSQL: "INSERT INTO \(bulk.table) (\(names)) VALUES \(tuples.joined(separator: ", "))", binds: binds),
                logger: logger)
        }
    }

    private static func append(_ value: SQLValue, to binds: inout PostgresBindings) {
        switch value {
        case .text(let text): binds.append(text)
        case .integer(let int): binds.append(int)
        case .null: binds.appendNull()
        }
    }

    private static func failure(_ error: any Error) -> BackendFailure {
        if let failure = error as? BackendFailure { return failure }
        if let psql = error as? PSQLError {
            if psql.serverInfo?[.sqlState] == "23505" { return .unique(psql.serverInfo?[.message] ?? "unique") }
            if let message = psql.serverInfo?[.message] { return .refused(message) }
        }
        return .refused(describe(error, password: nil))
    }

    /// Why the connection failed, in words, for the failures an administrator meets (nothing
    /// listens, an unknown host, a refused password, no such database); anything else keeps
    /// the driver's own detail, framed in the run's language.
    static func unreachableReason(_ error: any Error, password: String?) -> BilingualText {
        let detail = describe(error, password: password)
        if let psql = error as? PSQLError {
            switch psql.serverInfo?[.sqlState] {
            case "28P01", "28000":
                return BilingualText(
                    "the server refused the user or the password; check them (SETUP_GUIDE_STORE, PGPASSWORD or ~/.pgpass)",
                    "le serveur a refusé l'utilisateur ou le mot de passe ; vérifiez-les (SETUP_GUIDE_STORE, PGPASSWORD ou ~/.pgpass)")
            case "3D000":
                return BilingualText("that database does not exist on the server", "cette base de données n'existe pas sur le serveur")
            case "53300":
                return BilingualText("the server has too many connections; try again later", "le serveur a trop de connexions ; réessayez plus tard")
            case "57P03":
                return BilingualText("the server is starting or stopping; try again later", "le serveur démarre ou s'arrête ; réessayez plus tard")
            default:
                break
            }
            if psql.code == .sslUnsupported {
                return BilingualText(
                    "the server does not offer TLS, which the store's sslmode requires", "le serveur ne propose pas TLS, que le sslmode du stockage exige")
            }
        }
        if detail.contains("Connection refused") || detail.contains("errno: 111") {
            return BilingualText(
                "nothing answers at that host and port; is the server running?", "rien ne répond à cette adresse et ce port ; le serveur est-il lancé ?")
        }
        if detail.contains("UnknownHost") || detail.contains("DNS error") {
            return BilingualText("the server's host name is not known", "le nom d'hôte du serveur est inconnu")
        }
        if detail.contains("connectTimeout") || detail.contains("timed out") {
            return BilingualText("the server did not answer within 10 seconds", "le serveur n'a pas répondu en 10 secondes")
        }
        if let psql = error as? PSQLError, psql.code == .serverClosedConnection {
            return BilingualText(
                "the server closed the connection before it was ready; check the host, the port and sslmode",
                "le serveur a fermé la connexion avant qu'elle soit prête ; vérifiez l'hôte, le port et le sslmode")
        }
        return BilingualText(detail, "erreur de connexion : \(detail)")
    }

    /// What went wrong, from the server's own fields or the connection error's kind; PSQLError's
    /// description is generic on purpose, and a password is cut out should it ever appear.
    private static func describe(_ error: any Error, password: String?) -> String {
        var text: String
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] {
                text = message
            } else if let underlying = psql.underlying {
                text = "\(psql.code): \(underlying)"
            } else {
                text = "\(psql.code)"
            }
        } else {
            text = "\(error)"
        }
        if let password, !password.isEmpty { text = text.replacingOccurrences(of: password, with: "***") }
        return text
    }
}

extension SQLValue {
    init(_ cell: PostgresCell) {
        guard cell.bytes != nil else {
            self = .null
            return
        }
        switch cell.dataType {
        case .int8, .int4, .int2:
            self = (try? cell.decode(Int64.self)).map(SQLValue.integer) ?? .null
        case .bool:
            self = .integer((try? cell.decode(Bool.self)) == true ? 1 : 0)
        default:
            self = (try? cell.decode(String.self)).map(SQLValue.text) ?? .null
        }
    }
}
