import Foundation
internal import SetupGuideModel
internal import SetupGuideParsing

/// Writes an imported article as a guide in this project's format: front matter, then every
/// step heading followed by a `<!-- step id: … -->` annotation for an author to complete.
///
/// Suggested ordering rules go into the annotation as YAML comments, so nothing takes effect
/// until the author confirms them. The result loads with ``GuideLoader``.
///
/// ```swift
/// let markdown = GuideWriter(baseURL: "https://learn.microsoft.com/fr-fr/microsoftteams/").write(article)
/// ```
public struct GuideWriter: Sendable {
    /// Resolves relative links as they are written; `nil` keeps them.
    public var resolver: LinkResolver?

    /// Creates a writer; `baseURL` is the folder relative links are resolved against.
    public init(baseURL: String? = nil) {
        resolver = baseURL.flatMap(LinkResolver.init(base:))
    }

    /// The guide file's text.
    public func write(_ article: ImportedArticle) -> String {
        let markdown = MarkdownWriter(resolver: resolver)
        var out = "---\n"
        out += "guide: \(guideID(article))\n"
        out += "lang: \(article.language.rawValue)\n"
        out += "title: \(Self.yamlString(article.title.isEmpty ? guideID(article) : article.title))\n"
        if let description = article.description { out += "description: \(Self.yamlString(description))\n" }
        if let date = article.date { out += "ms.date: \(Self.yamlString(date))\n" }
        if let source = article.source { out += "source: \(Self.yamlString(source))\n" }
        out += "---\n\n"
        out += "<!-- Imported from \(Self.commentSafe(article.path)) by 'setup-guide import'. "
        out += "Give each step its actions and checks (see 'setup-guide catalogue'). -->\n"
        let introduction = markdown.write(article.introduction)
        if !introduction.isEmpty { out += "\n" + introduction + "\n" }
        for step in article.steps {
            out += "\n" + heading(step) + "\n" + annotation(step, article: article) + "\n"
            let body = markdown.write(step.body)
            if !body.isEmpty { out += "\n" + body + "\n" }
            let trailer = markdown.write(step.trailer)
            if !trailer.isEmpty { out += "\n" + trailer + "\n" }
        }
        return out
    }

    /// The guide id: the title's words, else the file name's.
    public func guideID(_ article: ImportedArticle) -> String {
        var id = Slug.make(article.title)
        if id.isEmpty {
            let name = article.path.split(separator: "/").last.map(String.init) ?? article.path
            id = Slug.make(name.split(separator: ".").first.map(String.init) ?? name)
        }
        return id.isEmpty ? "imported-guide" : id
    }

    private func heading(_ step: ImportedStep) -> String {
        var text = String(repeating: "#", count: max(1, min(step.level, 6))) + " "
        if let anchor = step.anchor { text += "<a name=\"\(MarkdownWriter.attribute(anchor))\"></a>" }
        return text + MarkdownWriter.escape(step.heading).replacingNewlines(with: " ")
    }

    private func annotation(_ step: ImportedStep, article: ImportedArticle) -> String {
        var out = "<!-- step\nid: \(step.id)\n"
        let suggestions = article.orderingSuggestions.filter { $0.stepID == step.id }
        if !suggestions.isEmpty {
            out += "# Suggested by the article's prose: confirm, write the country condition, then uncomment.\n"
            out += "# order:\n"
            for suggestion in suggestions {
                let target = suggestion.targetID ?? "step-\(suggestion.target)"
                out += "#   - \(suggestion.relation.rawValue): \(target)\n"
                if let condition = suggestion.condition {
                    out += "#     if: { }  # \(Self.commentSafe(condition).replacingNewlines(with: " "))\n"
                }
                out += "#     because: \(Self.commentSafe(Self.yamlString(suggestion.sentence)))\n"
                out += "#     # from \(Self.commentSafe(suggestion.location.description))\n"
            }
        }
        return out + "-->"
    }

    /// A YAML double-quoted scalar (JSON string rules, which YAML accepts).
    static func yamlString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if ControlCharacters.isUnsafe(scalar) || scalar == "\u{FEFF}" {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Text that cannot close the HTML comment it is written in.
    static func commentSafe(_ text: String) -> String {
        var text = text
        while text.contains("--") { text = text.replacingOccurrences(of: "--", with: "- -") }
        return text.hasSuffix("-") ? text + " " : text
    }
}
