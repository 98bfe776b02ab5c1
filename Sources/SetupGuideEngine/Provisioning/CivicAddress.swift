internal import SetupGuideModel
internal import SetupGuidePlanning

/// The fields of an emergency (civic) address, as `New-CsOnlineLisCivicAddress` takes them.
public struct CivicAddress: Sendable, Equatable, Codable {
    /// The organisation at the address; required.
    public var companyName: String
    /// The house number, such as `12` or `12b`.
    public var houseNumber: String?
    /// The street name, such as `rue de Rivoli`; required.
    public var streetName: String
    /// The city; required.
    public var city: String
    /// State or province.
    public var stateOrProvince: String?
    /// Postal code.
    public var postalCode: String?
    /// ISO 3166-1 alpha-2 country code; required.
    public var countryOrRegion: String
    /// Latitude in degrees, required where the country needs coordinates.
    public var latitude: Double?
    /// Longitude in degrees, required where the country needs coordinates.
    public var longitude: Double?
    /// A name to find the address by.
    public var description: String?
    /// Emergency location identification number, for direct routing.
    public var elin: String?

    /// Creates an address.
    public init(
        companyName: String, houseNumber: String? = nil, streetName: String, city: String,
        stateOrProvince: String? = nil, postalCode: String? = nil, countryOrRegion: String,
        latitude: Double? = nil, longitude: Double? = nil, description: String? = nil, elin: String? = nil
    ) {
        self.companyName = companyName
        self.houseNumber = houseNumber
        self.streetName = streetName
        self.city = city
        self.stateOrProvince = stateOrProvince
        self.postalCode = postalCode
        self.countryOrRegion = countryOrRegion
        self.latitude = latitude
        self.longitude = longitude
        self.description = description
        self.elin = elin
    }
}
