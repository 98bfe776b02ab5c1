/// The one rule for characters that must not reach people or files as they are.
///
/// Terminals, HTML, PowerShell, mail headers and generated guides all need to know which
/// scalars are control characters (C0, DEL and C1) and which break lines without being a
/// plain line feed. Every writer asks here, so they cannot disagree.
///
/// ```swift
/// ControlCharacters.isControl("\u{1B}")        // true: ESC
/// ControlCharacters.isLineBreak("\u{2028}")    // true: LINE SEPARATOR
/// ControlCharacters.replacing("a\u{7}b")       // "a b"
/// ```
///
/// The checks are `@inlinable`: escapers call them once per scalar of every page, from other
/// targets, where an opaque call and a set lookup per scalar would cost more than the escaping.
public enum ControlCharacters {
    /// C0 controls (U+0000–U+001F), DEL (U+007F) and C1 controls (U+0080–U+009F).
    @inlinable
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Scalars that end a line somewhere: LF, VT, FF, CR, NEL, LINE and PARAGRAPH SEPARATOR.
    @inlinable
    public static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// A control character or a line break other than the ones `keeping` lets through.
    @inlinable
    public static func isUnsafe(_ scalar: Unicode.Scalar, keeping kept: Set<Unicode.Scalar> = []) -> Bool {
        // The set is asked only about the few scalars that are unsafe at all.
        (isControl(scalar) || isLineBreak(scalar)) && !kept.contains(scalar)
    }

    /// Whether `text` holds any scalar `isUnsafe` refuses.
    @inlinable
    public static func contains(in text: some StringProtocol, keeping kept: Set<Unicode.Scalar> = []) -> Bool {
        // Unsafe scalars are all below U+0080, or C1 controls and separators, which UTF-8 starts
        // with 0xC2 and 0xE2: text without such bytes (most of it) needs no decoding at all.
        if text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) == false { return false }
        return text.unicodeScalars.contains { isUnsafe($0, keeping: kept) }
    }

    /// `text` with every unsafe scalar replaced by `replacement` (a space by default).
    public static func replacing(
        _ text: some StringProtocol, with replacement: Unicode.Scalar = " ", keeping kept: Set<Unicode.Scalar> = []
    ) -> String {
        // most text holds nothing to replace: give it back without rebuilding it scalar by scalar
        if !contains(in: text, keeping: kept) { return String(text) }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isUnsafe(scalar, keeping: kept) ? replacement : scalar) }
        return String(scalars)
    }

    /// `text` without its unsafe scalars.
    public static func removing(_ text: some StringProtocol, keeping kept: Set<Unicode.Scalar> = []) -> String {
        // most text holds nothing to replace: give it back without rebuilding it scalar by scalar
        if !contains(in: text, keeping: kept) { return String(text) }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isUnsafe(scalar, keeping: kept) { scalars.append(scalar) }
        return String(scalars)
    }
}
