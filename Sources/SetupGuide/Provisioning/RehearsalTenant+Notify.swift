public import Foundation
internal import GRDB

extension RehearsalTenant {
    /// Writes one `.eml` mail per selected user with a number (in the user's preferred language)
    /// into `outbox`, and records that they were told. Users already told are skipped.
    ///
    /// `.voice` and `.all` mean every user who has a number.
    @discardableResult
    public func notifyUsers(_ selector: UserSelector, outbox: URL?) throws -> BulkResult {
        let what = BilingualText("tell users their numbers", "annoncer leurs numéros aux utilisateurs")
        return try write { db in
            let chosen = try selectUsers(selector, what: what, db)
            let selected = Set(chosen.map { $0.upn.lowercased() })
            let query = """
                SELECT u.upn, u.displayName, u.preferredLanguage, u.notifiedAt, n.telephoneNumber
                FROM users u JOIN numbers n ON n.assignedTo = u.upn
                """
            // One user at a time (as the wizard goes) reads one row, not the whole tenant.
            let rows = chosen.count > 256
                ? try Row.fetchAll(db, sql: query + " ORDER BY u.upn")
                : try chosen.flatMap { try Row.fetchAll(db, sql: query + " WHERE u.upn = ?", arguments: [$0.upn]) }
            var changed = 0, unchanged = 0
            if let outbox { try FileManager.default.createDirectory(at: outbox, withIntermediateDirectories: true) }
            let mark = try db.cachedStatement(sql: "UPDATE users SET notifiedAt = ? WHERE upn = ?")
            let now = clock.now()
            for row in rows {
                let upn: String = row["upn"]
                guard selected.contains(upn.lowercased()) else { continue }
                if (row["notifiedAt"] as Double?) != nil {
                    unchanged += 1
                    continue
                }
                if let outbox {
                    let language: String? = row["preferredLanguage"]
                    let mail = Self.mail(
                        to: upn, name: row["displayName"], number: row["telephoneNumber"],
                        french: language?.lowercased().hasPrefix("fr") == true)
                    let file = outbox.appendingPathComponent("\(upn.lowercased()).eml")
                    try Data(mail.utf8).write(to: file, options: .atomic)
                }
                try mark.execute(arguments: [now.timeIntervalSince1970, upn])
                changed += 1
            }
            return BulkResult(changed: changed, unchanged: unchanged)
        }
    }

    static func mail(to upn: String, name: String, number: String, french: Bool) -> String {
        let subject = french ? "Votre numéro de téléphone Teams" : "Your Teams phone number"
        let body = french
            ? "Bonjour \(name),\r\n\r\nVotre numéro de téléphone Teams est \(number). Il apparaît dans Teams, sous Appels.\r\n"
            : "Hello \(name),\r\n\r\nYour Teams phone number is \(number). You will see it in Teams, under Calls.\r\n"
        return "To: \(upn)\r\nSubject: \(subject)\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\(body)"
    }
}
