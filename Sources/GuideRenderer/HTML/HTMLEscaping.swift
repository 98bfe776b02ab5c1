/// All HTML escaping of the package: text and attribute values, and which URLs may be linked.
///
/// Everything that comes from an article goes through here; nothing is passed through raw.
public enum HTMLEscaping {
    /// Text or an attribute value with `& < > " '` escaped, and control characters dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                // C0/C1 controls (NUL included) have no business in a page
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether a link or image URL is safe to emit: `javascript:`, `data:` and `vbscript:` are
    /// not, whatever their case and however control characters or spaces disguise them.
    public static func isSafeURL(_ url: String) -> Bool {
        // browsers ignore ASCII whitespace and controls inside a scheme
        var scheme = ""
        for scalar in url.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F { continue }
            if scalar == ":" { break }
            if scalar == "/" || scalar == "?" || scalar == "#" { return true }
            scheme.unicodeScalars.append(scalar)
            if scheme.unicodeScalars.count > 16 { return true }
        }
        guard url.contains(":") else { return true }
        return !["javascript", "data", "vbscript"].contains(scheme.lowercased())
    }
}
