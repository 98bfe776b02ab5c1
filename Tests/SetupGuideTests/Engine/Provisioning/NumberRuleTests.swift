import Testing
import SetupGuide

@Suite struct NumberRuleTests {
    func licensed(_ plans: Int, phoneSystem: Int? = nil) throws -> TenantFixture {
        let fixture = try TenantFixture()
        try fixture.tenant.buyLicences(.phoneSystem, quantity: phoneSystem ?? max(plans, 1))
        if plans > 0 { try fixture.tenant.buyLicences(.domesticCallingPlan, quantity: plans) }
        return fixture
    }

    @Test func aReservationExpiresAfterTenMinutes() throws {
        let fixture = try licensed(10)
        let reservation = try fixture.tenant.searchNumbers(country: "US", city: "Seattle", areaCode: "206", quantity: 3, type: .user, address: nil)
        #expect(reservation.numbers.count == 3)
        #expect(reservation.numbers.allSatisfy { $0.hasPrefix("+1206") })
        fixture.clock.advance(by: 10 * 60)
        let refusal = try #require(throws: EngineRefusal.self) { try fixture.tenant.acquireNumbers(reservation: reservation.id) }
        #expect(refusal.kind == .reservationExpired)
        #expect(refusal.message(in: .english).contains("Search again"))
        #expect(refusal.message(in: .french).contains("Cherchez de nouveau"))
    }

    @Test func acquiringWithinTenMinutesKeepsTheNumbers() throws {
        let fixture = try licensed(10)
        let reservation = try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 4, type: .user, address: nil)
        fixture.clock.advance(by: 9 * 60 + 59)
        #expect(try fixture.tenant.acquireNumbers(reservation: reservation.id) == reservation.numbers)
        #expect(try fixture.tenant.acquireNumbers(reservation: reservation.id) == [])
        let check = try fixture.tenant.evaluate(.numbersAcquired, arguments: ["min": "4"], context: CheckContext())
        #expect(check.status == .pass)
    }

    @Test func releasedNumbersGoBackAndTheReservationIsClosed() throws {
        let fixture = try licensed(10)
        let reservation = try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 4, type: .user, address: nil)
        #expect(try fixture.tenant.releaseNumbers(reservation: nil) == reservation.numbers)
        #expect(try fixture.tenant.evaluate(.reservationsNonePending, arguments: [:], context: CheckContext()).status == .pass)
        #expect(try fixture.tenant.evaluate(.numbersAcquired, arguments: [:], context: CheckContext()).status == .fail)
    }

    @Test func userNumberQuotaIsLicencesPlusTenPercentPlusTen() throws {
        let fixture = try licensed(100)
        let refusal = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 121, type: .user, address: nil)
        }
        #expect(refusal.kind == .quotaExceeded)
        let reservation = try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 120, type: .user, address: nil)
        #expect(reservation.numbers.count == 120)
        #expect(Set(reservation.numbers).count == 120)
        #expect(throws: EngineRefusal.self) {
            try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 1, type: .user, address: nil)
        }
    }

    @Test func payAsYouGoAddsOneNumberPerLicence() throws {
        let fixture = try licensed(100)
        try fixture.tenant.buyLicences(.payAsYouGoCallingPlan, quantity: 5)
        #expect(try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 125, type: .user, address: nil).numbers.count == 125)
    }

    @Test func serviceNumberQuotaFollowsPhoneSystemAndConferencingLicences() throws {
        let fixture = try licensed(0, phoneSystem: 20)
        try fixture.tenant.buyLicences(.audioConferencing, quantity: 6)
        // 26 licences: 10 toll numbers.
        #expect(try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 10, type: .toll, address: nil).numbers.count == 10)
        let refusal = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 1, type: .toll, address: nil)
        }
        #expect(refusal.kind == .quotaExceeded)
        let tollFree = try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 2, type: .tollFree, address: nil)
        #expect(tollFree.numbers.allSatisfy { $0.hasPrefix("+1800") })
    }

    @Test func requestFormCountriesRefuseSearchAndRecordRequests() throws {
        let fixture = try licensed(10)
        let refusal = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.searchNumbers(country: "FR", city: "Paris", areaCode: nil, quantity: 5, type: .user, address: nil)
        }
        #expect(refusal.kind == .useRequestForm)
        #expect(refusal.message(in: .english).contains("numbers.request"))
        let request = try fixture.tenant.requestNumbers(country: "FR", city: "Paris", quantity: 5, type: .user)
        #expect(try fixture.tenant.requestNumbers(country: "FR", city: "Paris", quantity: 5, type: .user) == request)
        #expect(try fixture.tenant.evaluate(.requestsRecorded, arguments: [:], context: CheckContext()).status == .pass)
        // The rehearsal fulfils the request at once, and the numbers count against the quota (10 + 1 + 10 = 21).
        #expect(try fixture.tenant.evaluate(.numbersAcquired, arguments: ["min": "5"], context: CheckContext()).status == .pass)
        let over = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.requestNumbers(country: "FR", city: "Lyon", quantity: 17, type: .user)
        }
        #expect(over.kind == .quotaExceeded)
    }

    @Test func serviceNumbersOutsideTheAdminCentreNeedTheForm() throws {
        let fixture = try licensed(10)
        let refusal = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.searchNumbers(country: "GB", city: nil, areaCode: nil, quantity: 1, type: .toll, address: nil)
        }
        #expect(refusal.kind == .useRequestForm)
    }

    @Test func portingOver999NeedsASignedLetterAndPortedNumbersEscapeTheQuota() throws {
        let fixture = try licensed(1)
        try fixture.tenant.setCountry("US")
        let refusal = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.portNumbers(quantity: 1000, type: .user, carrier: "AT&T", authorisationSigned: false, country: nil)
        }
        #expect(refusal.kind == .portNeedsAuthorisation)
        let small = try fixture.tenant.portNumbers(quantity: 999, type: .user, carrier: "AT&T", authorisationSigned: false, country: nil)
        #expect(!small.manual)
        #expect(small.numbers.count == 999)
        let manual = try fixture.tenant.portNumbers(quantity: 1000, type: .user, carrier: "AT&T", authorisationSigned: true, country: nil)
        #expect(manual.manual)
        // The quota (1 + 1 + 10 = 12) is untouched by the 1,999 ported numbers.
        #expect(try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 12, type: .user, address: nil).numbers.count == 12)
        #expect(try fixture.tenant.evaluate(.numbersWithinQuota, arguments: [:], context: CheckContext()).status == .pass)
    }

    @Test func aPortOrderCarriesOneTypeOfNumber() throws {
        let fixture = try licensed(1)
        try fixture.tenant.setCountry("US")
        let refusal = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.perform(.numbersPort, arguments: ["quantity": "5", "type": "user,toll"])
        }
        #expect(refusal.kind == .mixedPortOrder)
        let outcome = try fixture.tenant.perform(.numbersPort, arguments: ["quantity": "5", "type": "toll"])
        #expect(outcome.changed)
    }

    @Test func whereTheAddressComesWithTheNumberASearchNeedsOne() throws {
        let fixture = try licensed(10)
        let refusal = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.searchNumbers(country: "GB", city: "London", areaCode: nil, quantity: 2, type: .user, address: nil)
        }
        #expect(refusal.kind == .addressRequired)
        let address = try fixture.tenant.createAddress(TenantFixture.london)
        #expect(throws: EngineRefusal.self) {
            try fixture.tenant.searchNumbers(country: "GB", city: "London", areaCode: nil, quantity: 2, type: .user, address: address.id)
        }
        try fixture.tenant.validateAddresses(nil)
        let reservation = try fixture.tenant.searchNumbers(country: "GB", city: "London", areaCode: "020", quantity: 2, type: .user, address: "London")
        #expect(reservation.addressID == address.id)
        #expect(reservation.numbers.allSatisfy { $0.hasPrefix("+4420") })
    }

    @Test func theSameStepsGiveTheSameNumbers() throws {
        let first = try licensed(10), second = try licensed(10)
        let a = try first.tenant.searchNumbers(country: "US", city: nil, areaCode: "425", quantity: 5, type: .user, address: nil)
        let b = try second.tenant.searchNumbers(country: "US", city: nil, areaCode: "425", quantity: 5, type: .user, address: nil)
        #expect(a.numbers == b.numbers)
    }

    @Test func onlyCallingPlansGetUserNumbersFromMicrosoft() throws {
        let fixture = try licensed(10)
        let brazil = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.searchNumbers(country: "BR", city: nil, areaCode: nil, quantity: 1, type: .user, address: nil)
        }
        #expect(brazil.kind == .noCallingPlanNumbers)
        #expect(brazil.message(in: .english).contains("not sold in Brazil"))
        try fixture.tenant.setConnectivity(.operatorConnect)
        let carrier = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.portNumbers(quantity: 5, type: .user, carrier: nil, authorisationSigned: false, country: "US")
        }
        #expect(carrier.message(in: .english).contains("operator-connect"))
        // Service numbers (conferencing bridges, queues) still come from Microsoft.
        #expect(try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 1, type: .toll, address: nil).numbers.count == 1)
    }
}
