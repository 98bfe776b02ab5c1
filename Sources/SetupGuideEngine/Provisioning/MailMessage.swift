public import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning

/// A plain-text mail as an RFC 5322 message, ready to drop in an outbox as a `.eml` file.
///
/// Header values are never written raw: display names and subjects that are not short plain
/// ASCII become RFC 2047 encoded words, so that they fold and decode back to exactly what was
/// given (a name that is itself an encoded word stays itself), and line breaks in any value
/// become spaces first, so no value can start a header of its own. The body is UTF-8 in quoted-printable, which
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

    /// The message, with CRLF line ends. Every header line keeps within 78 characters, except
    /// where one address alone is longer (RFC 5322 §2.1.1); none reaches 998.
    public func rendered() -> String {
        var headers = [
            Self.fold("From", Self.mailbox(from)),
            Self.fold("To", Self.mailbox(to)),
            Self.fold("Subject", Self.unstructured(subject, header: "Subject")),
            "Date: " + Self.rfc5322Date(date),
            "Message-ID: " + Self.messageIdentifier(messageID),
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        if let language {
            let tag = String(Self.headerSafe(language).filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }.prefix(35))
            if !tag.isEmpty { headers.append("Content-Language: " + tag) }
        }
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + Self.quotedPrintable(body)
    }

    // MARK: - Headers

    /// The longest line a header aims for (RFC 5322 §2.1.1 "SHOULD"), CRLF excluded.
    static let lineLength = 78

    /// Line breaks and other control characters (the shared ``ControlCharacters`` rule) become
    /// spaces: a value stays on its header.
    static func headerSafe(_ value: String) -> String {
        ControlCharacters.replacing(value)
    }

    /// `Name: ` and the pieces, one space apart, starting a continuation line (CRLF and a space)
    /// before any piece that would pass ``lineLength``. Pieces are never cut, so each must be
    /// foldable on its own: encoded words and addresses are.
    static func fold(_ name: String, _ pieces: [String]) -> String {
        var out = name + ":"
        var column = out.count
        for piece in pieces {
            if column + 1 + piece.count > lineLength, column > name.count + 1 {
                out += "\r\n " + piece
                column = 1 + piece.count
            } else {
                out += " " + piece
                column += 1 + piece.count
            }
        }
        return out
    }

    /// A mailbox as foldable pieces: the display name's, then `<address>`.
    static func mailbox(_ mailbox: Mailbox) -> [String] {
        var address = headerSafe(mailbox.address)
        // an address is one run of printable ASCII without brackets or quotes most of the time
        if address.utf8.contains(where: { $0 <= 0x20 || $0 >= 0x7F || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) {
            address = address.filter { !$0.isWhitespace && $0 != "<" && $0 != ">" && $0 != "\"" }
        }
        guard let name = mailbox.name.map(displayText), !name.isEmpty else { return [address] }
        let phrase = quotedString(name) ?? encodedWords(name, firstColumn: "From: ".count, beforeSpaces: true)
        return phrase + ["<" + address + ">"]
    }

    /// A display name as an RFC 5322 quoted string, cut at its spaces so that it folds (a fold
    /// inside quotes unfolds to the same space), or nil when it must be encoded: it is not
    /// plain printable ASCII, it holds `=?`, which some readers (Python's among them) would
    /// decode as an encoded word even inside quotes, or a run without spaces too long to fold.
    static func quotedString(_ name: String) -> [String]? {
        guard name.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }), !name.contains("=?") else {
            return nil
        }
        let words = name.split(separator: " ").map { word -> String in
            // a backslash or a quote is escaped with a backslash (RFC 5322 quoted-pair)
            guard word.utf8.contains(where: { $0 == 0x5C || $0 == 0x22 }) else { return String(word) }
            var escaped = ""
            for character in word {
                if character == "\\" || character == "\"" { escaped.append("\\") }
                escaped.append(character)
            }
            return escaped
        }
        guard !words.isEmpty, words.allSatisfy({ $0.count <= lineLength - 8 }) else { return nil }
        var pieces = words
        pieces[0] = "\"" + pieces[0]
        pieces[pieces.count - 1] += "\""
        return pieces
    }

    /// Text for an unstructured header: as is when it is plain ASCII, fits on the line and holds
    /// nothing a reader would decode (`=?`) or fold away (runs of spaces); encoded words otherwise.
    static func unstructured(_ text: String, header: String) -> [String] {
        let safe = headerSafe(text)
        if safe.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }), !safe.contains("=?"),
            !safe.contains("  "), safe.first != " ", safe.last != " ", header.count + 2 + safe.count <= lineLength
        {
            return [safe]
        }
        return encodedWords(safe, firstColumn: header.count + 2)
    }

    /// RFC 2047 `=?UTF-8?B?…?=` words of at most 75 characters; the first is short enough to
    /// follow the header's name on its line. Words are cut between Unicode scalars, never inside
    /// one, so each decodes on its own; readers join adjacent encoded words without a space
    /// (§6.2). With `beforeSpaces`, a word ends before a space where one is near, and the space
    /// starts the next word: Python's reader keeps the folding space between two words of a
    /// display name, and so still reads `Jean Dupont` rather than `Jean Dup ont`.
    static func encodedWords(_ text: String, firstColumn: Int, beforeSpaces: Bool = false) -> [String] {
        let overhead = "=?UTF-8?B?".count + "?=".count
        // bytes whose base64 fits in `width` characters of word
        func capacity(_ width: Int) -> Int { max(3, (min(width, 75) - overhead) / 4 * 3) }
        func word(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            var bytes = Data()
            for scalar in scalars { bytes.append(contentsOf: Array(String(scalar).utf8)) }
            return "=?UTF-8?B?" + bytes.base64EncodedString() + "?="
        }
        let scalars = Array(text.unicodeScalars)
        var limit = capacity(lineLength - firstColumn - 1)
        var words: [String] = []
        var start = 0, bytes = 0, index = 0
        var lastSpace: Int?
        while index < scalars.count {
            let size = String(scalars[index]).utf8.count
            if bytes + size > limit, index > start {
                // cut before the last space of the word when there is one, else here
                let cut = beforeSpaces ? (lastSpace.map { $0 > start ? $0 : index } ?? index) : index
                words.append(word(scalars[start..<cut]))
                start = cut
                bytes = scalars[start..<index].reduce(0) { $0 + String($1).utf8.count }
                lastSpace = nil
                limit = capacity(lineLength - 1)
                continue
            }
            if scalars[index] == " " { lastSpace = index }
            bytes += size
            index += 1
        }
        if start < scalars.count || words.isEmpty { words.append(word(scalars[start...])) }
        return words
    }

    /// A display name as mail readers show one: control characters and runs of spaces become
    /// one space, and the ends are trimmed (a reader would fold them away anyway).
    static func displayText(_ name: String) -> String {
        headerSafe(name).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// `<id-left@id-right>` with both sides RFC 5322 dot-atom text (§3.6.4): the text before the
    /// last `@` and after it, each reduced to `atext` characters and single dots. A value
    /// without an `@` gets the right side `setup-guide.invalid`.
    static func messageIdentifier(_ value: String) -> String {
        let text = headerSafe(value).filter { $0 != "<" && $0 != ">" }
        let left: Substring, right: Substring
        if let at = text.lastIndex(of: "@") {
            left = text[..<at]
            right = text[text.index(after: at)...]
        } else {
            left = Substring(text)
            right = "setup-guide.invalid"
        }
        var host = dotAtom(right, or: "setup-guide.invalid")
        if host.count > 30 { host = trimmedDots(host.prefix(30), or: "setup-guide.invalid") }
        var local = dotAtom(left, or: "message")
        // a msg-id cannot fold: keep the header within 78 characters, and two long ids apart
        let room = lineLength - "Message-ID: <@>".count - host.count
        if local.count > room { local = trimmedDots(local.prefix(room - 17), or: "m") + "." + StableHash.fnv1a(local) }
        return "<" + local + "@" + host + ">"
    }

    static func trimmedDots(_ text: Substring, or fallback: String) -> String {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return trimmed.isEmpty ? fallback : trimmed
    }


    /// `text` as dot-atom text: characters outside `atext` become `_`, and empty atoms go.
    static func dotAtom(_ text: Substring, or fallback: String) -> String {
        var out: [UInt8] = []
        var atomStarted = false
        for scalar in text.unicodeScalars {
            if scalar == "." {
                if atomStarted { out.append(46) }
                atomStarted = false
                continue
            }
            let value = scalar.value
            out.append(value < 128 && atext[Int(value)] ? UInt8(value) : 95)
            atomStarted = true
        }
        if out.last == 46 { out.removeLast() }
        return out.isEmpty ? fallback : String(decoding: out, as: UTF8.self)
    }

    /// RFC 5322 `atext`, by ASCII code: letters, digits and ``!#$%&'*+-/=?^_`{|}~``.
    static let atext: [Bool] = (0..<128).map { code in
        let c = Character(UnicodeScalar(UInt8(code)))
        return (c.isASCII && (c.isLetter || c.isNumber)) || "!#$%&'*+-/=?^_`{|}~".contains(c)
    }

    /// `Wed, 02 Dec 2026 05:00:00 +0000` (RFC 5322 §3.3), in UTC. Computed, not formatted: a
    /// `DateFormatter` costs milliseconds to make, and a run writes 10,000 mails.
    static func rfc5322Date(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        // the civil date of a day count since 1970-01-01 (Howard Hinnant's days_from_civil, inverted)
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let weekday = Int(((days % 7) + 7 + 4) % 7)  // 1970-01-01 was a Thursday
        let names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(names[weekday]), \(two(day)) \(months[Int(month) - 1]) \(year) \(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60)) +0000"
    }

    // MARK: - Body

    /// Quoted-printable (RFC 2045): lines of at most 76 characters, CRLF line ends, every
    /// non-ASCII byte and `=` escaped, trailing spaces protected. Done on bytes: a run encodes
    /// 10,000 bodies.
    static func quotedPrintable(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        let input = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(input.count * 3 / 2)
        var start = 0
        while true {
            // one line: up to CR LF, CR or LF, or the end
            var end = start
            while end < input.count, input[end] != 10, input[end] != 13 { end += 1 }
            var column = 0
            for position in start..<end {
                let byte = input[position]
                let literal = (byte >= 33 && byte <= 126 && byte != 61) || (byte == 32 && position != end - 1)
                let width = literal ? 1 : 3
                if column + width > 75 {
                    out += [61, 13, 10]  // "=" CRLF: a soft line break
                    column = 0
                }
                if literal {
                    out.append(byte)
                } else {
                    out += [61, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                }
                column += width
            }
            guard end < input.count else { break }
            out += [13, 10]
            start = end + (input[end] == 13 && end + 1 < input.count && input[end + 1] == 10 ? 2 : 1)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
