public import Foundation
internal import GRDB
internal import SetupGuideModel
internal import SetupGuidePlanning

extension RehearsalTenant {
    /// Imports the users of a CSV export in one transaction: all or none.
    ///
    /// A user already in the tenant (same UPN, any case) is updated, so importing the same file
    /// twice creates no duplicate.
    @discardableResult
    public func importUsers(from file: URL) throws -> BulkResult {
        let what = BilingualText("import users from '\(file.lastPathComponent)'", "importer les utilisateurs de '\(file.lastPathComponent)'")
        // Read to the end of the stream rather than by the file's size, so a pipe or process
        // substitution (`import-users <(export-users)`) works like a file.
        guard let handle = try? FileHandle(forReadingFrom: file), let data = try? handle.readToEnd() ?? Data() else {
            throw EngineRefusal.unreadableUserFile(file.path, what: what)
        }
        try? handle.close()
        let users: [TenantUser]
        do {
            // UTF-8, UTF-16 or Windows-1252, `,` or `;`: as Excel and PowerShell write them
            users = try UserFile().users(inFile: [UInt8](data))
        } catch {
            throw EngineRefusal.invalidUserFile(file.lastPathComponent, problem: error, what: what)
        }
        return try store(users)
    }

    /// Imports users from CSV text; `source` names the file in refusals.
    @discardableResult
    public func importUsers(csv text: String, source: String = "users.csv") throws -> BulkResult {
        let what = BilingualText("import users from '\(source)'", "importer les utilisateurs de '\(source)'")
        let users: [TenantUser]
        do {
            users = try UserFile().users(in: text)
        } catch {
            throw EngineRefusal.invalidUserFile(source, problem: error, what: what)
        }
        return try store(users)
    }

    /// Writes users that are already checked. Internal, not private: the engine's tests use it to
    /// make a user without a usage location, as tenants written before the users file refused
    /// them still hold, and show the licence rules still refuse that user.
    @discardableResult
    func store(_ users: [TenantUser]) throws -> BulkResult {
        try write { db in
            let existing = try Row.fetchAll(
                db, sql: "SELECT upn, displayName, usageLocation, city, department, preferredLanguage FROM users")
            var known: [String: [String?]] = [:]
            for row in existing {
                let upn: String = row[0]
                known[upn.lowercased()] = [row[0], row[1], row[2], row[3], row[4], row[5]]
            }
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO users (upn, displayName, usageLocation, city, department, preferredLanguage)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(upn) DO UPDATE SET displayName = excluded.displayName,
                    usageLocation = excluded.usageLocation, city = excluded.city,
                    department = excluded.department, preferredLanguage = excluded.preferredLanguage
                """)
            var changed = 0
            for user in users {
                let values: [String?] = [
                    user.userPrincipalName, user.displayName, user.usageLocation, user.city, user.department,
                    user.preferredLanguage,
                ]
                if let old = known[user.userPrincipalName.lowercased()], old.dropFirst() == values.dropFirst() { continue }
                try upsert.execute(arguments: StatementArguments(values))
                changed += 1
            }
            return BulkResult(changed: changed, unchanged: users.count - changed)
        }
    }

    /// The UPNs of `upns` (lowercased) for which a query finds a row: one indexed lookup per user
    /// for up to a few thousand users, one scan for more. The wizard runs bulk steps in batches
    /// of a few hundred users, so a whole-table read per batch would make a 100,000-user run
    /// quadratic.
    func matching(
        _ upns: [String], all allSQL: String, one oneSQL: String, arguments: [(any DatabaseValueConvertible)?] = [],
        _ db: Database
    ) throws -> Set<String> {
        if upns.count > 2048 {
            return Set(try String.fetchAll(db, sql: allSQL, arguments: StatementArguments(arguments)))
        }
        let statement = try db.cachedStatement(sql: oneSQL)
        var found: Set<String> = []
        for upn in upns where try Int.fetchOne(statement, arguments: StatementArguments([upn] + arguments)) != nil {
            found.insert(upn.lowercased())
        }
        return found
    }

    /// The person accounts `selector` names, sorted by UPN; unknown UPNs are refused.
    func selectUsers(_ selector: UserSelector, what: BilingualText, _ db: Database) throws -> [UserRow] {
        let rows: [Row]
        switch selector {
        case .all, .voice:
            rows = try Row.fetchAll(db, sql: "SELECT upn, usageLocation FROM users WHERE accountKind = 'person' ORDER BY upn")
        case .department(let name):
            rows = try Row.fetchAll(
                db, sql: "SELECT upn, usageLocation FROM users WHERE accountKind = 'person' AND department = ? COLLATE NOCASE ORDER BY upn",
                arguments: [name])
        case .users(let names):
            var found: [Row] = []
            var missing: [String] = []
            let one = try db.cachedStatement(sql: "SELECT upn, usageLocation FROM users WHERE upn = ?")
            for name in names {
                if let row = try Row.fetchOne(one, arguments: [name]) {
                    found.append(row)
                } else {
                    missing.append(name)
                }
            }
            if !missing.isEmpty { throw EngineRefusal.notFound(.init("user", "utilisateur"), missing, what: what) }
            rows = found
        }
        return rows.map { UserRow(upn: $0[0], usageLocation: $0[1]) }
    }
}
