public import Foundation
internal import GRDB
internal import SetupGuideModel
internal import SetupGuidePlanning

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
                        french: language?.lowercased().hasPrefix("fr") == true, date: now)
                    let file = outbox.appendingPathComponent(Self.mailFileName(upn))
                    try Data(mail.rendered().utf8).write(to: file, options: .atomic)
                }
                try mark.execute(arguments: [now.timeIntervalSince1970, upn])
                changed += 1
            }
            return BulkResult(changed: changed, unchanged: unchanged)
        }
    }

    /// The notification for one user, in their language, with where Teams shows the number.
    static func mail(to upn: String, name: String, number: String, french: Bool, date: Date) -> MailMessage {
        let domain = upn.split(separator: "@").last.map(String.init) ?? "example.invalid"
        let subject = french ? "Votre numéro de téléphone Teams" : "Your Teams phone number"
        let body =
            french
            ? """
            Bonjour \(name),

            Votre numéro de téléphone Teams est le \(number).
            Vous le trouverez dans Teams, sous Appels, au-dessus du clavier numérique.
            Vos correspondants peuvent dès maintenant vous joindre à ce numéro.

            Le service informatique
            """
            : """
            Hello \(name),

            Your Teams phone number is \(number).
            You will find it in Teams, under Calls, above the dial pad.
            People can reach you on this number from now on.

            IT department
            """
        return MailMessage(
            from: .init(name: french ? "Service informatique" : "IT department", address: "it@\(domain)"),
            to: .init(name: name, address: upn), subject: subject, body: body, date: date,
            messageID: "\(mailFileName(upn).dropLast(4)).\(number.filter(\.isNumber))@setup-guide.invalid",
            language: french ? "fr" : "en")
    }

    /// A file name made of the UPN's safe characters only, so no user name can leave the outbox.
    static func mailFileName(_ upn: String) -> String {
        let safe = upn.lowercased().unicodeScalars.map { scalar -> Character in
            let c = Character(scalar)
            return (c.isASCII && (c.isLetter || c.isNumber)) || "@-_+.".contains(c) ? c : "_"
        }
        // no slash can survive, and no run of dots: the name stays a plain file in the outbox
        let name = String(safe).replacingOccurrences(of: "..", with: "_").trimmingCharacters(in: CharacterSet(charactersIn: "._"))
        return (name.isEmpty ? "user" : name) + ".eml"
    }
}
