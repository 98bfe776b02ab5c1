internal import Foundation
public import SetupGuideModel
internal import SetupGuideEngine

/// What a report needs to name the people and places behind its findings and to say how to fix
/// them: who holds a number, what an address is and who depends on it, which numbers are free,
/// which SKU gives a licence. Built once per report from the tenant's facts, for the subjects
/// the report names: a tenant of 100,000 users with a few gaps looks up a few.
///
/// ```swift
/// let directory = exportedTenant.findingDirectory(for: ["+33142000001"])
/// directory.holders["+33142000001"]   // ("helene.lefevre@contoso.fr", "Hélène Lefèvre")
/// ```
public struct FindingDirectory: Sendable {
    /// An emergency address as findings show it.
    public struct Address: Sendable {
        /// The description, then the street, postal code and city.
        public var text: String
        /// Users and numbers whose emergency location lies at this address, sorted.
        public var dependents: [String]
        /// `Valid`, `Invalid` or `NotValidated`.
        public var status: String
        /// ISO code of its country.
        public var country: String?
        /// The city, to match a number's area.
        public var city: String?
        /// Its default location, which a number can be given.
        public var defaultLocation: String?
        /// The city folded once for comparison (case, accents and punctuation set aside).
        let cityKey: String?

        /// Creates an address as findings show it.
        public init(text: String, dependents: [String], status: String, country: String?, city: String?, defaultLocation: String?) {
            self.text = text
            self.dependents = dependents
            self.status = status
            self.country = country
            self.city = city
            self.defaultLocation = defaultLocation
            self.cityKey = city.map(FindingDirectory.cityKey)
        }
    }

    /// A number's holder by number: UPN and display name.
    public var holders: [String: (upn: String, displayName: String?)] = [:]
    /// Display names by lower-cased UPN.
    public var names: [String: String] = [:]
    /// Addresses by id.
    public var addresses: [String: Address] = [:]
    /// Unassigned user numbers by country, in export order: the ones a fix script hands out.
    public var freeUserNumbers: [String: [String]] = [:]
    /// Country and city of every number, and its location when it has one.
    public var numberPlaces: [String: (country: String, city: String?, location: String?)] = [:]
    /// The SKUs bought, with the licences each counts as and how many were bought.
    public var skus: [(partNumber: String, free: Int, counts: [Licence])] = []
    /// The PowerShell `-NumberType` of the organisation's connectivity.
    public var numberType: String = "CallingPlan"

    /// Creates an empty directory: findings then carry the guide step and the commands that
    /// need no lookup.
    public init() {}

    /// The display name of `upn`, if known.
    func name(of upn: String) -> String? { names[upn.lowercased()] }

    /// The default location of the one validated address in `country` (and `city`, when given),
    /// or `nil` when there is none or a person must choose between several.
    func soleLocation(country: String, city: String?) -> String? {
        // called once per finding: fold the city asked for once, the addresses' when they were made
        let wantedCountry = country.uppercased(), wantedCity = city.map(Self.cityKey)
        let fitting = addresses.values.filter { address in
            address.status == "Valid" && address.country?.uppercased() == wantedCountry && address.defaultLocation != nil
                && (wantedCity == nil || address.cityKey == wantedCity)
        }
        return fitting.count == 1 ? fitting[0].defaultLocation : nil
    }

    /// The SKU to assign for `licence`: its own part number if bought, else the
    /// first bought bundle that gives it, else its own part number.
    func partNumber(giving licence: Licence) -> String {
        skus.first { $0.partNumber.uppercased() == licence.rawValue && $0.free > 0 }?.partNumber
            ?? skus.first { $0.counts.contains(licence) && $0.free > 0 }?.partNumber
            ?? licence.rawValue
    }

    static func cityKey(_ city: String) -> String {
        city.lowercased().folding(options: [.diacriticInsensitive], locale: nil).filter { $0.isLetter || $0.isNumber }
    }
}

/// A tenant that can describe its findings' subjects.
public protocol FindingDescribing {
    /// The lookups for `subjects` (users, numbers and addresses found at fault), built once.
    func findingDirectory(for subjects: Set<String>) -> FindingDirectory
}
