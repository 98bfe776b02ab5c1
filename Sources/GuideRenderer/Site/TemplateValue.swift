internal import Mustache
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// A value handed to a template: escaped HTML, a flag, a list or a nested object.
///
/// Templates never see a `String`: every leaf is ``HTML``, made in `HTML.swift`, so a template
/// may write a value with `{{name}}` or `{{{name}}}` alike and still cannot let guide or tenant
/// text through unescaped.
///
/// ```swift
/// let context: TemplateValue = ["title": .text("Numéros"), "steps": .list([["id": .text("licences")]])]
/// ```
public indirect enum TemplateValue: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// Markup, already escaped.
    case html(HTML)
    /// A flag for `{{#flag}}…{{/flag}}` and `{{^flag}}…{{/flag}}`.
    case flag(Bool)
    /// Items for `{{#items}}…{{/items}}`.
    case list([TemplateValue])
    /// Named values.
    case object([String: TemplateValue])

    /// Text, escaped.
    public static func text(_ text: some StringProtocol) -> TemplateValue { .html(HTML.text(text)) }

    /// A number, as text.
    public static func number(_ value: Int) -> TemplateValue { .html(HTML.text(String(value))) }

    /// Creates an object from its entries.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The form Mustache reads: dictionaries, arrays, `Bool` and `HTML`.
    var mustacheValue: Any {
        switch self {
        case .html(let html): RenderableHTML(html: html)
        case .flag(let flag): flag
        case .list(let items): items.map(\.mustacheValue)
        case .object(let fields): fields.mapValues(\.mustacheValue)
        }
    }

    /// A field of an object, for tests and for builders that add to one.
    public subscript(key: String) -> TemplateValue? {
        get {
            guard case .object(let fields) = self else { return nil }
            return fields[key]
        }
        set {
            guard case .object(var fields) = self else { return }
            fields[key] = newValue
            self = .object(fields)
        }
    }
}

/// How ``HTML`` reaches Mustache: written as it is, and empty counts as absent in sections.
private struct RenderableHTML: MustacheCustomRenderable {
    let html: HTML
    var renderText: String { html.markup }
    var isNull: Bool { html.isEmpty }
}
