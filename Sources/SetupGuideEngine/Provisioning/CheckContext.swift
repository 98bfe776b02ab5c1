public import SetupGuideModel
internal import SetupGuidePlanning

/// What a check needs to know beyond the tenant.
public struct CheckContext: Sendable, Equatable {
    /// The organisation's country, when the plan knows it and the tenant may not.
    public var country: String?
    /// The language of the summaries the caller will show.
    public var language: Language
    /// The step whose checks these are, for `manual.recorded`.
    public var stepID: String?

    /// Creates a context.
    public init(country: String? = nil, language: Language = .english, stepID: String? = nil) {
        self.country = country
        self.language = language
        self.stepID = stepID
    }
}
