/// Everything lint and plan read: the country catalogue, the licence table and the guides of each
/// language.
///
/// ```swift
/// let content = ContentSet.load(paths: [URL(fileURLWithPath: "content")])
/// let steps = content.steps(in: .french)
/// ```
public struct ContentSet: Sendable {
    /// The country catalogue.
    public var countries: CountryCatalogue
    /// Which SKUs give Phone System, a Calling Plan or Audio Conferencing (`licences.yaml`).
    public var licences: LicenceBundles
    /// The guides, in plan order (front matter `order`, then file name).
    public var guides: [Guide]
    /// Problems met while reading (lint adds its own).
    public var diagnostics: [Diagnostic]
    /// How many bytes of Markdown were read, for benchmarks.
    public var bytesRead: Int

    /// Creates a content set.
    public init(
        countries: CountryCatalogue, guides: [Guide], diagnostics: [Diagnostic] = [], bytesRead: Int = 0,
        licences: LicenceBundles = LicenceBundles()
    ) {
        self.countries = countries
        self.licences = licences
        self.guides = guides.sorted { ($0.order, $0.path) < ($1.order, $1.path) }
        self.diagnostics = diagnostics
        self.bytesRead = bytesRead
    }

    /// The guides written in `language`.
    public func guides(in language: Language) -> [Guide] { guides.filter { $0.language == language } }

    /// Every step of `language`, guides in order and steps as written.
    public func steps(in language: Language) -> [Step] { guides(in: language).flatMap(\.steps) }

    /// The languages that have at least one guide.
    public var languages: [Language] { Language.allCases.filter { language in guides.contains { $0.language == language } } }
}
