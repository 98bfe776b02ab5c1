import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// Writes the Markdown model of a guide as HTML, with numbered items turned into checkboxes.
///
/// It works from ``MarkdownBlock`` rather than cmark's own HTML output so that the DocFX forms
/// (callouts, boxes, task markers) come out as this site means them, every text goes through
/// ``HTML/text(_:)``, link addresses through ``LinkPolicy``, and raw HTML is shown as text
/// unless the admin asked for it with `--unsafe-html`.
///
/// ```swift
/// var renderer = MarkdownHTMLRenderer(language: .french)
/// let body = renderer.render(step.body, taskPrefix: step.id)
/// body.tasks  // the checkbox ids, in order
/// ```
public struct MarkdownHTMLRenderer: Sendable {
    /// What the renderer produced for a run of blocks.
    public struct Output: Sendable, Equatable {
        /// The markup.
        public var html: HTML
        /// The ids of the checkboxes, in page order.
        public var tasks: [String]
    }

    /// The language of labels the renderer adds (callout titles).
    public var language: Language
    /// Whether raw HTML in guides is written as it is (`--unsafe-html`) instead of shown as text.
    public var allowsRawHTML: Bool
    /// The heading level of the step the blocks belong to; headings inside are placed below `h2`.
    public var stepLevel: Int
    /// Resolves relative link and image addresses before ``LinkPolicy`` reads them, for pages
    /// published away from their Markdown (imported articles); `nil` writes them as written.
    var resolver: LinkResolver?
    /// Whether raw HTML is left out instead of shown as text: imported articles are full of
    /// anchors and line breaks that would only be noise on their page.
    var dropsRawHTML = false

    /// Creates a renderer.
    public init(language: Language, allowsRawHTML: Bool = false, stepLevel: Int = 2) {
        self.language = language
        self.allowsRawHTML = allowsRawHTML
        self.stepLevel = stepLevel
    }

    /// Renders blocks. Checkbox ids are `taskPrefix-t1`, `taskPrefix-t2`… in page order, so they
    /// stay the same from one render to the next while the guide does not change.
    public func render(_ blocks: [MarkdownBlock], taskPrefix: String) -> Output {
        render(blocks, state: State(prefix: taskPrefix))
    }

    /// Renders blocks that are not a step's tasks (an article's introduction): numbered lists
    /// stay lists, and only items the author marked `[ ]` or `[x]` get a checkbox.
    func renderProse(_ blocks: [MarkdownBlock], taskPrefix: String) -> Output {
        render(blocks, state: State(prefix: taskPrefix, numberedItemsAreTasks: false))
    }

    private func render(_ blocks: [MarkdownBlock], state: State) -> Output {
        var state = state
        var html = HTML.empty
        for block in blocks { html.append(render(block, state: &state, tight: false)) }
        return Output(html: html, tasks: state.tasks)
    }

    /// Renders inline content, for titles and boxes.
    public func render(_ inlines: [MarkdownInline]) -> HTML {
        var html = HTML.empty
        for inline in inlines { html.append(render(inline)) }
        return html
    }

    private struct State {
        var prefix: String
        var numberedItemsAreTasks = true
        var tasks: [String] = []

        mutating func nextTaskID() -> String {
            let id = "\(prefix)-t\(tasks.count + 1)"
            tasks.append(id)
            return id
        }
    }

    private func render(_ block: MarkdownBlock, state: inout State, tight: Bool) -> HTML {
        switch block.content {
        case .heading(let level, let inlines, let anchor):
            // h1 is the page and h2 the steps: a heading inside a step sits below them
            let shifted = min(6, max(3, level - stepLevel + 2))
            let id = anchor.map { HTML.attribute("id", $0) } ?? .empty
            return HTML.element("h\(shifted)", id, render(inlines)) + newline
        case .paragraph(let inlines):
            return tight ? render(inlines) : HTML.element("p", render(inlines)) + newline
        case .list(let list):
            return render(list, state: &state)
        case .callout(let kind, let blocks):
            var inner = HTML.element("p", HTML.attribute("class", "callout-title"), HTML.text(title(of: kind)))
            for child in blocks { inner.append(render(child, state: &state, tight: false)) }
            let attributes =
                HTML.attribute("class", "callout callout-\(kind.rawValue.lowercased())")
                + HTML.attribute("aria-label", title(of: kind))
            return HTML.element("aside", attributes, inner) + newline
        case .quote(let blocks):
            var inner = HTML.empty
            for child in blocks { inner.append(render(child, state: &state, tight: false)) }
            return HTML.element("blockquote", inner) + newline
        case .code(let info, let text):
            let language = info.split(separator: " ").first.map { HTML.attribute("class", "language-\($0)") } ?? .empty
            return HTML.element("pre", HTML.element("code", language, HTML.text(text))) + newline
        case .html(let raw):
            return rawHTML(raw, block: true)
        case .box(let inlines):
            return HTML.element("div", HTML.attribute("class", "box"), HTML.element("p", render(inlines))) + newline
        case .thematicBreak:
            return HTML(trusted: "<hr>\n")
        }
    }

    private func render(_ list: MarkdownList, state: inout State) -> HTML {
        let tag = list.ordered ? "ol" : "ul"
        var attributes = HTML.empty
        if list.ordered && list.start != 1 { attributes.append(HTML.attribute("start", String(list.start))) }
        var items = HTML.empty
        for item in list.items {
            // a numbered item is a task; so is a bullet that the author marked with [ ] or [x]
            let isTask = (state.numberedItemsAreTasks && list.ordered) || item.checked != nil
            items.append(isTask ? renderTask(item, state: &state, tight: list.tight) : renderItem(item, state: &state, tight: list.tight))
        }
        let hasTasks = (state.numberedItemsAreTasks && list.ordered) || list.items.contains { $0.checked != nil }
        if hasTasks { attributes.append(HTML.attribute("class", "tasks")) }
        return HTML(trusted: "<\(tag)\(attributes.markup)>\n") + items + HTML(trusted: "</\(tag)>\n")
    }

    private func renderItem(_ item: MarkdownListItem, state: inout State, tight: Bool) -> HTML {
        var inner = HTML.empty
        for block in item.blocks { inner.append(render(block, state: &state, tight: tight)) }
        return HTML.element("li", inner) + newline
    }

    /// `<li>` with a checkbox whose label is the item's first paragraph, so a click on the text
    /// ticks it and a screen reader reads the task as the checkbox's name.
    private func renderTask(_ item: MarkdownListItem, state: inout State, tight: Bool) -> HTML {
        let id = state.nextTaskID()
        var rest = item.blocks[...]
        var label: HTML
        if case .paragraph(let inlines)? = rest.first?.content {
            label = render(inlines)
            rest = rest.dropFirst()
        } else {
            label = HTML.text(BilingualText("Task \(state.tasks.count)", "Tâche \(state.tasks.count)")[language])
        }
        if label.isEmpty { label = HTML.text(BilingualText("Task \(state.tasks.count)", "Tâche \(state.tasks.count)")[language]) }
        var box = HTML.attribute("type", "checkbox") + HTML.attribute("class", "task-box") + HTML.attribute("id", id)
        if item.checked == true { box.append(HTML(trusted: " checked")) }
        var inner = HTML(trusted: "<input\(box.markup)>") + HTML.element("label", HTML.attribute("for", id), label)
        for block in rest { inner.append(render(block, state: &state, tight: tight)) }
        return HTML.element("li", HTML.attribute("class", "task"), inner) + newline
    }

    private func render(_ inline: MarkdownInline) -> HTML {
        switch inline {
        case .text(let text):
            return HTML.text(text)
        case .code(let code):
            return HTML.element("code", HTML.text(code))
        case .emphasis(let children):
            return HTML.element("em", render(children))
        case .strong(let children):
            return HTML.element("strong", render(children))
        case .link(let destination, let title, let children):
            guard let safe = LinkPolicy.safeDestination(resolver?.resolve(destination) ?? destination) else {
                // the words stay, the address does not
                return HTML.element("span", HTML.attribute("class", "blocked-link"), render(children))
            }
            var attributes = HTML.attribute("href", safe)
            if !title.isEmpty { attributes.append(HTML.attribute("title", title)) }
            if LinkPolicy.isExternal(safe) { attributes.append(HTML.attribute("rel", "noopener noreferrer")) }
            return HTML.element("a", attributes, render(children))
        case .image(let source, let title, let children):
            let alternative = children.plainText
            guard let safe = LinkPolicy.safeDestination(resolver?.resolve(source, isImage: true) ?? source) else {
                return HTML.text(alternative)
            }
            var attributes = HTML.attribute("src", safe) + HTML.attribute("alt", alternative)
            if !title.isEmpty { attributes.append(HTML.attribute("title", title)) }
            return HTML(trusted: "<img\(attributes.markup) loading=\"lazy\">")
        case .html(let raw):
            return rawHTML(raw, block: false)
        case .softBreak:
            return HTML(trusted: "\n")
        case .lineBreak:
            return HTML(trusted: "<br>\n")
        }
    }

    /// Raw HTML goes through only with `--unsafe-html`. Otherwise comments (step annotations,
    /// editor notes) disappear as they do on GitHub, and any other tag is shown as text so that
    /// nothing the author wrote is lost silently.
    private func rawHTML(_ raw: String, block: Bool) -> HTML {
        if allowsRawHTML { return HTML(trusted: raw) }
        if dropsRawHTML { return .empty }
        let trimmed = raw.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        if trimmed.hasPrefix("<!--") { return .empty }
        let text = block ? raw.trimmingCharacters(in: ["\n"]) : raw
        return block
            ? HTML.element("pre", HTML.attribute("class", "raw-html"), HTML.text(text)) + newline
            : HTML.element("code", HTML.attribute("class", "raw-html"), HTML.text(text))
    }

    private var newline: HTML { HTML(trusted: "\n") }

    /// The callout's heading in the page's language, from the one table (``CalloutKind/label``).
    func title(of kind: CalloutKind) -> String { kind.label[language] }
}
