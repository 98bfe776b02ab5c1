internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// Decides which link and image addresses a page may carry: the one policy of every `href` and
/// `src` the package writes from a guide or an article.
///
/// Guides come from anyone who can open a pull request, so only addresses that open a page or a
/// mail are written: `http:`, `https:`, `mailto:` and relative or `#fragment` addresses. Anything
/// else (`javascript:`, `vbscript:`, `data:`, `file:`…) is dropped and the link's text kept.
/// Browsers ignore tabs, new lines and leading control characters or spaces when they read a
/// scheme (`java\tscript:`), so the scheme is read with those removed; removing more than a
/// browser would can only make an address look absolute and be refused, never let one through.
///
/// ```swift
/// LinkPolicy.safeDestination("https://learn.microsoft.com/")  // kept
/// LinkPolicy.safeDestination("java\tscript:alert(1)")         // nil
/// ```
public enum LinkPolicy {
    /// The schemes a page may link to; an address with any other scheme is not written.
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// The address to write, or `nil` when it must not appear in the page.
    public static func safeDestination(_ destination: String) -> String? {
        guard let scheme = scheme(of: destination) else { return destination }
        return allowedSchemes.contains(scheme) ? destination : nil
    }

    /// Whether the address may be written into a page.
    public static func isSafe(_ destination: String) -> Bool {
        safeDestination(destination) != nil
    }

    /// Whether the address leaves the site (it has a scheme or starts with `//`).
    public static func isExternal(_ destination: String) -> Bool {
        scheme(of: destination) != nil || destination.hasPrefix("//")
    }

    /// The lower-cased scheme, read the way a browser reads it, or `nil` for a relative address.
    ///
    /// A scheme is an ASCII letter followed by letters, digits, `+`, `-` or `.`, up to a colon;
    /// anything else before the first colon makes the address relative, as in a browser.
    static func scheme(of destination: String) -> String? {
        var scheme = String.UnicodeScalarView()
        for scalar in destination.unicodeScalars {
            // a browser strips tabs and new lines anywhere, and leading spaces and controls
            if scalar == " " || ControlCharacters.isUnsafe(scalar) { continue }
            if scalar == ":" { return scheme.isEmpty ? nil : String(scheme).lowercased() }
            let isLetter = scalar.isASCII && scalar.properties.isAlphabetic
            let isOther = scalar.isASCII && (scalar.properties.numericType != nil || "+-.".unicodeScalars.contains(scalar))
            guard isLetter || (!scheme.isEmpty && isOther) else { return nil }
            scheme.append(scalar)
        }
        return nil
    }
}
