import Foundation
import Testing
@testable import SetupGuideStore
import SetupGuideModel

@Suite("Choosing the store, and its credentials")
struct StoreLocationTests {
    let home = URL(fileURLWithPath: "/home/amelie")

    @Test("Without --store or SETUP_GUIDE_STORE, the local SQLite file under XDG_DATA_HOME or ~/.local/share")
    func defaultFile() throws {
        #expect(try StoreLocation.resolve(flag: nil, environment: [:], home: home) == .sqlite(URL(fileURLWithPath: "/home/amelie/.local/share/setup-guide/fleet.sqlite")))
        #expect(try StoreLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/data"], home: home) == .sqlite(URL(fileURLWithPath: "/data/setup-guide/fleet.sqlite")))
        #expect(try StoreLocation.resolve(flag: nil, environment: ["SETUP_GUIDE_STORE": "team.sqlite"], home: home) == .sqlite(URL(fileURLWithPath: "team.sqlite")))
        // The flag wins over the environment.
        #expect(try StoreLocation.resolve(flag: "mine.sqlite", environment: ["SETUP_GUIDE_STORE": "postgres://db/x"], home: home) == .sqlite(URL(fileURLWithPath: "mine.sqlite")))
    }

    @Test("postgres:// and postgresql:// URLs, completed from PG* variables as libpq does")
    func postgresURL() throws {
        guard case .postgres(let settings) = try StoreLocation.resolve(
            flag: "postgresql://tech@db.example.net:6543/fleet?sslmode=verify-full", environment: ["PGPASSWORD": "s3cret"], home: home)
        else { Issue.record("not PostgreSQL"); return }
        #expect(settings.host == "db.example.net")
        #expect(settings.port == 6543)
        #expect(settings.user == "tech")
        #expect(settings.database == "fleet")
        #expect(settings.tls == .verifyFull)
        #expect(settings.password == "s3cret")
        #expect(settings.passwordSource == "PGPASSWORD")
        guard case .postgres(let fromEnvironment) = try StoreLocation.resolve(
            flag: nil, environment: ["SETUP_GUIDE_STORE": "postgres://", "PGHOST": "10.0.0.5", "PGUSER": "ops", "PGDATABASE": "partners"], home: home)
        else { Issue.record("not PostgreSQL"); return }
        #expect(fromEnvironment.host == "10.0.0.5")
        #expect(fromEnvironment.port == 5432)
        #expect(fromEnvironment.user == "ops")
        #expect(fromEnvironment.database == "partners")
        #expect(fromEnvironment.tls == .prefer, "TLS whenever the server offers it")
        #expect(fromEnvironment.password == nil)
    }

    @Test("Bad store values are refused, saying what to give", arguments: [
        "mysql://db/x", "postgres://db:99999/x", "postgres://db/x?sslmode=sometimes", "postgres://db/x?schema=Drop;Table",
    ])
    func badValues(_ value: String) {
        #expect(throws: StoreError.self) { try StoreLocation.resolve(flag: value, environment: [:], home: home) }
    }

    @Test("The password is never shown: not in the store's name, not in any message", arguments: [
        "postgres://tech:hunter2@db.example.net/fleet", "postgresql://tech:hunter2@db/fleet?sslmode=banana",
        "postgres://db/fleet?user=tech&password=hunter2", "postgres://tech:hunter2@db:notaport/fleet", "mysql://tech:hunter2@db/x",
    ])
    func redaction(_ url: String) {
        do {
            let location = try StoreLocation.resolve(flag: url, environment: [:], home: home)
            #expect(!location.description.contains("hunter2"))
            #expect(location.description.contains("***"))
        } catch {
            #expect(!error.message(in: .english).contains("hunter2"))
            #expect(!error.message(in: .french).contains("hunter2"))
            #expect(error.message(in: .english).contains("***"))
        }
    }

    @Test("The password file: first matching line, * wildcards, escapes, comments")
    func passwordFile() {
        let text = """
            # team servers
            db.example.net:5432:fleet:tech:first\\:part\\\\two
            db.example.net:5432:fleet:tech:second
            *:*:*:ops:wild
            localhost:5432:*:tech:local
            """
        #expect(PasswordFile.password(inText: text, host: "db.example.net", port: 5432, database: "fleet", user: "tech") == "first:part\\two")
        #expect(PasswordFile.password(inText: text, host: "other", port: 1, database: "x", user: "ops") == "wild")
        #expect(PasswordFile.password(inText: text, host: "/var/run/postgresql", port: 5432, database: "any", user: "tech") == "local")
        #expect(PasswordFile.password(inText: text, host: "db.example.net", port: 5433, database: "fleet", user: "tech") == nil)
    }

    @Test("The password file is read when no password is given, and ignored when group or others may read it")
    func passwordFilePermissions() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(".pgpass")
        try "db:5432:fleet:tech:fromfile\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        let url = "postgres://tech@db/fleet"
        let settings = try PostgresSettings(url: url, environment: [:], home: folder)
        #expect(settings.password == "fromfile")
        #expect(settings.passwordSource?.hasSuffix(".pgpass") == true)
        // PGPASSWORD comes before the file; the URL before both.
        #expect(try PostgresSettings(url: url, environment: ["PGPASSWORD": "env"], home: folder).password == "env")
        #expect(try PostgresSettings(url: "postgres://tech:inurl@db/fleet", environment: ["PGPASSWORD": "env"], home: folder).password == "inurl")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        #expect(try PostgresSettings(url: url, environment: [:], home: folder).password == nil)
        // PGPASSFILE names another file.
        let other = folder.appendingPathComponent("team-pass")
        try "*:*:*:*:other\n".write(to: other, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: other.path)
        #expect(try PostgresSettings(url: url, environment: ["PGPASSFILE": other.path], home: folder).password == "other")
    }
}

@Suite("PostgreSQL connections")
struct PostgresConnectionTests {
    static let enabled = Backend.available.contains(.postgres)

    @Test("TLS is used when the server offers it", .enabled(if: enabled, "no PostgreSQL server (scripts/test.sh starts one)"))
    func tlsWhenOffered() async throws {
        guard let url = Backend.postgresURL else { throw MissingServer() }
        guard case .postgres(let settings) = try StoreLocation.resolve(flag: url, environment: [:]) else { return }
        let backend = try await PostgresBackend.connect(settings)
        let encrypted = try await backend.usesTLS()
        await backend.close()
        // The test server offers TLS whenever openssl could make its certificate.
        #expect(encrypted == (Backend.environment["SETUP_GUIDE_TEST_POSTGRES_TLS"] == "on"))
    }

    @Test("A wrong password is refused without showing either password", .enabled(if: enabled, "no PostgreSQL server (scripts/test.sh starts one)"))
    func wrongPassword() async throws {
        guard let url = Backend.postgresURL, var components = URLComponents(string: url) else { throw MissingServer() }
        let real = components.password ?? ""
        components.password = "not-the-password"
        do {
            _ = try await StoreLocation.resolve(flag: components.string, environment: [:]).open()
            Issue.record("a wrong password was accepted")
        } catch {
            for language in [Language.english, .french] {
                let message = error.message(in: language)
                #expect(!message.contains("not-the-password"))
                #expect(real.isEmpty || !message.contains(real))
                #expect(message.contains("***"))
            }
            #expect(error.message(in: .english).contains("the server refused the user or the password"))
            #expect(error.message(in: .french).contains("le serveur a refusé l'utilisateur ou le mot de passe"))
        }
    }

    @Test("The password comes from the password file when the URL has none", .enabled(if: enabled, "no PostgreSQL server (scripts/test.sh starts one)"))
    func passwordFromFile() async throws {
        guard let url = Backend.postgresURL, var components = URLComponents(string: url) else { throw MissingServer() }
        let password = components.password ?? ""
        components.password = nil
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("pass")
        try "\(components.host ?? ""):\(components.port ?? 5432):*:\(components.user ?? ""):\(password)\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        components.query = "schema=t_pgpass_\(UUID().uuidString.prefix(8).lowercased().filter(\.isLetter))"
        let store = try await StoreLocation.resolve(flag: components.string, environment: ["PGPASSFILE": file.path]).open()
        #expect(try await store.runs(client: nil, limit: 1).isEmpty)
        await store.close()
    }
}
