public import Foundation
public import SetupGuideModel

/// What a command asks a plan for: each value is `nil` (or empty) when it was not given, so the
/// answers file, then the tenant, then the default can fill it in.
public struct PlanRequest: Sendable, Equatable {
    /// The ISO code of the organisation's country, as given (checked against the catalogue later).
    public var country: String?
    /// The optional features chosen.
    public var features: [Feature]
    /// How the organisation reaches the phone network.
    public var connectivity: Connectivity?
    /// The answers file to read, as the user wrote its path.
    public var answersPath: String?
    /// The language of guides and messages.
    public var language: Language?
    /// The folder holding countries.yaml and guides/.
    public var content: URL

    /// Creates a request.
    public init(
        country: String? = nil, features: [Feature] = [], connectivity: Connectivity? = nil, answersPath: String? = nil,
        language: Language? = nil, content: URL
    ) {
        self.country = country
        self.features = features
        self.connectivity = connectivity
        self.answersPath = answersPath
        self.language = language
        self.content = content
    }
}
