/// A parsed Markdown file: its front matter, if any, and its blocks.
///
/// ```swift
/// let document = try MarkdownParser().parse(text, path: "guide.md")
/// for block in document.blocks { … }
/// ```
public struct MarkdownDocument: Sendable, Equatable {
    /// The file, as the user named it.
    public var path: String
    /// The YAML between the opening `---` lines, if the file has it.
    public var frontMatter: FrontMatter?
    /// The body's blocks, positions counted from the top of the file.
    public var blocks: [MarkdownBlock]
    /// Problems the parser met, such as nesting past its limit (the blocks then hold the text
    /// of the too-deep part, flattened).
    public var diagnostics: [Diagnostic]

    /// Creates a document.
    public init(path: String, frontMatter: FrontMatter?, blocks: [MarkdownBlock], diagnostics: [Diagnostic] = []) {
        self.path = path
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.diagnostics = diagnostics
    }

    /// The location of a position in this file.
    public func location(_ position: SourcePosition) -> SourceLocation {
        SourceLocation(path: path, line: position.line, column: position.column)
    }
}

/// Front matter as written: its YAML text and the line it starts on.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML between the fences.
    public var yaml: String
    /// The file line of the YAML's first line.
    public var firstLine: Int

    /// Creates front matter.
    public init(yaml: String, firstLine: Int) {
        self.yaml = yaml
        self.firstLine = firstLine
    }
}
