/// Inline content of a paragraph, heading or box.
public indirect enum MarkdownInline: Sendable, Equatable {
    /// Plain text.
    case text(String)
    /// `code`.
    case code(String)
    /// *emphasis*.
    case emphasis([MarkdownInline])
    /// **strong**.
    case strong([MarkdownInline])
    /// A link with its destination and title.
    case link(destination: String, title: String, [MarkdownInline])
    /// An image with its source, title and alternative text.
    case image(source: String, title: String, [MarkdownInline])
    /// Raw inline HTML.
    case html(String)
    /// A line break inside a paragraph that renders as a space.
    case softBreak
    /// A hard line break.
    case lineBreak
}

extension MarkdownInline {
    /// The text a reader sees, without markup.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    func appendPlainText(to out: inout String) {
        switch self {
        case .text(let s), .code(let s): out += s
        case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c):
            for inline in c { inline.appendPlainText(to: &out) }
        case .html: break
        case .softBreak, .lineBreak: out += " "
        }
    }
}

extension Array where Element == MarkdownInline {
    /// The text a reader sees, without markup.
    public var plainText: String {
        var out = ""
        for inline in self { inline.appendPlainText(to: &out) }
        return out
    }
}
