internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// All HTML escaping of the package: text and attribute values, and which URLs may be linked.
///
/// Everything that comes from an article goes through here; nothing is passed through raw.
public enum HTMLEscaping {
    /// Text or an attribute value with `& < > " '` escaped, and control characters dropped.
    public static func escape(_ text: String) -> String {
        // C0/C1 controls (NUL included) have no business in a page; the escaping itself is HTML's
        let kept = String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            scalar == "\n" || scalar == "\t" || !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
        }))
        return HTML.text(kept).markup
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
