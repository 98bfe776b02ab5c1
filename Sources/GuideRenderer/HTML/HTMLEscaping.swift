internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// The one HTML escaper of the package, for text and quoted attribute values alike.
///
/// ``HTML/text(_:)`` and ``HTML/attribute(_:_:)`` call it, so guide text, article text and tenant
/// data in reports are all escaped the same way; which addresses may be linked is
/// ``LinkPolicy``'s business.
///
/// ```swift
/// HTMLEscaping.escape("a & <b>\u{1B}")  // "a &amp; &lt;b&gt;"
/// ```
public enum HTMLEscaping {
    /// What text keeps of what ``ControlCharacters`` refuses: line feeds and tabs lay out `<pre>`
    /// blocks, and the line and paragraph separators are only spaces to a browser.
    static let keptInText: Set<Unicode.Scalar> = ["\n", "\t", "\u{2028}", "\u{2029}"]

    /// Text or an attribute value with `& < > " '` escaped, and control characters dropped.
    public static func escape(_ text: some StringProtocol) -> String {
        // C0/C1 controls (NUL included) have no business in a page; text is copied only when it holds one
        if ControlCharacters.contains(in: text, keeping: keptInText) {
            return escapingMarkup(ControlCharacters.removing(text, keeping: keptInText))
        }
        return escapingMarkup(text)
    }

    /// Escapes the five characters that can end text or a quoted attribute early.
    ///
    /// Working on UTF-8 keeps this cheap: most guide text has nothing to escape and is copied
    /// in one go.
    private static func escapingMarkup(_ text: some StringProtocol) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return String(text)
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
