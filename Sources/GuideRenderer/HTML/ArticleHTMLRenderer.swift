internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
public import SetupGuideImport
internal import SetupGuideEngine

/// Renders an imported article as one self-contained HTML page: a checklist per step, callouts,
/// links and images, and the suggested ordering rules.
///
/// The article's Markdown goes through ``MarkdownHTMLRenderer``, like a guide's, so both pages
/// share one block renderer, one escaper (``HTMLEscaping``) and one link policy
/// (``LinkPolicy``); this type adds only the page around it. Raw HTML from the article is
/// dropped and relative addresses are resolved against `baseURL`.
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
        aside.callout-tip{border-color:#107c10;background:#f1faf1}aside.callout-important{border-color:#8661c5;background:#f7f4fb}
        aside.callout-caution,aside.callout-warning{border-color:#d13438;background:#fdf3f4}
        .callout-title{font-weight:bold;margin:.25rem 0}.box{border:1px solid #ccc;padding:.5rem 1rem}
        .suggestion{background:#fff8e1;border:1px dashed #c19c00;padding:.5rem 1rem}img{max-width:100%}
        li.task>input{width:1.15rem;height:1.15rem;margin:0 .5rem 0 0;vertical-align:-.15rem;cursor:pointer}
        li.task>label{cursor:pointer}.task-box:checked+label{color:#555}
        @page{size:A4;margin:1.5cm}@media print{h2,h3,h4{break-after:avoid;page-break-after:avoid}li.task{break-inside:avoid}}
        """

    /// The page.
    public func render(_ article: ImportedArticle) -> String {
        let language = article.language
        var out = "<!DOCTYPE html>\n<html lang=\"\(article.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(e(article.title))</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n<main>\n"
        out += "<h1>\(e(article.title))</h1>\n"
        if let description = article.description { out += "<p class=\"description\">\(e(description))</p>\n" }
        var meta: [String] = []
        if let date = article.date { meta.append(BilingualText("Date: ", "Date : ")[language] + e(date)) }
        if let source = article.source, LinkPolicy.isSafe(source) {
            meta.append(BilingualText("Source: ", "Source : ")[language] + link(source, text: e(source)))
        }
        if !meta.isEmpty { out += "<p class=\"meta\">\(meta.joined(separator: " · "))</p>\n" }
        // the introduction's own title would repeat the page's
        var introduction = article.introduction
        if case .heading(1, _, _)? = introduction.first?.content { introduction.removeFirst() }
        out += markdown(language).renderProse(introduction, taskPrefix: "introduction").html.markup
        for step in article.steps {
            out += "<section class=\"step\" id=\"\(e(step.id))\">\n"
            let level = max(2, min(step.level, 6))
            out += "<h\(level)>\(e(step.heading))</h\(level)>\n"
            let suggestions = article.orderingSuggestions.filter { $0.stepID == step.id }
            for suggestion in suggestions {
                let target = article.steps.first { $0.id == suggestion.targetID }
                let name = target.map { e($0.heading) } ?? "\(suggestion.target)"
                let relation =
                    switch suggestion.relation {
                    case .before: BilingualText("before", "avant")[language]
                    case .after: BilingualText("after", "après")[language]
                    }
                out += "<p class=\"suggestion\">" + BilingualText("Suggested order (to confirm): ", "Ordre suggéré (à confirmer) : ")[language]
                out += BilingualText("this step ", "cette étape ")[language] + relation + " « " + name + " »"
                if let condition = suggestion.condition { out += " — " + e(condition) }
                out += "</p>\n"
            }
            out += markdown(language, stepLevel: level).render(step.body, taskPrefix: step.id).html.markup
            out += "</section>\n"
            out += markdown(language).renderProse(step.trailer, taskPrefix: step.id + "-after").html.markup
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// The shared Markdown renderer, set up for an article page: relative addresses resolved
    /// against the article's site, raw HTML left out, step headings kept at their level.
    private func markdown(_ language: Language, stepLevel: Int = 2) -> MarkdownHTMLRenderer {
        var renderer = MarkdownHTMLRenderer(language: language, stepLevel: stepLevel)
        renderer.resolver = resolver
        renderer.dropsRawHTML = true
        return renderer
    }

    /// A link, or only its text when ``LinkPolicy`` refuses the address.
    private func link(_ url: String, text: String) -> String {
        guard let safe = LinkPolicy.safeDestination(url) else { return text }
        return "<a href=\"\(e(safe))\">\(text)</a>"
    }
}
