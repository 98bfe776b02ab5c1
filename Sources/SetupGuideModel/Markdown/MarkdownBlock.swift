/// A 1-based line and UTF-8 column inside one file.
public struct SourcePosition: Sendable, Equatable, Hashable, Codable {
    /// 1-based line in the original file (front matter included).
    public var line: Int
    /// 1-based UTF-8 column.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A block of a Markdown document, with where it starts.
public struct MarkdownBlock: Sendable, Equatable {
    /// Where the block starts in the original file.
    public var position: SourcePosition
    /// What the block is.
    public var content: Content

    /// Creates a block.
    public init(_ content: Content, at position: SourcePosition) {
        self.content = content
        self.position = position
    }

    /// The kinds of block: CommonMark's, plus the DocFX forms this project reads.
    public indirect enum Content: Sendable, Equatable {
        /// A heading, with its DocFX anchor if one was given.
        case heading(level: Int, inlines: [MarkdownInline], anchor: String?)
        /// A paragraph.
        case paragraph([MarkdownInline])
        /// A bullet or ordered list.
        case list(MarkdownList)
        /// A DocFX alert such as `> [!TIP]`.
        case callout(kind: CalloutKind, blocks: [MarkdownBlock])
        /// A block quote that is not an alert.
        case quote([MarkdownBlock])
        /// A fenced or indented code block.
        case code(info: String, text: String)
        /// A raw HTML block (comments included).
        case html(String)
        /// A one-cell pipe table used as a box around its content.
        case box([MarkdownInline])
        /// A thematic break.
        case thematicBreak
    }
}

/// A list and its items.
public struct MarkdownList: Sendable, Equatable {
    /// Whether the items are numbered.
    public var ordered: Bool
    /// The first number, for ordered lists (a list split by a box goes on from where it stopped).
    public var start: Int
    /// Whether cmark considered the list tight.
    public var tight: Bool
    /// The items.
    public var items: [MarkdownListItem]

    /// Creates a list.
    public init(ordered: Bool, start: Int, tight: Bool, items: [MarkdownListItem]) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
    }
}

/// One item of a list.
public struct MarkdownListItem: Sendable, Equatable {
    /// Where the item starts.
    public var position: SourcePosition
    /// `nil` for an ordinary item; `false` for `[ ]` and `true` for `[x]`.
    public var checked: Bool?
    /// The item's blocks, nested lists included.
    public var blocks: [MarkdownBlock]

    /// Creates an item.
    public init(position: SourcePosition, checked: Bool? = nil, blocks: [MarkdownBlock]) {
        self.position = position
        self.checked = checked
        self.blocks = blocks
    }
}

/// The kinds of DocFX alert.
public enum CalloutKind: String, Sendable, Equatable, CaseIterable, Codable {
    case note = "NOTE"
    case tip = "TIP"
    case important = "IMPORTANT"
    case caution = "CAUTION"
    case warning = "WARNING"
}
