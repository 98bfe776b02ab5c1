import Foundation
import SetupGuide

/// A fresh rehearsal tenant in its own temporary folder, with a clock the test moves.
struct TenantFixture {
    let folder: URL
    let clock: ManualClock
    let tenant: RehearsalTenant

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tenant-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        clock = ManualClock()
        tenant = try RehearsalTenant(at: folder.appendingPathComponent("tenant.sqlite"), create: true, clock: clock, countries: Self.lookup)
    }

    var url: URL { folder.appendingPathComponent("tenant.sqlite") }

    static let countries: [String: Country] = {
        let plans: [Licence] = [.domesticCallingPlan, .internationalCallingPlan, .payAsYouGoCallingPlan]
        func country(_ code: String, _ fr: String, _ en: String, _ facts: [CountryFact: String], plans: [Licence] = plans) -> Country {
            var all: [CountryFact: String] = [
                .callingPlans: "true", .emergencyAddressAt: "acquisition", .newNumbers: "admin-center",
                .addressMatchesAreaCode: "false", .serviceNumbersInAdminCenter: "true", .partnerCarrier: "false",
                .emergencyCalling: "true", .latLongRequired: "true",
            ]
            all.merge(facts) { $1 }
            return Country(code: code, nameFrench: fr, nameEnglish: en, callingPlanSKUs: plans, facts: all)
        }
        return [
            "FR": country("FR", "France", "France", [.newNumbers: "request-form", .addressMatchesAreaCode: "true", .serviceNumbersInAdminCenter: "false"]),
            "DE": country("DE", "Allemagne", "Germany", [.newNumbers: "request-form", .serviceNumbersInAdminCenter: "false"]),
            "GB": country("GB", "Royaume-Uni", "United Kingdom", [.serviceNumbersInAdminCenter: "false"]),
            "US": country("US", "États-Unis", "United States", [.emergencyAddressAt: "assignment"], plans: plans + [.domesticCallingPlan120]),
            "CA": country("CA", "Canada", "Canada", [.emergencyAddressAt: "assignment"]),
            "JP": country("JP", "Japon", "Japan", [.emergencyCalling: "false", .latLongRequired: "false", .partnerCarrier: "true"], plans: [.domesticCallingPlan]),
            "AU": country("AU", "Australie", "Australia", [.latLongRequired: "false", .partnerCarrier: "true"]),
            "BR": country("BR", "Brésil", "Brazil", [.callingPlans: "false"], plans: []),
        ]
    }()

    static let lookup: RehearsalTenant.CountryLookup = { countries[$0] }

    /// A US office that validates as is.
    static let seattle = CivicAddress(
        companyName: "Contoso", houseNumber: "400", streetName: "Broad Street", city: "Seattle", stateOrProvince: "WA",
        postalCode: "98109", countryOrRegion: "US", latitude: 47.62, longitude: -122.35, description: "Seattle HQ")

    /// A UK office that validates as is.
    static let london = CivicAddress(
        companyName: "Contoso UK", houseNumber: "10", streetName: "Downing Street", city: "London", postalCode: "SW1A 2AA",
        countryOrRegion: "GB", latitude: 51.5, longitude: -0.12, description: "London")

    /// Users of one country, as a CSV export.
    static func csv(_ count: Int, country: String = "US", department: String = "Sales") -> String {
        var lines = ["UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage"]
        for index in 1...count {
            lines.append("user\(index)@contoso.com,User \(index),\(country),Seattle,\(department),en-US")
        }
        return lines.joined(separator: "\n")
    }

    /// A US tenant with `users` users licensed for Phone System and a Calling Plan, a validated
    /// address, and `numbers` acquired user numbers.
    static func licensedUS(users: Int = 5, numbers: Int = 5) throws -> TenantFixture {
        let fixture = try TenantFixture()
        let tenant = fixture.tenant
        try tenant.setCountry("US")
        try tenant.importUsers(csv: csv(users))
        try tenant.buyLicences(.phoneSystem, quantity: users)
        try tenant.buyLicences(.domesticCallingPlan, quantity: users)
        try tenant.assignLicences(.phoneSystem, to: .all)
        try tenant.assignLicences(.domesticCallingPlan, to: .all)
        try tenant.createAddress(seattle)
        try tenant.validateAddresses(nil)
        if numbers > 0 {
            let reservation = try tenant.searchNumbers(country: "US", city: "Seattle", areaCode: nil, quantity: numbers, type: .user, address: nil)
            try tenant.acquireNumbers(reservation: reservation.id)
        }
        return fixture
    }
}
