/// One guide file: its identity, its introduction and its steps.
///
/// ```swift
/// let result = GuideLoader().load(document)
/// for step in result.guide?.steps ?? [] { print(step.id, step.title) }
/// ```
public struct Guide: Sendable, Equatable {
    /// The guide id, the same in every language.
    public var id: String
    /// The language it is written in.
    public var language: Language
    /// The title from front matter.
    public var title: String
    /// One sentence for index pages.
    public var description: String
    /// Where the guide goes among the others.
    public var order: Int
    /// Extra front matter from Microsoft Learn (`ms.date`, …), kept as text.
    public var metadata: [String: String]
    /// The file it was read from.
    public var path: String
    /// Blocks before the first step.
    public var introduction: [MarkdownBlock]
    /// The steps, in the order written.
    public var steps: [Step]

    /// Creates a guide.
    public init(
        id: String, language: Language, title: String, description: String = "", order: Int = 0,
        metadata: [String: String] = [:], path: String, introduction: [MarkdownBlock] = [], steps: [Step]
    ) {
        self.id = id
        self.language = language
        self.title = title
        self.description = description
        self.order = order
        self.metadata = metadata
        self.path = path
        self.introduction = introduction
        self.steps = steps
    }
}
