internal import SetupGuideModel
internal import SetupGuideParsing

/// Resolves relative link destinations against a base URL, as a browser would on the
/// published page (RFC 3986 merge and dot-segment removal).
///
/// DocFX publishes `page.md` as `page`, so a link to a Markdown file loses its `.md`.
/// Done by hand rather than with `URL(string:relativeTo:)`: a folder of thousands of articles
/// resolves hundreds of thousands of links.
public struct LinkResolver: Sendable, Equatable {
    /// `https://host`, without a trailing slash.
    private var origin: String
    /// The base path, always starting with `/`.
    private var basePath: String

    /// A resolver for `base`, or `nil` when `base` is not an absolute `http(s)` or `file` URL.
    /// A base without a trailing `/` names a folder, so one is added.
    public init?(base: String) {
        guard let schemeEnd = base.range(of: "://") else { return nil }
        let scheme = base[..<schemeEnd.lowerBound].lowercased()
        guard ["http", "https", "file"].contains(scheme) else { return nil }
        let afterScheme = base[schemeEnd.upperBound...]
        let pathStart = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        origin = String(base[..<pathStart])
        var path = String(afterScheme[pathStart...])
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        if !path.hasSuffix("/") { path += "/" }
        basePath = path
    }

    /// The absolute form of `destination`; absolute URLs and `#fragment` links come back unchanged.
    public func resolve(_ destination: String, isImage: Bool = false) -> String {
        let reference = destination.trimmingUnicodeWhitespace()
        if reference.isEmpty || reference.hasPrefix("#") || Self.hasScheme(reference) { return reference }
        if reference.hasPrefix("//") { return (origin.hasPrefix("http:") ? "http:" : "https:") + reference }
        // split off ?query and #fragment, which resolution leaves alone
        let suffixStart = reference.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? reference.endIndex
        var path = String(reference[..<suffixStart])
        let suffix = reference[suffixStart...]
        if !isImage, path.lowercased().hasSuffix(".md") { path.removeLast(3) }
        let merged: String
        if path.hasPrefix("/") {
            merged = path
        } else if path.isEmpty {
            merged = basePath
        } else {
            merged = basePath + path
        }
        return origin + Self.removingDotSegments(merged) + suffix
    }

    /// `a/b/../c/./d` → `a/c/d`; `..` never climbs above the root.
    static func removingDotSegments(_ path: String) -> String {
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        var result = output.joined(separator: "/")
        if !result.hasPrefix("/") { result = "/" + result }
        return result
    }

    /// Whether `text` opens with `scheme:` (letters, digits, `+`, `-`, `.` before a colon).
    public static func hasScheme(_ text: String) -> Bool {
        var first = true
        for scalar in text.unicodeScalars {
            if scalar == ":" { return !first }
            let isLetter = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
            let allowed = isLetter || (!first && ((scalar >= "0" && scalar <= "9") || scalar == "+" || scalar == "-" || scalar == "."))
            if !allowed { return false }
            first = false
        }
        return false
    }
}
