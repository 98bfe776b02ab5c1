internal import SetupGuideModel
internal import SetupGuidePlanning

/// A small RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks inside quotes,
/// a leading byte order mark, and LF or CRLF line ends.
///
/// It works on UTF-8 bytes because user exports run to 100,000 rows, and it remembers the line
/// each record starts on so that errors can name it.
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
        /// What is wrong.
        public let reason: String
    }

    /// Creates a reader.
    public init() {}

    /// Splits `text` into records; blank lines are skipped.
    public func records(in text: String) throws(Failure) -> [Record] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = 0
        var inQuotes = false
        var wasQuoted = false
        var afterClosingQuote = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
            afterClosingQuote = false
        }
        func endRecord() {
            endField()
            // A blank line is one empty unquoted field: skip it rather than make an empty record.
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
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
            } else if byte == comma {
                endField()
            } else if byte == cr || byte == lf {
                if byte == cr, index + 1 < bytes.count, bytes[index + 1] == lf { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else if byte == quote {
                guard field.isEmpty, !wasQuoted else {
                    throw Failure(line: line, reason: "a quote inside an unquoted field; quote the whole field and double the quote")
                }
                inQuotes = true
                wasQuoted = true
            } else {
                if afterClosingQuote {
                    throw Failure(line: line, reason: "text after a closing quote; put a comma after the quoted field")
                }
                field.append(byte)
            }
            index += 1
        }
        if inQuotes {
            throw Failure(line: recordLine, reason: "a quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return records
    }
}
