import Foundation
import Testing
@testable import SetupGuideModel
@testable import SetupGuideEngine

/// Every mail the tool writes, read back by two real mail parsers: Python's `email` package
/// under `policy=default`, and Perl's Email::MIME with Email::Address::XS (Debian's
/// libemail-mime-perl). `scripts/setup.sh --with-test-tools` installs both; the readers are
/// `scripts/mail/check-mail.py` and `scripts/mail/check-mail.pl`.
@Suite("Mail files, read by real mail parsers")
struct MailParserTests {
    static let date = Date(timeIntervalSince1970: 1_795_000_000)

    /// Names and subjects that once broke a header, or could.
    static let hostile: [String] = [
        "=?UTF-8?B?SGFja2Vk?=",  // literally an encoded word: must stay itself
        "=?UTF-8?Q?x?= and more",
        "=?iso-8859-1?q?caf=E9?=",
        "Plain Name",
        "O\"Brien \\ back",
        "Eve <eve@evil.example>, Bcc: victim@evil.example",
        "Eve\r\nBcc: victim@evil.example",
        "(comment) name; group:",
        "Anaïs Guérin-Lefèvre",
        String(repeating: "A", count: 10_000),  // once a 10,041-byte header line
        String(repeating: "é", count: 5_000),
        String(repeating: "word ", count: 400),
        "e" + String(repeating: "\u{301}", count: 300),  // one character of 601 bytes
        String(repeating: "👩‍👩‍👧‍👦", count: 40),
        "\u{202E}evil.exe",
        "  leading and  double  spaces ",
        "tab\tand\u{0}nul",
        "日本語の名前",
    ]

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// What a reader should find: the subject as given, less the control characters
    /// (``MailMessage/headerSafe(_:)``), and names with their runs of spaces as one
    /// (``MailMessage/displayText(_:)``).
    static func expectation(_ mail: MailMessage) -> [String: String] {
        return [
            "to_name": MailMessage.displayText(mail.to.name ?? ""), "to_addr": mail.to.address,
            "from_name": MailMessage.displayText(mail.from.name ?? ""), "from_addr": mail.from.address,
            "subject": MailMessage.headerSafe(mail.subject), "message_id": MailMessage.messageIdentifier(mail.messageID),
            "body": mail.body,
        ]
    }

    /// Writes the mails and their expectations, and runs one reader over them.
    static func read(_ mails: [MailMessage], with reader: [String]) throws -> (Int32, String) {
        let folder = try folder()
        var expected: [String: [String: String]] = [:]
        for (index, mail) in mails.enumerated() {
            let name = String(format: "m%03d.eml", index)
            try Data(mail.rendered().utf8).write(to: folder.appendingPathComponent(name))
            expected[name] = expectation(mail)
        }
        try JSONEncoder().encode(expected).write(to: folder.appendingPathComponent("expected.json"))
        return try run(reader + [folder.path])
    }

    static func run(_ command: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/mail")

    static var python: [String] { ["python3", scripts.appendingPathComponent("check-mail.py").path] }
    static var perl: [String] { ["perl", scripts.appendingPathComponent("check-mail.pl").path] }

    /// The mails under test: every hostile text as a name and as a subject, plus the
    /// notifications the tenant writes, in both languages.
    static func mails() -> [MailMessage] {
        var mails: [MailMessage] = []
        for (index, text) in hostile.enumerated() {
            mails.append(MailMessage(
                from: .init(name: "IT", address: "it@contoso.example"), to: .init(name: text, address: "u\(index)@contoso.example"),
                subject: "Hello", body: "Body \(index)", date: date, messageID: "m\(index)@contoso.example"))
            mails.append(MailMessage(
                from: .init(name: text, address: "it@contoso.example"), to: .init(name: "User", address: "v\(index)@contoso.example"),
                subject: text, body: "Line with = and é\n" + text, date: date, messageID: "x@y@z \(index)"))
        }
        for (index, name) in hostile.prefix(6).enumerated() {
            mails.append(RehearsalTenant.mail(
                to: "o'neil.\(index)@contoso.example", name: name, number: "+33 4 72 00 00 0\(index)", french: index % 2 == 0,
                date: date))
        }
        return mails
    }

    @Test("Python's email parser (policy=default) reads every mail as written, with no defect")
    func python() throws {
        let (status, output) = try Self.read(Self.mails(), with: Self.python)
        #expect(status == 0, "\(output)")
        #expect(output.contains("\(Self.mails().count) mails read"), "\(output)")
    }

    @Test("Perl's Email::MIME and Email::Address::XS read every mail as written")
    func perl() throws {
        let (probe, _) = try Self.run(["perl", "-MEmail::MIME", "-MEmail::Address::XS", "-e", "1"])
        try #require(probe == 0, "Perl's Email::MIME is missing: run bash scripts/setup.sh --with-test-tools (apt-get install libemail-mime-perl)")
        let (status, output) = try Self.read(Self.mails(), with: Self.perl)
        #expect(status == 0, "\(output)")
        #expect(output.contains("\(Self.mails().count) mails read"), "\(output)")
    }

    @Test("both readers refuse what the mails once had: two @ in the Message-ID, a decoded display name")
    func readersCatchTheOldFaults() throws {
        let folder = try Self.folder()
        let old = "From: \"IT\" <it@x.example>\r\nTo: \"=?UTF-8?B?SGFja2Vk?=\" <a@x.example>\r\nSubject: Hi\r\n"
            + "Date: Wed, 02 Dec 2026 05:00:00 +0000\r\nMessage-ID: <a@x.example.123@setup-guide.invalid>\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nB\r\n"
        try Data(old.utf8).write(to: folder.appendingPathComponent("old.eml"))
        try Data(#"{"old.eml": {"to_name": "=?UTF-8?B?SGFja2Vk?="}}"#.utf8).write(to: folder.appendingPathComponent("expected.json"))
        for reader in [Self.python, Self.perl] {
            let (status, output) = try Self.run(reader + [folder.path])
            #expect(status == 1)
            #expect(output.contains("Message-ID"), "\(output)")
            #expect(output.contains("to_name reads 'Hacked'"), "\(output)")
        }
    }

    @Test("every header line is at most 78 characters, whatever the name or subject", arguments: hostile)
    func folded(text: String) {
        let mail = MailMessage(
            from: .init(name: text, address: "it@contoso.example"), to: .init(name: text, address: "a@contoso.example"),
            subject: text, body: "b", date: Self.date, messageID: text + "@" + text).rendered()
        for line in mail.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 78, "\(line.utf8.count): \(line.prefix(100))")
        }
    }

    @Test("a Message-ID is RFC 5322 msg-id whatever it is made from",
          arguments: ["a@b@c", "user@contoso.com.14255550100@setup-guide.invalid", "", "@", "..@..", "a b<c>@d e", "ünï@cödé", "x"])
    func messageID(value: String) throws {
        let id = MailMessage.messageIdentifier(value)
        let atext = "[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]+"
        let dotAtom = "\(atext)(\\.\(atext))*"
        #expect(id.wholeMatch(of: try Regex("<\(dotAtom)@\(dotAtom)>")) != nil, "\(id)")
    }

    @Test("a notification's Message-ID has one @ and differs for every user and number")
    func notificationIDs() {
        let ids = ["o'neil@contoso.example", "o_neil@contoso.example", "a.b@c.example", "a@b.c.example"].map {
            MailMessage.messageIdentifier(RehearsalTenant.messageID(upn: $0, number: "+1 206 555 0100"))
        }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.filter { $0 == "@" }.count == 1 })
        #expect(ids[0] == "<notify.12065550100.o'neil=contoso.example@setup-guide.invalid>")
    }
}

@Suite("Mail dates")
struct MailDateTests {
    @Test("the Date header is RFC 5322 in UTC, the same as a formatter's, across leap years and centuries",
          arguments: [0.0, 951_782_400, 951_868_799.9, 1_795_000_000, 4_107_542_400, -86_401, 253_402_300_799])
    func date(seconds: Double) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        let date = Date(timeIntervalSince1970: seconds)
        #expect(MailMessage.rfc5322Date(date) == formatter.string(from: date))
    }
}
