internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// Splits CSV bytes into rows of cells, with the delimiter `Export-Csv` was given: RFC 4180
/// quoting (doubled quotes, delimiters and line breaks inside quotes), LF or CRLF line ends,
/// blank lines skipped, and the line each row starts on kept for messages.
struct ExportCSVTokenizer {
    /// One row and the 1-based line it starts on.
    struct Row: Equatable {
        let line: Int
        let fields: [String]
    }

    /// Bytes that are not well-formed CSV.
    struct Failure: Error {
        let line: Int
        let reason: BilingualText
    }

    /// `,` or `;`.
    let delimiter: UInt8

    /// The delimiter of the header row (the first line not starting with `#`): `;` when it has
    /// more semicolons than commas outside quotes, else `,`.
    static func delimiter(of bytes: [UInt8]) -> UInt8 {
        var index = 0
        // Skip the #TYPE line of Windows PowerShell.
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

    /// The rows of `bytes`.
    func rows(in bytes: [UInt8]) throws(Failure) -> [Row] {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, rowLine = 1, index = 0
        var inQuotes = false, wasQuoted = false, afterClosingQuote = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
            afterClosingQuote = false
        }
        func endRow() {
            endField()
            // A blank line is one empty unquoted field: skip it rather than make an empty row.
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
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
                endRow()
                line += 1
                rowLine = line
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
            throw Failure(line: rowLine, reason: .init("a quoted field is never closed", "un champ entre guillemets n'est jamais fermé"))
        }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRow() }
        return rows
    }
}
