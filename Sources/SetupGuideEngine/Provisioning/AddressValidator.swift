public import SetupGuideModel
internal import SetupGuidePlanning

/// The rehearsal tenant's address checks: field rules when an address is created, and a
/// deterministic stand-in for Microsoft's validation service.
///
/// Validation corrects what the real service is documented to forgive (a city in the wrong case,
/// a known misspelling, an English numbered street without its "th") and fails what it cannot
/// (a postal code that does not fit the country's format or is one digit repeated).
public struct AddressValidator: Sendable {
    /// The outcome of validation.
    public struct Outcome: Sendable, Equatable {
        /// `Valid` or `Invalid`, as `ValidationStatus` reports it.
        public let status: ValidationStatus
        /// Corrected values by field name, when the address validated once corrected.
        public let corrections: [String: String]
        /// Why the address is invalid.
        public let reasons: [String]

        /// Whether the address validated only after corrections.
        public var isCorrected: Bool { status == .valid && !corrections.isEmpty }
    }

    /// One field problem found when an address is created.
    public struct FieldProblem: Sendable, Equatable {
        /// The field, named as the cmdlet names it.
        public let field: String
        /// What is wrong, in English and French.
        public let reason: BilingualText
    }

    /// Creates a validator.
    public init() {}

    /// Problems that stop an address being created in `country`.
    public func problems(in address: CivicAddress, needsCoordinates: Bool) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        func require(_ value: String?, _ field: String) {
            if (value ?? "").trimmingSpaces().isEmpty {
                problems.append(.init(field: field, reason: .init("\(field) is required", "\(field) est obligatoire")))
            }
        }
        require(address.companyName, "CompanyName")
        require(address.countryOrRegion, "CountryOrRegion")
        require(address.streetName, "StreetName")
        require(address.city, "City")
        let country = address.countryOrRegion
        if !country.isEmpty, !(country.utf8.count == 2 && country.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }) {
            problems.append(.init(field: "CountryOrRegion", reason: .init(
                "'\(country)' is not an ISO country code such as FR", "'\(country)' n'est pas un code pays ISO comme FR")))
        }
        if let latitude = address.latitude, !(-90...90).contains(latitude) {
            problems.append(.init(field: "Latitude", reason: .init("latitude must be between -90 and 90", "la latitude doit être entre -90 et 90")))
        }
        if let longitude = address.longitude, !(-180...180).contains(longitude) {
            problems.append(.init(field: "Longitude", reason: .init("longitude must be between -180 and 180", "la longitude doit être entre -180 et 180")))
        }
        if country == "GB" { problems += ukProblems(address) }
        return problems
    }

    /// Whether coordinates are missing where the country requires them.
    public func lacksCoordinates(_ address: CivicAddress, needsCoordinates: Bool) -> Bool {
        needsCoordinates && (address.latitude == nil || address.longitude == nil)
    }

    private func ukProblems(_ address: CivicAddress) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if address.companyName.count > 80 {
            problems.append(.init(field: "CompanyName", reason: .init("at most 80 characters in the UK", "80 caractères au plus au Royaume-Uni")))
        }
        if address.companyName.contains("+") {
            problems.append(.init(field: "CompanyName", reason: .init("no '+' in the UK", "pas de « + » au Royaume-Uni")))
        }
        if let house = address.houseNumber, !house.isEmpty {
            if !(house.first?.isASCII == true && house.first?.isNumber == true) {
                problems.append(.init(field: "HouseNumber", reason: .init("must start with a digit in the UK", "doit commencer par un chiffre au Royaume-Uni")))
            }
            if house.count > 20 {
                problems.append(.init(field: "HouseNumber", reason: .init("at most 20 characters in the UK", "20 caractères au plus au Royaume-Uni")))
            }
        }
        if address.streetName.count > 50 {
            problems.append(.init(field: "StreetName", reason: .init("at most 50 characters in the UK", "50 caractères au plus au Royaume-Uni")))
        }
        if address.city.count > 50 {
            problems.append(.init(field: "City", reason: .init("at most 50 characters in the UK", "50 caractères au plus au Royaume-Uni")))
        }
        if let postcode = address.postalCode, !postcode.isEmpty {
            if postcode.count > 8 || !Self.fitsUKPostcode(postcode) {
                problems.append(.init(field: "PostalCode", reason: .init(
                    "'\(postcode)' is not a UK postcode such as SW1A 1AA (8 characters at most)",
                    "'\(postcode)' n'est pas un code postal britannique comme SW1A 1AA (8 caractères au plus)")))
            }
        }
        return problems
    }

    /// Validates `address` as the service would, deterministically.
    public func validate(_ address: CivicAddress) -> Outcome {
        var reasons: [String] = []
        var corrections: [String: String] = [:]
        let country = address.countryOrRegion

        let postcode = (address.postalCode ?? "").trimmingSpaces()
        if postcode.isEmpty {
            if Self.postcodeFormats[country] != nil { reasons.append("PostalCode is missing") }
        } else if !Self.fitsPostcode(postcode, country: country) {
            reasons.append("PostalCode '\(postcode)' does not exist in \(country)")
        } else if let digits = Optional(postcode.filter(\.isNumber)), digits.count >= 4, Set(digits).count == 1 {
            reasons.append("PostalCode '\(postcode)' does not exist in \(country)")
        }

        if let known = Self.misspelledCities[country]?[address.city.lowercased()] {
            if known != address.city { corrections["City"] = known }
        } else if Self.hasWrongCase(address.city) {
            corrections["City"] = Self.titleCased(address.city)
        }

        if Self.ordinalCountries.contains(country), let street = Self.withOrdinal(address.streetName) {
            corrections["StreetName"] = street
        }

        if !reasons.isEmpty { return Outcome(status: .invalid, corrections: [:], reasons: reasons) }
        return Outcome(status: .valid, corrections: corrections, reasons: [])
    }

    // MARK: - Rules

    static let ordinalCountries: Set<String> = ["GB", "US", "CA", "AU", "IE", "NZ", "PR"]

    static let misspelledCities: [String: [String: String]] = [
        "FR": ["pari": "Paris", "paris": "Paris", "marseilles": "Marseille", "lyons": "Lyon"],
        "GB": ["londn": "London", "london": "London", "edinburg": "Edinburgh"],
        "US": ["seatle": "Seattle", "seattle": "Seattle", "pittsburg": "Pittsburgh"],
        "DE": ["munchen": "München", "muenchen": "München", "koln": "Köln"],
    ]

    /// Postcode shapes: `9` a digit, `A` a letter, anything else itself.
    static let postcodeFormats: [String: [String]] = [
        "FR": ["99999"], "DE": ["99999"], "ES": ["99999"], "IT": ["99999"], "FI": ["99999"],
        "US": ["99999", "99999-9999"], "PR": ["99999", "99999-9999"],
        "CA": ["A9A 9A9", "A9A9A9"], "AU": ["9999"], "NZ": ["9999"], "BE": ["9999"], "AT": ["9999"],
        "CH": ["9999"], "DK": ["9999"], "NO": ["9999"], "LU": ["9999"], "NL": ["9999 AA", "9999AA"],
        "JP": ["999-9999"], "SE": ["999 99", "99999"], "PL": ["99-999"], "PT": ["9999-999"],
    ]

    static func fitsPostcode(_ postcode: String, country: String) -> Bool {
        if country == "GB" { return fitsUKPostcode(postcode) }
        guard let formats = postcodeFormats[country] else {
            return postcode.count <= 10 && postcode.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" }
        }
        let upper = postcode.uppercased()
        return formats.contains { format in
            format.count == upper.count
                && zip(format, upper).allSatisfy { shape, character in
                    switch shape {
                    case "9": character.isASCII && character.isNumber
                    case "A": character.isASCII && character.isLetter
                    default: shape == character
                    }
                }
        }
    }

    /// UK postcodes: an outward code (A9, A99, AA9, AA99, A9A, AA9A), a space, then 9AA.
    static func fitsUKPostcode(_ postcode: String) -> Bool {
        let upper = postcode.uppercased()
        guard upper.count <= 8 else { return false }
        let parts = upper.split(separator: " ")
        guard parts.count == 2 else { return false }
        let outward = Array(parts[0]), inward = Array(parts[1])
        let letter = { (c: Character) in c.isASCII && c.isLetter }
        let digit = { (c: Character) in c.isASCII && c.isNumber }
        guard inward.count == 3, digit(inward[0]), letter(inward[1]), letter(inward[2]) else { return false }
        guard (2...4).contains(outward.count), letter(outward[0]) else { return false }
        let rest = outward.dropFirst()
        let secondIsLetter = letter(rest.first!)
        let tail = secondIsLetter ? Array(rest.dropFirst()) : Array(rest)
        guard let firstDigit = tail.first, digit(firstDigit), tail.count <= 2 else { return false }
        return tail.count == 1 || digit(tail[1]) || letter(tail[1])
    }

    static func hasWrongCase(_ city: String) -> Bool {
        guard city.contains(where: \.isLetter) else { return false }
        return city == city.lowercased() || (city == city.uppercased() && city.count > 3)
    }

    static func titleCased(_ city: String) -> String {
        var result = ""
        var startOfWord = true
        for character in city {
            result += startOfWord ? character.uppercased() : character.lowercased()
            startOfWord = character == " " || character == "-" || character == "'"
        }
        return result
    }

    static let streetTypes: Set<String> = [
        "avenue", "ave", "street", "st", "road", "rd", "place", "pl", "boulevard", "blvd", "drive", "dr", "lane", "ln",
        "way", "terrace", "court", "ct",
    ]

    /// "5 Avenue" → "5th Avenue"; `nil` when the street needs no correction.
    static func withOrdinal(_ street: String) -> String? {
        let words = street.split(separator: " ", omittingEmptySubsequences: true)
        // Only a number that names the street ("5 Avenue", "West 42 Street"), not a house number
        // left in the street field ("221 Baker Street").
        guard let index = words.indices.first(where: { index in
                words[index].allSatisfy { $0.isASCII && $0.isNumber } && index + 1 < words.count
                    && streetTypes.contains(words[index + 1].lowercased())
            }),
            let value = Int(words[index])
        else { return nil }
        let suffix: String
        switch (value % 10, value % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        var corrected = words.map(String.init)
        corrected[index] += suffix
        return corrected.joined(separator: " ")
    }
}
