internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// Every escaping the verification reports need, in one place, so that no value from a tenant or
/// an export (a display name, an address, a file name) reaches a page or a file unescaped.
public enum ReportEscaping {
    /// The line and paragraph separators: ``ControlCharacters`` counts them as line breaks, but
    /// XML, Markdown tables and terminals show them as they are, so the reports keep them.
    static let separators: Set<Unicode.Scalar> = ["\u{2028}", "\u{2029}"]

    /// Text for HTML element content and quoted attribute values.
    public static func html(_ text: String) -> String {
        HTML.text(text).markup
    }

    /// Text for XML content and quoted attributes. Characters XML 1.0 cannot hold at all (most
    /// control characters) become U+FFFD; CR, LF and tab become character references so that
    /// attribute values keep them.
    public static func xml(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default:
                // XML 1.0 cannot hold C0 controls nor U+FFFE/U+FFFF, and discourages DEL and C1
                let allowed = !ControlCharacters.isUnsafe(scalar, keeping: separators) && !(0xFFFE...0xFFFF).contains(scalar.value)
                result.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return result
    }

    /// Text for a Markdown table cell: `|` and backslashes escaped, line breaks as `<br>`,
    /// characters that would start HTML or emphasis made literal, control characters replaced.
    public static func markdownCell(_ text: String) -> String {
        var result = ""
        var previousWasCR = false
        for character in text {
            switch character {
            case "\r\n", "\n", "\r":
                if !(character == "\n" && previousWasCR) { result += "<br>" }
            case "|": result += "\\|"
            case "\\": result += "\\\\"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "*", "_", "`", "[", "]": result += "\\" + String(character)
            default:
                // A control character (an escape sequence from a hostile value) has no business in a ticket.
                if ControlCharacters.contains(in: String(character), keeping: separators) { result += "\u{FFFD}" } else { result.append(character) }
            }
            previousWasCR = character == "\r"
        }
        return result
    }

    /// Text for one terminal line: control characters (escape sequences from a hostile value,
    /// CR that would overwrite the line) shown as visible `\u{…}` codes.
    public static func terminal(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if ControlCharacters.isUnsafe(scalar, keeping: separators) {
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
