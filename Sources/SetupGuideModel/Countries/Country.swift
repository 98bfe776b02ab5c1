/// One country of the catalogue, with the facts that shape its plan.
public struct Country: Sendable, Equatable, Codable {
    /// ISO 3166-1 alpha-2 code, such as `FR`.
    public let code: String
    /// Name in French.
    public let nameFrench: String
    /// Name in English.
    public let nameEnglish: String
    /// The Calling Plan SKUs sold there (empty where none are).
    public let callingPlanSKUs: [Licence]
    /// The value of every fact, as text (`true`, `acquisition`, …).
    public let facts: [CountryFact: String]
    /// Assumptions made where the documentation is silent.
    public let assumptions: [String]
    /// Where the country is declared, for diagnostics.
    public let location: SourceLocation?

    /// Creates a country record.
    public init(
        code: String, nameFrench: String, nameEnglish: String, callingPlanSKUs: [Licence],
        facts: [CountryFact: String], assumptions: [String] = [], location: SourceLocation? = nil
    ) {
        self.code = code
        self.nameFrench = nameFrench
        self.nameEnglish = nameEnglish
        self.callingPlanSKUs = callingPlanSKUs
        var facts = facts
        facts[.iso] = code
        self.facts = facts
        self.assumptions = assumptions
        self.location = location
    }

    /// The country's name in `language`.
    public func name(in language: Language) -> String {
        language == .french ? nameFrench : nameEnglish
    }

    /// The value of a fact, as written in the catalogue.
    public func value(of fact: CountryFact) -> String { facts[fact] ?? "" }

    /// Whether a boolean fact holds.
    public func holds(_ fact: CountryFact) -> Bool { facts[fact] == "true" }

    /// Calling Plans are sold here.
    public var sellsCallingPlans: Bool { holds(.callingPlans) }
    /// The emergency address is given when numbers are acquired, not when they are assigned.
    public var addressAtAcquisition: Bool { facts[.emergencyAddressAt] == "acquisition" }
    /// New numbers come through a request form rather than the admin centre.
    public var usesRequestForm: Bool { facts[.newNumbers] == "request-form" }
    /// Emergency addresses need latitude and longitude.
    public var needsCoordinates: Bool { holds(.latLongRequired) }
}
