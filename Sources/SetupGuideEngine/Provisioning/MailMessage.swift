public import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning

/// A plain-text mail as an RFC 5322 message, ready to drop in an outbox as a `.eml` file.
///
/// Header values are never written raw: display names and subjects that are not plain ASCII
/// become RFC 2047 encoded words, and line breaks in any value are folded into spaces first,
/// so no value can start a header of its own. The body is UTF-8 in quoted-printable, which
/// survives any mail relay.
///
/// ```swift
/// let mail = MailMessage(from: .init(name: "IT", address: "it@contoso.example"),
///                        to: .init(name: "Anaïs Guérin", address: "anais@contoso.example"),
///                        subject: "Votre numéro", body: "Bonjour…", date: Date(), messageID: "1@contoso.example")
/// try Data(mail.rendered().utf8).write(to: url)
/// ```
public struct MailMessage: Sendable, Equatable {
    /// A mailbox: an optional display name and an address.
    public struct Mailbox: Sendable, Equatable {
        public var name: String?
        public var address: String

        /// Creates a mailbox.
        public init(name: String? = nil, address: String) {
            self.name = name
            self.address = address
        }
    }

    public var from: Mailbox
    public var to: Mailbox
    public var subject: String
    public var body: String
    public var date: Date
    public var messageID: String
    /// The body's language, as a BCP 47 tag (`Content-Language`).
    public var language: String?

    /// Creates a message.
    public init(
        from: Mailbox, to: Mailbox, subject: String, body: String, date: Date, messageID: String, language: String? = nil
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        self.messageID = messageID
        self.language = language
    }

    /// The message, with CRLF line ends.
    public func rendered() -> String {
        var headers = [
            "From: " + Self.mailbox(from),
            "To: " + Self.mailbox(to),
            "Subject: " + Self.encodedText(subject, headerLength: "Subject: ".count),
            "Date: " + Self.rfc5322Date(date),
            "Message-ID: <" + Self.headerSafe(messageID).filter { $0 != "<" && $0 != ">" && $0 != " " } + ">",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        if let language { headers.append("Content-Language: " + Self.headerSafe(language).filter { $0.isLetter || $0 == "-" }) }
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + Self.quotedPrintable(body)
    }

    // MARK: - Headers

    /// Line breaks and other control characters (the shared ``ControlCharacters`` rule) become
    /// spaces: a value stays on its header.
    static func headerSafe(_ value: String) -> String {
        ControlCharacters.replacing(value)
    }

    static func mailbox(_ mailbox: Mailbox) -> String {
        let address = headerSafe(mailbox.address).filter { !$0.isWhitespace && $0 != "<" && $0 != ">" && $0 != "\"" }
        guard let name = mailbox.name.map(headerSafe), !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            return address
        }
        return displayName(name) + " <" + address + ">"
    }

    /// A display name: a quoted string when it is plain ASCII, encoded words otherwise.
    static func displayName(_ name: String) -> String {
        if name.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }) {
            let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"" + escaped + "\""
        }
        return encodedWords(name)
    }

    /// Text for an unstructured header: as is when plain ASCII, encoded words otherwise.
    static func encodedText(_ text: String, headerLength: Int) -> String {
        let safe = headerSafe(text)
        if safe.unicodeScalars.allSatisfy({ $0.isASCII }), safe.count + headerLength <= 78 { return safe }
        return encodedWords(safe)
    }

    /// RFC 2047 `=?UTF-8?B?…?=` words of at most 75 characters, folded onto continuation lines.
    /// Words are cut between characters, never inside one.
    static func encodedWords(_ text: String) -> String {
        var words: [String] = []
        var chunk = Data()
        let maxBytes = 45  // base64 of 45 bytes is 60 characters; with "=?UTF-8?B?" and "?=", 72
        for character in text {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > maxBytes, !chunk.isEmpty {
                words.append("=?UTF-8?B?" + chunk.base64EncodedString() + "?=")
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + chunk.base64EncodedString() + "?=") }
        return words.joined(separator: "\r\n ")
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }

    // MARK: - Body

    /// Quoted-printable (RFC 2045): lines of at most 76 characters, CRLF line ends, every
    /// non-ASCII byte and `=` escaped, trailing spaces protected.
    static func quotedPrintable(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for line in lines {
            var encoded = ""
            var current = 0
            let bytes = Array(line.utf8)
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let literal = (byte >= 33 && byte <= 126 && byte != 61) || (byte == 32 && !isLast)
                let piece = literal ? String(UnicodeScalar(byte)) : String(format: "=%02X", byte)
                if current + piece.count > 75 {
                    encoded += "=\r\n"
                    current = 0
                }
                encoded += piece
                current += piece.count
            }
            out.append(encoded)
        }
        return out.joined(separator: "\r\n")
    }
}
