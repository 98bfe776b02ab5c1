internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// A fragment of HTML that is safe to write as it is: every piece of text in it went through
/// ``HTML/text(_:)`` or ``HTML/attribute(_:)``.
///
/// Guide text, country names and tenant data become `HTML` only here, through
/// ``HTMLEscaping``, so a reviewer can check escaping in two short files; everything else
/// concatenates fragments. Templates receive nothing but `HTML` values and write them with `{{{name}}}`.
///
/// ```swift
/// let title = HTML.element("h1", HTML.text("Numbers & <addresses>"))
/// title.markup  // <h1>Numbers &amp; &lt;addresses&gt;</h1>
/// ```
public struct HTML: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The markup.
    public private(set) var markup: String

    /// Markup the caller vouches for: literal tags written in this package, or raw HTML that an
    /// admin let through with `--unsafe-html`.
    public init(trusted markup: String) { self.markup = markup }

    /// The empty fragment.
    public static let empty = HTML(trusted: "")

    /// Text shown as text: `& < > " '` are escaped and control characters dropped, so it is safe in
    /// content and in quoted attributes.
    public static func text(_ text: some StringProtocol) -> HTML {
        HTML(trusted: HTMLEscaping.escape(text))
    }

    /// A quoted attribute value, `name="value"`, with the value escaped.
    public static func attribute(_ name: String, _ value: some StringProtocol) -> HTML {
        HTML(trusted: " \(name)=\"\(HTMLEscaping.escape(value))\"")
    }

    /// An element around already-safe content, with optional attributes.
    public static func element(_ name: String, _ attributes: HTML = .empty, _ content: HTML) -> HTML {
        HTML(trusted: "<\(name)\(attributes.markup)>\(content.markup)</\(name)>")
    }

    /// An element without attributes.
    public static func element(_ name: String, _ content: HTML) -> HTML {
        element(name, .empty, content)
    }

    /// Appends a fragment.
    public mutating func append(_ other: HTML) { markup += other.markup }

    /// Appends markup written in this package.
    mutating func append(trusted literal: String) { markup += literal }

    /// Joins fragments.
    public static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(trusted: lhs.markup + rhs.markup) }

    /// Whether there is no markup at all.
    public var isEmpty: Bool { markup.isEmpty }

    /// The markup.
    public var description: String { markup }
}
