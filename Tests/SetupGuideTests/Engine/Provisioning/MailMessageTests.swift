import Foundation
import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification
@testable import SetupGuideImport
@testable import SetupGuideWizard

@Suite("Notification mails")
struct MailMessageTests {
    static let date = Date(timeIntervalSince1970: 1_795_000_000)

    static func render(name: String, subject: String = "Hello", body: String = "Body") -> String {
        MailMessage(from: .init(name: "IT", address: "it@contoso.example"), to: .init(name: name, address: "a@contoso.example"),
                    subject: subject, body: body, date: date, messageID: "x@contoso.example").rendered()
    }

    static func headers(_ mail: String) -> [String] {
        let head = mail.components(separatedBy: "\r\n\r\n")[0]
        // a continuation line starts with a space; a new header never does
        return head.components(separatedBy: "\r\n").filter { !$0.hasPrefix(" ") }
    }

    @Test("a CR/LF in a display name or subject cannot add a header",
          arguments: ["Eve\r\nBcc: victim@evil.example", "Eve\nBcc: victim@evil.example", "Ève\r\nBcc: x@evil.example",
                     "Ève\u{85}Bcc: x@evil.example", "Ève\u{2028}Bcc: x@evil.example"])
    func headerInjection(name: String) {
        let mail = Self.render(name: name, subject: "Hi\r\nBcc: victim@evil.example")
        let names = Self.headers(mail).map { $0.split(separator: ":", maxSplits: 1).first.map(String.init) ?? "" }
        #expect(!names.contains("Bcc"))
        #expect(names == ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"])
    }

    @Test("header values lose C0, C1 and line-separator characters, by the shared rule")
    func headerSafe() {
        #expect(MailMessage.headerSafe("a\u{7}b\u{85}c\u{9B}d\u{2029}e") == "a b c d e")
    }

    @Test("names and subjects with accents are RFC 2047 encoded words that decode back")
    func accents() throws {
        let mail = Self.render(name: "Anaïs Guérin", subject: "Votre numéro de téléphone Teams")
        let to = try #require(Self.headers(mail).first { $0.hasPrefix("To: ") })
        #expect(to.hasPrefix("To: =?UTF-8?B?"))
        let encoded = try #require(to.split(separator: "?").dropFirst(3).first)
        #expect(String(data: try #require(Data(base64Encoded: String(encoded))), encoding: .utf8) == "Anaïs Guérin")
        #expect(mail.allSatisfy { $0.isASCII }, "the whole message is 7-bit")
    }

    @Test("a plain ASCII name is a quoted string, with quotes escaped")
    func quoted() {
        #expect(Self.headers(Self.render(name: "O\"Brien")).contains("To: \"O\\\"Brien\" <a@contoso.example>"))
    }

    @Test("long encoded headers fold on continuation lines of at most 78 characters")
    func folding() {
        let mail = Self.render(name: String(repeating: "é", count: 120))
        for line in mail.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n") { #expect(line.utf8.count <= 78) }
    }

    @Test("the body is quoted-printable with lines of at most 76 characters, and decodes back")
    func body() {
        let text = "Bonjour Élodie,\n\n" + String(repeating: "numéro = ", count: 30) + "\nfin  "
        let body = Self.render(name: "E", body: text).components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        for line in body.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 76) }
        #expect(Self.decodeQuotedPrintable(body) == text.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test("a mail file name keeps to the outbox whatever the user name",
          arguments: ["../../etc/passwd@x.example", "a/b@c.example", "..@..", "\u{0}@x"])
    func fileNames(upn: String) {
        let name = RehearsalTenant.mailFileName(upn)
        #expect(!name.contains("/") && !name.contains("..") && name.hasSuffix(".eml") && !name.hasPrefix("."))
    }

    @Test("user names with path or header characters are refused at import",
          arguments: ["../x@contoso.example", "a/b@contoso.example", "a\r\nb@contoso.example", "<a>@contoso.example"])
    func badUserNames(upn: String) {
        #expect(!UserFile.isUserPrincipalName(upn))
    }

    static func decodeQuotedPrintable(_ text: String) -> String {
        let joined = text.replacingOccurrences(of: "=\r\n", with: "")
        var bytes: [UInt8] = []
        var index = joined.utf8.startIndex
        let utf8 = joined.utf8
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "="), let end = utf8.index(index, offsetBy: 3, limitedBy: utf8.endIndex) {
                let hex = String(decoding: utf8[utf8.index(after: index)..<end], as: UTF8.self)
                bytes.append(UInt8(hex, radix: 16) ?? 0)
                index = end
            } else {
                bytes.append(byte)
                index = utf8.index(after: index)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
