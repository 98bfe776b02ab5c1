public import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// What to put in a site: which countries and languages, for which connectivity and features.
public struct SiteRequest: Sendable {
    /// The countries, in the order the index lists them.
    public var countries: [Country]
    /// The languages, in the order the index lists them.
    public var languages: [Language]
    /// The connectivity every plan is made for.
    public var connectivity: Connectivity
    /// The features every plan is made for.
    public var features: Set<Feature>
    /// Whether raw HTML in guides is written as it is (`--unsafe-html`).
    public var allowsRawHTML: Bool
    /// Tenant data to show beside each step, if any.
    public var statusProvider: (any StepStatusProvider)?

    /// Creates a request.
    public init(
        countries: [Country], languages: [Language], connectivity: Connectivity = .callingPlan,
        features: Set<Feature> = [], allowsRawHTML: Bool = false, statusProvider: (any StepStatusProvider)? = nil
    ) {
        self.countries = countries
        self.languages = languages
        self.connectivity = connectivity
        self.features = features
        self.allowsRawHTML = allowsRawHTML
        self.statusProvider = statusProvider
    }
}
