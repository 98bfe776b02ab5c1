public import SetupGuideModel
internal import SetupGuideParsing

/// A Microsoft Learn article read as a checklist: its steps, their tasks, callouts and links,
/// and the ordering notes its prose suggests.
///
/// ```swift
/// let article = ArticleImporter(baseURL: "https://learn.microsoft.com/fr-fr/microsoftteams/")
///     .importArticle(bytes: bytes, path: "setup.md")
/// for step in article.steps { print(step.number ?? 0, step.title, step.tasks.count) }
/// ```
public struct ImportedArticle: Sendable, Equatable, Encodable {
    /// How the steps were found.
    public enum StepSource: String, Sendable, Equatable, Encodable {
        /// Headings such as "Étape 3 :" or "Step 3:".
        case numberedHeadings = "numbered-headings"
        /// No numbered heading: the article's second-level sections.
        case sections
        /// No step at all.
        case none
    }

    /// The file, as the user named it.
    public var path: String
    /// The title from front matter, else the first heading.
    public var title: String
    /// The description from front matter.
    public var description: String?
    /// `ms.date` from front matter, as written.
    public var date: String?
    /// Where the article comes from: front matter `source` (or `original_content_git_url`), else
    /// its address under the base URL.
    public var source: String?
    /// The language the article is written in.
    public var language: Language
    /// Whether the file was plain text copied from a web page rather than Markdown.
    public var plainText: Bool
    /// How the steps were found.
    public var stepSource: StepSource
    /// The steps, in the order written.
    public var steps: [ImportedStep]
    /// Links and images outside the steps.
    public var links: [ImportedLink]
    /// Ordering notes found in the prose, for the author to confirm.
    public var orderingSuggestions: [OrderingSuggestion]
    /// Problems found while importing.
    public var diagnostics: [Diagnostic]
    /// Blocks before the first step (not encoded: the checklist is what tools read).
    public var introduction: [MarkdownBlock]

    /// Creates an article.
    public init(
        path: String, title: String, description: String? = nil, date: String? = nil, source: String? = nil,
        language: Language, plainText: Bool = false, stepSource: StepSource, steps: [ImportedStep],
        links: [ImportedLink] = [], orderingSuggestions: [OrderingSuggestion] = [], diagnostics: [Diagnostic] = [],
        introduction: [MarkdownBlock] = []
    ) {
        self.path = path
        self.title = title
        self.description = description
        self.date = date
        self.source = source
        self.language = language
        self.plainText = plainText
        self.stepSource = stepSource
        self.steps = steps
        self.links = links
        self.orderingSuggestions = orderingSuggestions
        self.diagnostics = diagnostics
        self.introduction = introduction
    }

    private enum CodingKeys: String, CodingKey {
        case path, title, description, date, source, language, plainText, stepSource, steps, links
        case orderingSuggestions, diagnostics
    }
}

/// One step of an imported article.
public struct ImportedStep: Sendable, Equatable, Encodable {
    /// A unique id derived from the heading, ASCII words joined by `-`.
    public var id: String
    /// The number written in the heading; `nil` for a section taken as a step.
    public var number: Int?
    /// The heading text without "Étape N :".
    public var title: String
    /// The heading text as written.
    public var heading: String
    /// The heading level.
    public var level: Int
    /// The heading's DocFX anchor, if any.
    public var anchor: String?
    /// Where the heading is.
    public var location: SourceLocation
    /// The numbered items, nested ones inside their parents.
    public var tasks: [ImportedTask]
    /// Every callout of the step, in or out of tasks.
    public var callouts: [ImportedCallout]
    /// Every link and image of the step.
    public var links: [ImportedLink]
    /// The blocks under the heading (not encoded).
    public var body: [MarkdownBlock]
    /// Blocks after the step's body that belong to no step, such as a "See also" section (not encoded).
    public var trailer: [MarkdownBlock]

    /// Creates a step.
    public init(
        id: String, number: Int?, title: String, heading: String, level: Int, anchor: String?,
        location: SourceLocation, tasks: [ImportedTask] = [], callouts: [ImportedCallout] = [],
        links: [ImportedLink] = [], body: [MarkdownBlock] = [], trailer: [MarkdownBlock] = []
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.heading = heading
        self.level = level
        self.anchor = anchor
        self.location = location
        self.tasks = tasks
        self.callouts = callouts
        self.links = links
        self.body = body
        self.trailer = trailer
    }

    private enum CodingKeys: String, CodingKey {
        case id, number, title, heading, level, anchor, location, tasks, callouts, links
    }

    /// Encodes the location as `path:line:column`, as compilers print it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(number, forKey: .number)
        try container.encode(title, forKey: .title)
        try container.encode(heading, forKey: .heading)
        try container.encode(level, forKey: .level)
        try container.encodeIfPresent(anchor, forKey: .anchor)
        try container.encode(location.description, forKey: .location)
        try container.encode(tasks, forKey: .tasks)
        try container.encode(callouts, forKey: .callouts)
        try container.encode(links, forKey: .links)
    }

    /// Every task, depth first.
    public var allTasks: [ImportedTask] {
        var out: [ImportedTask] = []
        func visit(_ tasks: [ImportedTask]) {
            for task in tasks {
                out.append(task)
                visit(task.subtasks)
            }
        }
        visit(tasks)
        return out
    }
}

/// A list item of a step: numbered items, and any item nested under one.
public struct ImportedTask: Sendable, Equatable, Encodable {
    /// The number shown, such as `4` (bullet items have none).
    public var number: Int?
    /// Where it sits: `"2"`, `"2.1"`, …
    public var path: String
    /// The item's first paragraph as plain text.
    public var text: String
    /// `nil` for an ordinary item; `false` for `[ ]`, `true` for `[x]`.
    public var checked: Bool?
    /// Where the item starts.
    public var location: SourceLocation
    /// Items nested under this one.
    public var subtasks: [ImportedTask]
    /// The sub-heading of the step the task sits under, if any (numbering restarts under each).
    public var section: String?

    /// Creates a task.
    public init(
        number: Int?, path: String, text: String, checked: Bool? = nil, location: SourceLocation,
        subtasks: [ImportedTask] = [], section: String? = nil
    ) {
        self.number = number
        self.path = path
        self.text = text
        self.checked = checked
        self.location = location
        self.subtasks = subtasks
        self.section = section
    }

    private enum CodingKeys: String, CodingKey {
        case number, path, text, checked, location, subtasks, section
    }

    /// Encodes the location as `path:line:column`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(number, forKey: .number)
        try container.encode(path, forKey: .path)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(checked, forKey: .checked)
        try container.encode(location.description, forKey: .location)
        if !subtasks.isEmpty { try container.encode(subtasks, forKey: .subtasks) }
        try container.encodeIfPresent(section, forKey: .section)
    }
}

/// A DocFX alert, a one-cell-table box or a "Conseil :" line of a plain-text page.
public struct ImportedCallout: Sendable, Equatable, Encodable {
    /// `note`, `tip`, `important`, `caution`, `warning`, or `box` for a one-cell table.
    public var kind: String
    /// The callout's text.
    public var text: String
    /// The task it sits in (`"2.1"`), if any.
    public var task: String?
    /// Where it starts.
    public var location: SourceLocation

    /// Creates a callout.
    public init(kind: String, text: String, task: String? = nil, location: SourceLocation) {
        self.kind = kind
        self.text = text
        self.task = task
        self.location = location
    }

    private enum CodingKeys: String, CodingKey {
        case kind, text, task, location
    }

    /// Encodes the location as `path:line:column`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(task, forKey: .task)
        try container.encode(location.description, forKey: .location)
    }
}

/// A link or image, its destination resolved against the base URL.
public struct ImportedLink: Sendable, Equatable, Encodable {
    /// Link or image.
    public enum Kind: String, Sendable, Equatable, Encodable {
        /// `[text](url)`.
        case link
        /// `![alt](src)`.
        case image
    }

    /// Link or image.
    public var kind: Kind
    /// The link text or the image's alternative text.
    public var text: String
    /// The destination as written.
    public var destination: String
    /// The destination resolved against the base URL (the same when absolute or no base is given).
    public var url: String
    /// The title, if any.
    public var title: String?
    /// Where the block holding it starts (cmark gives no position to inlines).
    public var location: SourceLocation

    /// Creates a link.
    public init(
        kind: Kind, text: String, destination: String, url: String, title: String? = nil, location: SourceLocation
    ) {
        self.kind = kind
        self.text = text
        self.destination = destination
        self.url = url
        self.title = title
        self.location = location
    }

    private enum CodingKeys: String, CodingKey {
        case kind, text, destination, url, title, location
    }

    /// Encodes the location as `path:line:column`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(text, forKey: .text)
        try container.encode(destination, forKey: .destination)
        try container.encode(url, forKey: .url)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encode(location.description, forKey: .location)
    }
}

/// An ordering note found in prose, such as "outside the United States, do step 3 first, then
/// step 2", offered as a rule for the author to confirm.
public struct OrderingSuggestion: Sendable, Equatable, Encodable {
    /// The step the rule moves (its number).
    public var step: Int
    /// The id of that step.
    public var stepID: String
    /// Whether it goes before or after the target.
    public var relation: OrderingRule.Relation
    /// The other step (its number).
    public var target: Int
    /// The id of the other step, when the article has it.
    public var targetID: String?
    /// The condition as written ("si vous êtes en dehors des États-Unis"), if any.
    public var condition: String?
    /// The sentence the rule comes from.
    public var sentence: String
    /// Where the sentence's block starts.
    public var location: SourceLocation

    /// Creates a suggestion.
    public init(
        step: Int, stepID: String, relation: OrderingRule.Relation, target: Int, targetID: String?,
        condition: String?, sentence: String, location: SourceLocation
    ) {
        self.step = step
        self.stepID = stepID
        self.relation = relation
        self.target = target
        self.targetID = targetID
        self.condition = condition
        self.sentence = sentence
        self.location = location
    }

    private enum CodingKeys: String, CodingKey {
        case step, stepID, relation, target, targetID, condition, sentence, location
    }

    /// Encodes the location as `path:line:column`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(step, forKey: .step)
        try container.encode(stepID, forKey: .stepID)
        try container.encode(relation, forKey: .relation)
        try container.encode(target, forKey: .target)
        try container.encodeIfPresent(targetID, forKey: .targetID)
        try container.encodeIfPresent(condition, forKey: .condition)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(location.description, forKey: .location)
    }
}
