public import Foundation
public import SetupGuideModel
public import SetupGuideEngine
public import SetupGuideVerification

/// What `render` writes pages for: the countries, languages and options asked for, completed
/// from the tenant (a tenant is one organisation: its country and connectivity are the plan's)
/// and then from the content (every country, every language), as a plan session does.
public struct SiteSelection {
    /// The content the pages are made from.
    public var content: ContentSet
    /// The countries, in the order asked (every country of the catalogue when none was).
    public var countries: [Country]
    /// The languages, in the order asked (every language with guides when none was).
    public var languages: [Language]
    /// The connectivity of every page.
    public var connectivity: Connectivity
    /// The features of every page.
    public var features: Set<Feature>
    /// Whether each step is done in the tenant, when one was given.
    public var statusProvider: CheckingStatusProvider?

    /// Loads the content and checks the country codes; with a tenant, reads it once for its
    /// country, connectivity and the answers its journal recorded.
    public init(
        countries codes: [String], languages: [Language], features: [Feature], connectivity: Connectivity?,
        tenant: URL?, content url: URL
    ) throws(SessionError) {
        let content = try PlanSession.loadContent(url)
        var countries: [Country] = []
        for code in codes {
            let country = try PlanSession.country(code, in: content.countries)
            if !countries.contains(where: { $0.code == country.code }) { countries.append(country) }
        }
        var connectivity = connectivity
        if let tenant {
            let (opened, record) = try PlanSession.readTenant(at: tenant, countries: content.countries)
            statusProvider = CheckingStatusProvider(
                tenant: opened, tenantName: tenant.deletingPathExtension().lastPathComponent, snapshotDate: opened.snapshotDate,
                binding: PlanSession.binding(journal: record.journal, answers: AnswersFile()))
            if countries.isEmpty {
                guard let code = record.country, let country = content.countries.country(code) else {
                    throw .tenantWithoutCountry(path: tenant.path)
                }
                countries = [country]
            }
            if connectivity == nil { connectivity = record.connectivity.flatMap(Connectivity.init(rawValue:)) }
        }
        if countries.isEmpty { countries = content.countries.codes.compactMap { content.countries.country($0) } }
        var chosenLanguages: [Language] = []
        for language in languages where !chosenLanguages.contains(language) { chosenLanguages.append(language) }
        self.content = content
        self.countries = countries
        self.languages = chosenLanguages.isEmpty ? content.languages : chosenLanguages
        self.connectivity = connectivity ?? .callingPlan
        self.features = Set(features)
    }
}
