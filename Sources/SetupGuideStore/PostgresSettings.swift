public import Foundation
public import SetupGuideModel

/// How to reach a PostgreSQL store, read as libpq reads it: the URL first, then `PGHOST`,
/// `PGPORT`, `PGUSER`, `PGDATABASE`, `PGSSLMODE`, `PGSSLROOTCERT`; the password from the URL,
/// else `PGPASSWORD`, else the password file (`PGPASSFILE`, else `~/.pgpass`).
///
/// References: https://www.postgresql.org/docs/current/libpq-connect.html (connection URIs,
/// `sslmode`), https://www.postgresql.org/docs/current/libpq-envars.html (environment) and
/// https://www.postgresql.org/docs/current/libpq-pgpass.html (the password file).
///
/// The password is kept out of every description: ``redactedURL`` is what may be shown.
package struct PostgresSettings: Sendable, Equatable {
    /// libpq's `sslmode`: the default `prefer` uses TLS whenever the server offers it.
    package enum TLSMode: String, Sendable, Equatable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    package var host: String
    package var port: Int
    package var user: String
    package var database: String
    package var tls: TLSMode
    /// The schema holding the store's tables (`?schema=NAME`), created when missing; nil for
    /// the server's default (`public`).
    package var schema: String?
    /// A file of trusted root certificates (PEM), for `verify-ca` and `verify-full`.
    package var rootCertificate: String?
    /// Where the password came from, for messages: `url`, `PGPASSWORD`, the password file's path, or nil.
    package var passwordSource: String?
    /// The URL as given, its password replaced.
    package var redactedURL: String
    /// The password; never printed.
    package var password: String?

    /// Reads `url`, filling what it leaves out from `environment` and the password file.
    package init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment, home: URL) throws(StoreError) {
        let redacted = Self.redacted(url)
        guard let components = URLComponents(string: url) else {
            throw .badLocation(store: redacted, reason: .init("it is not a valid URL", "ce n'est pas une URL valide"))
        }
        var query: [String: String] = [:]
        for item in components.queryItems ?? [] { query[item.name] = item.value ?? "" }
        func value(_ fromURL: String?, _ parameter: String, _ variable: String) -> String? {
            for candidate in [fromURL, query[parameter], environment[variable]] {
                if let candidate, !candidate.isEmpty { return candidate }
            }
            return nil
        }
        let path = components.percentEncodedPath.hasPrefix("/") ? String(components.percentEncodedPath.dropFirst()) : components.percentEncodedPath
        self.host = value(components.host?.removingPercentEncoding, "host", "PGHOST") ?? "localhost"
        let portText = value(components.port.map(String.init), "port", "PGPORT") ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw .badLocation(store: redacted, reason: .init("the port '\(portText)' is not a number from 1 to 65535",
                                                              "le port '\(portText)' n'est pas un nombre de 1 à 65535"))
        }
        self.port = port
        self.user = value(components.user?.removingPercentEncoding, "user", "PGUSER") ?? StoreUser.current
        self.database = value(path.removingPercentEncoding, "dbname", "PGDATABASE") ?? user
        let modeText = value(nil, "sslmode", "PGSSLMODE") ?? "prefer"
        guard let mode = TLSMode(rawValue: modeText) else {
            throw .badLocation(
                store: redacted,
                reason: .init("sslmode '\(modeText)' is not one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))",
                              "sslmode '\(modeText)' n'est pas l'une des valeurs \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        self.tls = mode
        self.rootCertificate = value(nil, "sslrootcert", "PGSSLROOTCERT")
        if let schema = query["schema"], !schema.isEmpty {
            guard schema.range(of: "^[a-z_][a-z0-9_]{0,62}$", options: .regularExpression) != nil else {
                throw .badLocation(store: redacted, reason: .init(
                    "the schema '\(schema)' must be lower-case letters, digits and '_', starting with a letter",
                    "le schéma '\(schema)' doit être fait de minuscules, chiffres et « _ », en commençant par une lettre"))
            }
            self.schema = schema
        }
        self.redactedURL = redacted
        if let password = components.password?.removingPercentEncoding ?? query["password"] {
            self.password = password
            self.passwordSource = "url"
        } else if let password = environment["PGPASSWORD"] {
            self.password = password
            self.passwordSource = "PGPASSWORD"
        } else {
            let file = environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
                ?? home.appendingPathComponent(".pgpass")
            if let password = PasswordFile.password(in: file, host: host, port: port, database: database, user: user) {
                self.password = password
                self.passwordSource = DisplayPath.of(file)
            }
        }
    }

    /// `url` with the password of its user part (and any `password=` parameter) replaced by `***`.
    package static func redacted(_ url: String) -> String {
        var text = url
        if let scheme = text.range(of: "://") {
            let rest = text[scheme.upperBound...]
            let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
            let authority = rest[..<authorityEnd]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                text.replaceSubrange(authority.index(after: colon)..<at, with: "***")
            }
        }
        if let question = text.firstIndex(of: "?") {
            let head = text[...question]
            let parameters = text[text.index(after: question)...].split(separator: "&", omittingEmptySubsequences: false).map { item -> String in
                item.lowercased().hasPrefix("password=") ? "password=***" : String(item)
            }
            text = head + parameters.joined(separator: "&")
        }
        return ControlCharacters.replacing(text)
    }
}

/// The PostgreSQL password file (https://www.postgresql.org/docs/current/libpq-pgpass.html):
/// `hostname:port:database:username:password` lines, `#` comments, `*` matching anything in
/// the first four fields, `\:` and `\\` escapes; the first matching line wins, and on Unix a file
/// that group or others may read is ignored.
package enum PasswordFile {
    /// The password of the first line matching the connection, nil when none (or the file is
    /// missing, unreadable, or open to group or others).
    package static func password(in file: URL, host: String, port: Int, database: String, user: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
              (attributes[.type] as? FileAttributeType) == .typeRegular
        else { return nil }
        if let permissions = attributes[.posixPermissions] as? Int, permissions & 0o077 != 0 { return nil }
        guard let data = try? Data(contentsOf: file) else { return nil }
        return password(inText: String(decoding: data, as: UTF8.self), host: host, port: port, database: database, user: user)
    }

    /// The same over the file's text.
    package static func password(inText text: String, host: String, port: Int, database: String, user: String) -> String? {
        let wanted = [host, String(port), database, user]
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine[...]
            if line.hasPrefix("#") { continue }
            let fields = split(line)
            guard fields.count >= 5 else { continue }
            // A Unix-socket connection (a host that is a folder) also matches "localhost", as libpq does.
            let matches = zip(fields.prefix(4), wanted).enumerated().allSatisfy { index, pair in
                pair.0 == "*" || pair.0 == pair.1 || (index == 0 && host.hasPrefix("/") && pair.0 == "localhost")
            }
            if matches { return fields[4] }
        }
        return nil
    }

    /// Splits a line on unescaped colons; `\x` stands for `x`. The password is the rest of the line.
    static func split(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
