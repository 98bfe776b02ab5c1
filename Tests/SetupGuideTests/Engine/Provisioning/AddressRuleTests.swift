import Testing
import SetupGuide

@Suite struct AddressRuleTests {
    @Test func everyAddressHasADefaultLocation() throws {
        let fixture = try TenantFixture()
        let stored = try fixture.tenant.createAddress(TenantFixture.seattle)
        #expect(!stored.defaultLocationID.isEmpty)
        #expect(stored.validationStatus == .notValidated)
        let place = try fixture.tenant.createLocation(address: "Seattle HQ", name: "Floor 3")
        #expect(place != stored.defaultLocationID)
        #expect(try fixture.tenant.createLocation(address: stored.id, name: "Floor 3") == place)
        let refusal = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.removeLocation(address: stored.id, name: stored.defaultLocationID)
        }
        #expect(refusal.kind == .locationInUse)
        try fixture.tenant.removeLocation(address: stored.id, name: "Floor 3")
    }

    @Test func coordinatesAreRequiredWhereTheCountrySaysSo() throws {
        let fixture = try TenantFixture()
        var address = TenantFixture.seattle
        address.latitude = nil
        let refusal = try #require(throws: EngineRefusal.self) { try fixture.tenant.createAddress(address) }
        #expect(refusal.kind == .coordinatesRequired)
        let sydney = CivicAddress(
            companyName: "Contoso AU", houseNumber: "1", streetName: "George Street", city: "Sydney", postalCode: "2000",
            countryOrRegion: "AU")
        #expect(try fixture.tenant.createAddress(sydney).address.city == "Sydney")
    }

    @Test func validationCorrectsAndFlagsTheCorrectedFields() throws {
        let fixture = try TenantFixture()
        var address = TenantFixture.seattle
        address.streetName = "5 Avenue"
        address.city = "seattle"
        let stored = try fixture.tenant.createAddress(address)
        let validated = try #require(try fixture.tenant.validateAddresses(stored.id).first)
        #expect(validated.validationStatus == .valid)
        #expect(validated.correctedFields == ["City", "StreetName"])
        #expect(validated.address.streetName == "5th Avenue")
        #expect(validated.address.city == "Seattle")
    }

    @Test func aBogusPostcodeIsInvalidAndCannotCarryNumbers() throws {
        let fixture = try TenantFixture()
        try fixture.tenant.buyLicences(.phoneSystem, quantity: 5)
        var address = TenantFixture.seattle
        address.postalCode = "00000"
        let stored = try fixture.tenant.createAddress(address)
        #expect(try fixture.tenant.validateAddresses(nil).first?.validationStatus == .invalid)
        #expect(try fixture.tenant.evaluate(.addressesValidated, arguments: [:], context: CheckContext()).subjects.map(\.id) == [stored.id])
    }

    @Test func aValidatedAddressCannotBeEdited() throws {
        let fixture = try TenantFixture()
        try fixture.tenant.createAddress(TenantFixture.seattle)
        var edited = TenantFixture.seattle
        edited.houseNumber = "401"
        // Not yet validated: the same description edits it.
        #expect(try fixture.tenant.createAddress(edited).address.houseNumber == "401")
        try fixture.tenant.validateAddresses(nil)
        edited.houseNumber = "402"
        let refusal = try #require(throws: EngineRefusal.self) { try fixture.tenant.createAddress(edited) }
        #expect(refusal.kind == .validatedAddressLocked)
    }

    @Test func anAddressInUseCannotBeRemoved() throws {
        let fixture = try TenantFixture.licensedUS(users: 1, numbers: 1)
        try fixture.tenant.assignNumbers(to: .all, address: "Seattle HQ", location: nil)
        let refusal = try #require(throws: EngineRefusal.self) { try fixture.tenant.removeAddress("Seattle HQ") }
        #expect(refusal.kind == .addressInUse)
        #expect(refusal.subjects.count == 1)
        try fixture.tenant.unassignNumber(from: "user1@contoso.com")
        try fixture.tenant.removeAddress("Seattle HQ")
        #expect(try fixture.tenant.evaluate(.addressesPresent, arguments: [:], context: CheckContext()).status == .fail)
    }

    @Test func aPlaceInUseCannotBeRemoved() throws {
        let fixture = try TenantFixture.licensedUS(users: 1, numbers: 1)
        try fixture.tenant.createLocation(address: "Seattle HQ", name: "Floor 3")
        try fixture.tenant.assignNumbers(to: .all, address: "Seattle HQ", location: "Floor 3")
        let refusal = try #require(throws: EngineRefusal.self) { try fixture.tenant.removeLocation(address: "Seattle HQ", name: "Floor 3") }
        #expect(refusal.kind == .locationInUse)
    }

    @Test func addressNumberAndUserMustShareACountry() throws {
        let fixture = try TenantFixture.licensedUS(users: 1, numbers: 1)
        try fixture.tenant.createAddress(TenantFixture.london)
        try fixture.tenant.validateAddresses(nil)
        let refusal = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.assignNumbers(to: .all, address: "London", location: nil)
        }
        #expect(refusal.kind == .countryMismatch)
        let search = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 1, type: .user, address: "London")
        }
        #expect(search.kind == .countryMismatch)
    }
}
