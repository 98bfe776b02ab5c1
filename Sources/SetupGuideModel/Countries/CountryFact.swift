/// The facts about a country that conditions and ordering rules can test.
///
/// A guide writes them under `when: { country: … }` and `order: [{ if: … }]`, and the country
/// catalogue (`content/countries.yaml`) gives each country a value for each.
public enum CountryFact: String, Sendable, Equatable, CaseIterable, Codable {
    /// The ISO 3166-1 alpha-2 code itself, for rules that name countries.
    case iso
    /// Calling Plans are sold there.
    case callingPlans
    /// `acquisition` where the address travels with the number, `assignment` where it is given
    /// when the number is assigned (US, CA).
    case emergencyAddressAt
    /// `admin-center` where new numbers are searched in the admin centre, `request-form` where
    /// they are ordered by form.
    case newNumbers
    /// The emergency address must be in the number's area code.
    case addressMatchesAreaCode
    /// Service numbers can be had in the admin centre.
    case serviceNumbersInAdminCenter
    /// Calling Plans are provided through a partner carrier.
    case partnerCarrier
    /// Emergency calling is available.
    case emergencyCalling
    /// Emergency addresses need latitude and longitude.
    case latLongRequired

    /// The values a guide may compare the fact with.
    public var allowedValues: [String] {
        switch self {
        case .iso: []
        case .emergencyAddressAt: ["acquisition", "assignment"]
        case .newNumbers: ["admin-center", "request-form"]
        default: ["true", "false"]
        }
    }
}
