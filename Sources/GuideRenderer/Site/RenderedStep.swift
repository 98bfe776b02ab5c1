public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// A step's title and body as HTML, with the fingerprint of both.
///
/// A step reads the same in every country, so a site renders each step once per language and
/// every page reuses it; only the order, reasons and tenant overlay differ between pages.
public struct RenderedStep: Sendable, Equatable {
    /// The heading's content.
    public var title: HTML
    /// The body, with the checkbox ids.
    public var body: MarkdownHTMLRenderer.Output
    /// A fingerprint of the id, title and body, for the browser storage key.
    public var fingerprint: String

    /// Renders `step`.
    public init(_ step: Step, language: Language, allowsRawHTML: Bool) {
        title = MarkdownHTMLRenderer(language: language, allowsRawHTML: allowsRawHTML).render(step.titleInlines)
        body = MarkdownHTMLRenderer(language: language, allowsRawHTML: allowsRawHTML, stepLevel: step.level)
            .render(step.body, taskPrefix: step.id)
        var hash = ContentHash()
        hash.add(step.id)
        hash.add(title.markup)
        hash.add(body.html.markup)
        fingerprint = hash.hex
    }
}
