import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification
@testable import SetupGuideImport
@testable import SetupGuideWizard

@Suite struct AddressValidatorTests {
    let validator = AddressValidator()

    func address(street: String = "Broad Street", city: String = "Seattle", postcode: String? = "98109", country: String = "US") -> CivicAddress {
        CivicAddress(companyName: "Contoso", houseNumber: "400", streetName: street, city: city, postalCode: postcode, countryOrRegion: country)
    }

    @Test func aGoodAddressIsValidWithoutCorrection() {
        let outcome = validator.validate(address())
        #expect(outcome.status == .valid)
        #expect(outcome.corrections.isEmpty)
    }

    @Test(arguments: [
        ("5 Avenue", "5th Avenue"), ("West 42 Street", "West 42nd Street"), ("1 Avenue", "1st Avenue"),
        ("3 Street", "3rd Street"), ("11 Street", "11th Street"), ("22 Road", "22nd Road"),
    ])
    func englishNumberedStreetsGetTheirOrdinal(street: String, corrected: String) {
        let outcome = validator.validate(address(street: street))
        #expect(outcome.status == .valid)
        #expect(outcome.corrections == ["StreetName": corrected])
        #expect(outcome.isCorrected)
    }

    @Test func aHouseNumberLeftInTheStreetIsNotTakenForAnOrdinal() {
        #expect(validator.validate(address(street: "221 Baker Street")).corrections.isEmpty)
    }

    @Test(arguments: [("seattle", "Seattle"), ("SEATTLE", "Seattle"), ("Seatle", "Seattle"), ("new york", "New York")])
    func cityCaseAndKnownMisspellingsAreCorrected(city: String, corrected: String) {
        #expect(validator.validate(address(city: city)).corrections["City"] == corrected)
    }

    @Test(arguments: ["ABCDE", "00000", "9810", "99999"])
    func bogusPostcodesAreInvalid(postcode: String) {
        let outcome = validator.validate(address(postcode: postcode))
        #expect(outcome.status == .invalid)
        #expect(!outcome.reasons.isEmpty)
    }

    @Test(arguments: [("SW1A 1AA", true), ("M1 1AE", true), ("B33 8TH", true), ("CR2 6XH", true), ("DN55 1PT", true),
                      ("SW1A1AA", false), ("12345", false), ("SW1A 1AAA", false), ("1A 1AA", false)])
    func ukPostcodeFormats(postcode: String, fits: Bool) {
        #expect(AddressValidator.fitsUKPostcode(postcode) == fits)
    }

    @Test func ukFieldLimitsAreEnforcedAtCreation() {
        let long = String(repeating: "x", count: 51)
        let bad = CivicAddress(
            companyName: "Contoso + Partners", houseNumber: "Flat 2", streetName: long, city: long, postalCode: "SW1A1AA",
            countryOrRegion: "GB")
        let fields = validator.problems(in: bad, needsCoordinates: false).map(\.field)
        #expect(fields == ["CompanyName", "HouseNumber", "StreetName", "City", "PostalCode"])
        let company = CivicAddress(companyName: String(repeating: "c", count: 81), streetName: "High Street", city: "Leeds", countryOrRegion: "GB")
        #expect(validator.problems(in: company, needsCoordinates: false).map(\.field) == ["CompanyName"])
        let house = CivicAddress(companyName: "C", houseNumber: "1" + String(repeating: "a", count: 20), streetName: "High Street", city: "Leeds", countryOrRegion: "GB")
        #expect(validator.problems(in: house, needsCoordinates: false).map(\.field) == ["HouseNumber"])
    }

    @Test func requiredFieldsAreNamed() {
        let empty = CivicAddress(companyName: "", streetName: " ", city: "", countryOrRegion: "")
        #expect(validator.problems(in: empty, needsCoordinates: false).map(\.field) == ["CompanyName", "CountryOrRegion", "StreetName", "City"])
    }
}
