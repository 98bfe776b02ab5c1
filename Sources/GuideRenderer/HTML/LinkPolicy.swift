internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// Decides which link and image addresses a page may carry.
///
/// Guides come from anyone who can open a pull request, so an address that would run code when
/// clicked (`javascript:`, `vbscript:`) or smuggle a document in (`data:`) is dropped and the
/// link's text kept. Browsers ignore tabs, new lines and leading control characters inside a
/// scheme (`java\tscript:`), so those are removed before the scheme is read.
public enum LinkPolicy {
    /// Schemes that are never written into a page.
    public static let blockedSchemes: Set<String> = ["javascript", "vbscript", "data"]

    /// The address to write, or `nil` when it must not appear in the page.
    public static func safeDestination(_ destination: String) -> String? {
        guard let scheme = scheme(of: destination) else { return destination }
        return blockedSchemes.contains(scheme) ? nil : destination
    }

    /// Whether the address leaves the site (it has a scheme or starts with `//`).
    public static func isExternal(_ destination: String) -> Bool {
        scheme(of: destination) != nil || destination.hasPrefix("//")
    }

    /// The lower-cased scheme, read the way a browser reads it, or `nil` for a relative address.
    static func scheme(of destination: String) -> String? {
        var scheme = ""
        for scalar in destination.unicodeScalars {
            // a browser strips these anywhere in the scheme, and skips leading spaces and controls
            if scalar.value <= 0x20 || scalar.value == 0x7F { continue }
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            guard scalar.isASCII, scalar.properties.isAlphabetic || "0123456789+-.".unicodeScalars.contains(scalar)
            else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }
}
