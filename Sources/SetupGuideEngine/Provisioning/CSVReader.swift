public import SetupGuideModel
internal import SetupGuidePlanning

/// The one CSV reader: RFC 4180 quoting (doubled quotes, delimiters and line breaks inside
/// quotes), a leading byte order mark, LF or CRLF line ends, blank lines skipped, and the line
/// each record starts on kept for messages.
///
/// The delimiter is `,` unless given: `Export-Csv -UseCulture` on a French Windows, or
/// `-Delimiter ';'`, writes `;`, and ``delimiter(of:)`` finds it on the header row. It works on
/// UTF-8 bytes because user lists and exports run to 100,000 rows. The users file of
/// `tenant import-users` and the CSV exports `verify` reads both go through here.
public struct CSVReader: Sendable {
    /// One record and the 1-based line of the file it starts on.
    public struct Record: Sendable, Equatable {
        /// The line the record starts on.
        public let line: Int
        /// The fields, unquoted.
        public let fields: [String]
    }

    /// Text that is not well-formed CSV.
    public struct Failure: Error, Sendable, Equatable {
        /// The 1-based line of the problem.
        public let line: Int
        /// What is wrong, in English and French.
        public let reason: BilingualText
    }

    /// The byte between fields: `,` or `;`.
    public let delimiter: UInt8

    /// Creates a reader splitting fields on `delimiter`.
    public init(delimiter: UInt8 = UInt8(ascii: ",")) { self.delimiter = delimiter }

    /// The delimiter of the header row (the first line not starting with `#`, the `#TYPE` line
    /// of Windows PowerShell): `;` when it has more semicolons than commas outside quotes, else `,`.
    public static func delimiter(of bytes: [UInt8]) -> UInt8 {
        var index = 0
        if bytes.first == UInt8(ascii: "#") {
            while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        }
        var commas = 0, semicolons = 0, quoted = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted {
                if byte == UInt8(ascii: "\n"), commas + semicolons > 0 { break }
                if byte == UInt8(ascii: ",") { commas += 1 }
                if byte == UInt8(ascii: ";") { semicolons += 1 }
            }
            index += 1
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// Splits `text` into records; blank lines are skipped.
    public func records(in text: String) throws(Failure) -> [Record] {
        try records(in: Array(text.utf8))
    }

    /// Splits UTF-8 `bytes` into records (a leading byte order mark is skipped); blank lines are skipped.
    public func records(in input: [UInt8]) throws(Failure) -> [Record] {
        let bytes = input.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(input.dropFirst(3)) : input
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1, index = 0
        var inQuotes = false, wasQuoted = false, afterClosingQuote = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
            afterClosingQuote = false
        }
        func endRecord() {
            endField()
            // A blank line is one empty unquoted field: skip it rather than make an empty record.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }

        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                    }
                } else {
                    if byte == lf { line += 1 }
                    field.append(byte)
                }
            } else if byte == delimiter {
                endField()
            } else if byte == cr || byte == lf {
                if byte == cr, index + 1 < bytes.count, bytes[index + 1] == lf { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else if byte == quote {
                guard field.isEmpty, !wasQuoted else {
                    throw Failure(line: line, reason: .init(
                        "a quote inside an unquoted field; quote the whole field and double the quote",
                        "un guillemet dans un champ sans guillemets ; mettez tout le champ entre guillemets et doublez le guillemet"))
                }
                inQuotes = true
                wasQuoted = true
            } else {
                if afterClosingQuote {
                    let mark = String(UnicodeScalar(delimiter))
                    throw Failure(line: line, reason: .init(
                        "text after a closing quote; put a '\(mark)' after the quoted field",
                        "texte après un guillemet fermant ; mettez un '\(mark)' après le champ entre guillemets"))
                }
                field.append(byte)
            }
            index += 1
        }
        if inQuotes {
            throw Failure(line: recordLine, reason: .init("a quoted field is never closed", "un champ entre guillemets n'est jamais fermé"))
        }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return records
    }
}
