internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
public import SetupGuideImport
internal import SetupGuideEngine

/// Renders an imported article as one self-contained HTML page: a checklist per step, callouts,
/// links and images, and the suggested ordering rules.
///
/// Every piece of text and every attribute is escaped; raw HTML from the article is dropped and
/// `javascript:`, `data:` and `vbscript:` URLs are not linked.
///
/// ```swift
/// let page = ArticleHTMLRenderer(baseURL: "https://learn.microsoft.com/fr-fr/microsoftteams/").render(article)
/// ```
public struct ArticleHTMLRenderer: Sendable {
    /// Resolves relative links; `nil` keeps them.
    public var resolver: LinkResolver?

    /// Creates a renderer; `baseURL` is the folder relative links are resolved against.
    public init(baseURL: String? = nil) {
        resolver = baseURL.flatMap(LinkResolver.init(base:))
    }

    private static let style = """
        body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
        h1{font-size:1.8rem}section.step{border-top:1px solid #ccc;margin-top:2rem}
        .meta,.source{color:#555;font-size:.9rem}ol.tasks{padding-left:1.5rem}
        aside.callout{border-left:4px solid #0078d4;background:#f2f8fd;padding:.25rem 1rem;margin:1rem 0}
        aside.tip{border-color:#107c10;background:#f1faf1}aside.important{border-color:#8661c5;background:#f7f4fb}
        aside.caution,aside.warning{border-color:#d13438;background:#fdf3f4}
        .callout-title{font-weight:bold;margin:.25rem 0}.box{border:1px solid #ccc;padding:.5rem 1rem}
        .suggestion{background:#fff8e1;border:1px dashed #c19c00;padding:.5rem 1rem}img{max-width:100%}
        """

    /// The page.
    public func render(_ article: ImportedArticle) -> String {
        let french = article.language == .french
        var out = "<!DOCTYPE html>\n<html lang=\"\(article.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(e(article.title))</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n<main>\n"
        out += "<h1>\(e(article.title))</h1>\n"
        if let description = article.description { out += "<p class=\"description\">\(e(description))</p>\n" }
        var meta: [String] = []
        if let date = article.date { meta.append((french ? "Date : " : "Date: ") + e(date)) }
        if let source = article.source, HTMLEscaping.isSafeURL(source) {
            meta.append((french ? "Source : " : "Source: ") + link(source, text: e(source)))
        }
        if !meta.isEmpty { out += "<p class=\"meta\">\(meta.joined(separator: " · "))</p>\n" }
        // the introduction's own title would repeat the page's
        var introduction = article.introduction
        if case .heading(1, _, _)? = introduction.first?.content { introduction.removeFirst() }
        out += blocks(introduction, french: french)
        for step in article.steps {
            out += "<section class=\"step\" id=\"\(e(step.id))\">\n"
            let level = max(2, min(step.level, 6))
            out += "<h\(level)>\(e(step.heading))</h\(level)>\n"
            let suggestions = article.orderingSuggestions.filter { $0.stepID == step.id }
            for suggestion in suggestions {
                let target = article.steps.first { $0.id == suggestion.targetID }
                let name = target.map { e($0.heading) } ?? "\(suggestion.target)"
                let relation =
                    switch (suggestion.relation, french) {
                    case (.before, true): "avant"
                    case (.after, true): "après"
                    case (.before, false): "before"
                    case (.after, false): "after"
                    }
                out += "<p class=\"suggestion\">" + (french ? "Ordre suggéré (à confirmer) : " : "Suggested order (to confirm): ")
                out += (french ? "cette étape " : "this step ") + relation + " « " + name + " »"
                if let condition = suggestion.condition { out += " — " + e(condition) }
                out += "</p>\n"
            }
            out += blocks(step.body, inTasks: true, french: french)
            out += "</section>\n"
            out += blocks(step.trailer, french: french)
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    private static func title(of kind: CalloutKind, french: Bool) -> String {
        switch kind {
        case .note: french ? "Remarque" : "Note"
        case .tip: french ? "Conseil" : "Tip"
        case .important: "Important"
        case .caution: french ? "Attention" : "Caution"
        case .warning: french ? "Avertissement" : "Warning"
        }
    }

    private func blocks(_ blocks: [MarkdownBlock], inTasks: Bool = false, french: Bool) -> String {
        var out = ""
        for block in blocks { out += self.block(block, inTasks: inTasks, french: french) }
        return out
    }

    private func block(_ block: MarkdownBlock, inTasks: Bool, french: Bool) -> String {
        switch block.content {
        case .heading(let level, let content, let anchor):
            let level = max(1, min(level, 6))
            let id = anchor.map { " id=\"\(e($0))\"" } ?? ""
            return "<h\(level)\(id)>\(inlines(content))</h\(level)>\n"
        case .paragraph(let content):
            return "<p>\(inlines(content))</p>\n"
        case .list(let list):
            var out: String
            if list.ordered {
                out = "<ol" + (inTasks ? " class=\"tasks\"" : "") + (list.start != 1 ? " start=\"\(list.start)\"" : "") + ">\n"
            } else {
                out = "<ul>\n"
            }
            for item in list.items {
                out += "<li>"
                if inTasks && list.ordered || item.checked != nil {
                    out += "<input type=\"checkbox\" disabled" + (item.checked == true ? " checked" : "") + "> "
                }
                out += blocks(item.blocks, inTasks: inTasks, french: french) + "</li>\n"
            }
            return out + (list.ordered ? "</ol>\n" : "</ul>\n")
        case .callout(let kind, let children):
            let name = kind.rawValue.lowercased()
            return "<aside class=\"callout \(name)\"><p class=\"callout-title\">\(e(Self.title(of: kind, french: french)))</p>\n"
                + blocks(children, inTasks: inTasks, french: french) + "</aside>\n"
        case .quote(let children):
            return "<blockquote>\n" + blocks(children, inTasks: inTasks, french: french) + "</blockquote>\n"
        case .code(_, let text):
            return "<pre><code>\(e(text))</code></pre>\n"
        case .html:
            // raw HTML is never passed through
            return ""
        case .box(let content):
            return "<div class=\"box\">\(inlines(content))</div>\n"
        case .thematicBreak:
            return "<hr>\n"
        }
    }

    private func inlines(_ content: [MarkdownInline]) -> String {
        var out = ""
        for inline in content {
            switch inline {
            case .text(let text): out += e(text)
            case .code(let code): out += "<code>\(e(code))</code>"
            case .emphasis(let children): out += "<em>\(inlines(children))</em>"
            case .strong(let children): out += "<strong>\(inlines(children))</strong>"
            case .link(let destination, let title, let children):
                let url = resolver?.resolve(destination) ?? destination
                out += link(url, text: inlines(children), title: title)
            case .image(let source, let title, let children):
                let url = resolver?.resolve(source, isImage: true) ?? source
                let alt = e(children.plainText)
                if HTMLEscaping.isSafeURL(url) {
                    out += "<img src=\"\(e(url))\" alt=\"\(alt)\"" + (title.isEmpty ? "" : " title=\"\(e(title))\"") + ">"
                } else {
                    out += alt
                }
            case .html: break
            case .softBreak: out += "\n"
            case .lineBreak: out += "<br>\n"
            }
        }
        return out
    }

    /// A link, or only its text when the URL is unsafe.
    private func link(_ url: String, text: String, title: String = "") -> String {
        guard HTMLEscaping.isSafeURL(url) else { return text }
        return "<a href=\"\(e(url))\"" + (title.isEmpty ? "" : " title=\"\(e(title))\"") + ">\(text)</a>"
    }
}
