public import Foundation
internal import GRDB
internal import SetupGuideModel
internal import SetupGuidePlanning
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Telling users their numbers, exactly once even when the process is killed.
///
/// A mail is sent in three moves. First, in one transaction, the tenant records the intent for
/// every user to tell: the mail's message id, its file name, the number and the date
/// (`notifications`). Then each mail is written to the outbox under a temporary name and
/// renamed into place, so a file there is always whole. Last, one transaction records that the
/// users were told (`users.notifiedAt`). A run killed between two moves resumes from the intent:
/// it rebuilds the same mail (same message id, same date), finds one already in the outbox
/// with that message id and does not write it again, and sweeps the temporary files a killed
/// write left.
extension RehearsalTenant {
    static func registerNotifyMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("notify-v1") { db in
            try db.execute(sql: """
                CREATE TABLE notifications (
                    upn TEXT PRIMARY KEY NOT NULL COLLATE NOCASE REFERENCES users(upn) ON DELETE CASCADE,
                    messageId TEXT NOT NULL,
                    fileName TEXT NOT NULL,
                    telephoneNumber TEXT NOT NULL,
                    preparedAt REAL NOT NULL
                ) WITHOUT ROWID;
                """)
        }
    }

    /// One mail the tenant means to send, or sent.
    struct MailIntent {
        var upn: String
        var name: String
        var number: String
        var french: Bool
        var messageID: String
        var fileName: String
        var date: Date
    }

    /// Writes one `.eml` mail per selected user with a number (in the user's preferred language)
    /// into `outbox`, and records that they were told. Users already told are skipped.
    ///
    /// `.voice` and `.all` mean every user who has a number.
    @discardableResult
    public func notifyUsers(_ selector: UserSelector, outbox: URL?) throws -> BulkResult {
        let what = BilingualText("tell users their numbers", "annoncer leurs numéros aux utilisateurs")
        // 1. the intent, with each mail's message id and date, before anything leaves
        let (pending, unchanged) = try recordMailIntents(selector, what: what)
        if let outbox, sweptOutboxes.withLock({ $0.insert(outbox.standardizedFileURL.path).inserted }) {
            Self.sweepTemporaryFiles(in: outbox)
        }
        guard !pending.isEmpty else { return BulkResult(changed: 0, unchanged: unchanged) }
        // 2. the mails, each whole or not at all; one already there is not sent again
        if let outbox {
            try FileManager.default.createDirectory(at: outbox, withIntermediateDirectories: true)
            // paths as text: a URL per mail (and its parsing) cost more than writing the mail
            let folder = outbox.path.hasSuffix("/") ? outbox.path : outbox.path + "/"
            for intent in pending {
                let mail = Self.mail(
                    to: intent.upn, name: intent.name, number: intent.number, french: intent.french, date: intent.date,
                    messageID: intent.messageID)
                let path = folder + intent.fileName
                if Self.outboxHolds(path: path, messageID: MailMessage.messageIdentifier(intent.messageID)) { continue }
                try Self.writeWhole(Data(mail.rendered().utf8), folder: folder, name: intent.fileName, what: what)
            }
        }
        // 3. the record that they were told
        try write { db in
            let mark = try db.cachedStatement(sql: "UPDATE users SET notifiedAt = ? WHERE upn = ? AND notifiedAt IS NULL")
            for intent in pending { try mark.execute(arguments: [intent.date.timeIntervalSince1970, intent.upn]) }
        }
        return BulkResult(changed: pending.count, unchanged: unchanged)
    }

    /// ``recordMailIntents(_:what:_:)`` in a transaction of its own.
    func recordMailIntents(_ selector: UserSelector, what: BilingualText) throws -> ([MailIntent], Int) {
        try write { db in try recordMailIntents(selector, what: what, db) }
    }

    /// The mails still to send to the selected users, recording a new intent for each user with
    /// a number who has none yet; an intent a killed run left is kept as it was.
    func recordMailIntents(_ selector: UserSelector, what: BilingualText, _ db: Database) throws -> ([MailIntent], Int) {
        let chosen = try selectUsers(selector, what: what, db)
        let columns = """
            SELECT u.upn, u.displayName, u.preferredLanguage, u.notifiedAt, n.telephoneNumber,
                m.messageId, m.fileName, m.telephoneNumber AS intendedNumber, m.preparedAt
            FROM users u JOIN numbers n ON n.assignedTo = u.upn LEFT JOIN notifications m ON m.upn = u.upn
            """
        var rows: [Row] = []
        switch selector {
        case .users:
            // a batch of named users reads their rows by key, not the whole tenant
            let one = try db.cachedStatement(sql: columns + " WHERE u.upn = ?")
            for user in chosen { rows += try Row.fetchAll(one, arguments: [user.upn]) }
        case .department, .all, .voice:
            let selected = Set(chosen.map { $0.upn.lowercased() })
            rows = try Row.fetchAll(db, sql: columns + " ORDER BY u.upn").filter { selected.contains(($0[0] as String).lowercased()) }
        }
        let insert = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO notifications (upn, messageId, fileName, telephoneNumber, preparedAt) VALUES (?, ?, ?, ?, ?)
            """)
        let now = clock.now()
        var pending: [MailIntent] = []
        var unchanged = 0
        for row in rows {
            // by position, in the order of `columns`: a lookup by name per field and row cost more than the query
            if (row[3] as Double?) != nil {
                unchanged += 1
                continue
            }
            let upn: String = row[0], number: String = row[4]
            let language: String? = row[2]
            var intent = MailIntent(
                upn: upn, name: row[1], number: number, french: language?.lowercased().hasPrefix("fr") == true,
                messageID: Self.messageID(upn: upn, number: number), fileName: Self.mailFileName(upn), date: now)
            if let id: String = row[5], let file: String = row[6], let at: Double = row[8],
                (row[7] as String?) == number
            {
                // resume the intent a killed run recorded: the same mail, not a new one
                intent.messageID = id
                intent.fileName = file
                intent.date = Date(timeIntervalSince1970: at)
            } else {
                try insert.execute(arguments: [upn, intent.messageID, intent.fileName, number, now.timeIntervalSince1970])
            }
            pending.append(intent)
        }
        return (pending, unchanged)
    }

    /// The message id of a user's notification: `notify.<digits of the number>.<upn with = for
    /// @>@setup-guide.invalid`. A user name has no `=` (``UserFile/isUserPrincipalName(_:)``),
    /// so two users never share one, and both sides are RFC 5322 dot-atom text.
    static func messageID(upn: String, number: String) -> String {
        "notify.\(number.filter { $0.isASCII && $0.isNumber }).\(upn.lowercased().replacingOccurrences(of: "@", with: "="))@setup-guide.invalid"
    }

    /// Whether the file at `path` is already the mail with this message id (`<id>`), whole: a file is only
    /// ever renamed into place once written.
    /// A missing file, the usual case, costs one failed `open`, not a thrown Foundation error.
    static func outboxHolds(path: String, messageID: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        // the headers come first and are short: the first 8 KB hold the Message-ID line
        var head = [UInt8](repeating: 0, count: 8192)
        var count = 0
        while count < head.count {
            let got = head.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0, errno == EINTR { continue }
            if got <= 0 { break }
            count += got
        }
        return String(decoding: head[..<count], as: UTF8.self).contains("\r\nMessage-ID: " + messageID + "\r\n")
    }

    /// The prefix of temporary mail files: a dot hides them from a relay that picks up mails…
    static let temporaryPrefix = ".sending-"
    /// …and a suffix keeps them out of `*.eml`.
    static let temporarySuffix = ".part"

    /// Writes `data` to a temporary file beside `file` and renames it into place: a reader, or a
    /// run after a kill, sees the whole mail or none. The temporary file is created anew
    /// (`O_EXCL | O_NOFOLLOW`), so a link planted under its name is never followed.
    static func writeWhole(_ data: Data, to file: URL, what: BilingualText) throws {
        let folder = file.deletingLastPathComponent().path
        try writeWhole(data, folder: folder.hasSuffix("/") ? folder : folder + "/", name: file.lastPathComponent, what: what)
    }

    /// ``writeWhole(_:to:what:)`` for the file `name` in `folder` (a path ending in `/`).
    static func writeWhole(_ data: Data, folder: String, name: String, what: BilingualText) throws {
        let temporary = folder + temporaryPrefix + name + temporarySuffix
        let target = folder + name
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.writeFailure(name, what: what) }
        var ok = true
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                if written <= 0 { ok = false; return }
                offset += written
            }
        }
        if close(descriptor) != 0 { ok = false }
        guard ok, rename(temporary, target) == 0 else {
            let failure = Self.writeFailure(name, what: what)
            unlink(temporary)
            throw failure
        }
    }

    private static func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, bytes, count)
        #else
        Darwin.read(descriptor, bytes, count)
        #endif
    }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }

    static func writeFailure(_ fileName: String, what: BilingualText) -> EngineRefusal {
        let reason = FileFault(code: errno).reason
        return EngineRefusal.invalidArgument(
            "outbox", "cannot write \(fileName) (\(reason.english)); nobody was marked as told, run again once it is fixed",
            "impossible d'écrire \(fileName) (\(reason.french)) ; personne n'est noté comme prévenu, relancez une fois corrigé",
            what: what)
    }

    /// Removes what a killed write leaves in the outbox: this writer's temporary files, and
    /// Foundation's (`.dat.nosync…`) from earlier versions that wrote with `.atomic`. Only
    /// plain files are removed; links and folders are left alone.
    static func sweepTemporaryFiles(in outbox: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: outbox.path) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) || name.hasPrefix(".dat.nosync") {
            let path = outbox.appendingPathComponent(name).path
            var info = stat()
            if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { unlink(path) }
        }
    }

    /// The notification for one user, in their language, with where Teams shows the number.
    static func mail(to upn: String, name: String, number: String, french: Bool, date: Date, messageID: String? = nil) -> MailMessage {
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
            messageID: messageID ?? Self.messageID(upn: upn, number: number), language: french ? "fr" : "en")
    }

    /// A file name made of the UPN's safe characters only, so no user name can leave the outbox.
    /// It is one-to-one on user names (``UserFile/isUserPrincipalName(_:)``): `'`, the one
    /// character of theirs a file name avoids, becomes `=`, which no user name has, so
    /// `o'neil@…` and `o_neil@…` get two mails, not one.
    static func mailFileName(_ upn: String) -> String {
        // the usual user name (letters, digits, `@-_+.`, no `..`, no dot at either end) is its own file name
        let lower = upn.lowercased()
        let plain = lower.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x40 || byte == 0x2D || byte == 0x5F
                || byte == 0x2B || byte == 0x2E
        }
        if plain, !lower.isEmpty, !lower.contains(".."), lower.first != ".", lower.last != "." { return lower + ".eml" }
        let safe = lower.unicodeScalars.map { scalar -> Character in
            let c = Character(scalar)
            if c == "'" { return "=" }
            return (c.isASCII && (c.isLetter || c.isNumber)) || "@-_+.".contains(c) ? c : "_"
        }
        // no slash can survive, and no run of dots nor a leading dot: the name stays a plain,
        // visible file in the outbox
        let name = String(safe).replacingOccurrences(of: "..", with: "_").trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return (name.isEmpty ? "user" : name) + ".eml"
    }
}
