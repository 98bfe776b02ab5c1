import Foundation
import Testing
import SetupGuide

@Suite struct AssignmentRuleTests {
    @Test func everyVoiceUserGetsANumberAndAnEmergencyLocation() throws {
        let fixture = try TenantFixture.licensedUS(users: 5, numbers: 6)
        let before = try fixture.tenant.evaluate(.usersHaveNumbers, arguments: [:], context: CheckContext())
        #expect(before.status == .fail)
        #expect(before.summary.english == "0 / 5 users have a number")
        let assignments = try fixture.tenant.assignNumbers(to: .voice, address: "Seattle HQ", location: nil)
        #expect(assignments.count == 5)
        #expect(Set(assignments.map(\.telephoneNumber)).count == 5)
        #expect(assignments.allSatisfy { $0.locationID != nil })
        for check in [CheckName.usersHaveNumbers, .numbersHaveEmergencyLocation, .numbersCountryMatchesUser, .licencesPhoneSystemWithCallingPlan] {
            #expect(try fixture.tenant.evaluate(check, arguments: [:], context: CheckContext()).status == .pass, "\(check)")
        }
        #expect(try fixture.tenant.evaluate(.usersHaveNumbers, arguments: [:], context: CheckContext()).summary.english == "5 / 5 users have a number")
    }

    @Test func assigningAgainIsANoOp() throws {
        let fixture = try TenantFixture.licensedUS(users: 3, numbers: 4)
        try fixture.tenant.assignNumbers(to: .all, address: "Seattle HQ", location: nil)
        let dump = try fixture.tenant.canonicalDump()
        #expect(try fixture.tenant.assignNumbers(to: .all, address: "Seattle HQ", location: nil).isEmpty)
        let mine = try fixture.tenant.assignNumbers(to: .users(["user1@contoso.com"]), address: "Seattle HQ", location: nil)
        #expect(mine.isEmpty)
        #expect(try fixture.tenant.canonicalDump() == dump)
    }

    @Test func wherTheAddressIsGivenAtAssignmentItIsRequired() throws {
        let fixture = try TenantFixture.licensedUS(users: 2, numbers: 2)
        let refusal = try #require(throws: EngineRefusal.self) { try fixture.tenant.assignNumbers(to: .all, address: nil, location: nil) }
        #expect(refusal.kind == .addressRequired)
        #expect(refusal.subjects == ["user1@contoso.com", "user2@contoso.com"])
    }

    @Test func usersNeedPhoneSystemAndACallingPlan() throws {
        let fixture = try TenantFixture.licensedUS(users: 2, numbers: 3)
        try fixture.tenant.importUsers(csv: TenantFixture.csv(3))
        let refusal = try #require(throws: EngineRefusal.self) { try fixture.tenant.assignNumbers(to: .all, address: "Seattle HQ", location: nil) }
        #expect(refusal.kind == .userNotLicensed)
        #expect(refusal.subjects == ["user3@contoso.com"])
    }

    @Test func tooFewFreeNumbersIsRefusedAsAWhole() throws {
        let fixture = try TenantFixture.licensedUS(users: 5, numbers: 3)
        let refusal = try #require(throws: EngineRefusal.self) { try fixture.tenant.assignNumbers(to: .all, address: "Seattle HQ", location: nil) }
        #expect(refusal.kind == .noFreeNumber)
        #expect(try fixture.tenant.evaluate(.usersHaveNumbers, arguments: [:], context: CheckContext()).done == 0)
    }

    @Test func aServiceNumberCannotGoToAUser() throws {
        let fixture = try TenantFixture.licensedUS(users: 1, numbers: 0)
        let toll = try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 1, type: .toll, address: nil)
        try fixture.tenant.acquireNumbers(reservation: toll.id)
        let refusal = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.assignNumber(toll.numbers[0], to: "user1@contoso.com", address: "Seattle HQ", location: nil)
        }
        #expect(refusal.kind == .capabilityMismatch)
    }

    @Test func aNumberGoesOnlyToAUserOfItsCountry() throws {
        let fixture = try TenantFixture.licensedUS(users: 1, numbers: 0)
        try fixture.tenant.importUsers(csv: TenantFixture.csv(1, country: "CA"))
        try fixture.tenant.buyLicences(.domesticCallingPlan, quantity: 2)
        let numbers = try fixture.tenant.searchNumbers(country: "CA", city: nil, areaCode: nil, quantity: 1, type: .user, address: nil)
        try fixture.tenant.acquireNumbers(reservation: nil)
        try fixture.tenant.importUsers(csv: TenantFixture.csv(1, country: "US"))
        let refusal = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.assignNumber(numbers.numbers[0], to: "user1@contoso.com", address: "Seattle HQ", location: nil)
        }
        #expect(refusal.kind == .countryMismatch)
    }

    @Test func inAcquisitionCountriesTheNumberBringsItsAddress() throws {
        let fixture = try TenantFixture()
        let tenant = fixture.tenant
        try tenant.importUsers(csv: TenantFixture.csv(2, country: "GB"))
        try tenant.buyLicences(.phoneSystem, quantity: 2)
        try tenant.buyLicences(.domesticCallingPlan, quantity: 2)
        try tenant.assignLicences(.phoneSystem, to: .all)
        try tenant.assignLicences(.domesticCallingPlan, to: .all)
        let address = try tenant.createAddress(TenantFixture.london)
        try tenant.validateAddresses(nil)
        try tenant.searchNumbers(country: "GB", city: "London", areaCode: nil, quantity: 2, type: .user, address: address.id)
        try tenant.acquireNumbers(reservation: nil)
        let assignments = try tenant.assignNumbers(to: .all, address: nil, location: nil)
        #expect(assignments.allSatisfy { $0.civicAddressID == address.id && $0.locationID == address.defaultLocationID })
    }

    @Test func notifyingWritesOneMailPerUserOnce() throws {
        let fixture = try TenantFixture.licensedUS(users: 2, numbers: 2)
        try fixture.tenant.assignNumbers(to: .all, address: "Seattle HQ", location: nil)
        let outbox = fixture.folder.appendingPathComponent("outbox")
        #expect(try fixture.tenant.notifyUsers(.all, outbox: outbox) == BulkResult(changed: 2, unchanged: 0))
        #expect(try fixture.tenant.notifyUsers(.all, outbox: outbox) == BulkResult(changed: 0, unchanged: 2))
        let mail = try String(contentsOf: outbox.appendingPathComponent("user1@contoso.com.eml"), encoding: .utf8)
        #expect(mail.contains("+1206"))
        #expect(try fixture.tenant.evaluate(.usersNotified, arguments: [:], context: CheckContext()).status == .pass)

        // A call queue's service number, given later, is nobody to tell.
        try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 1, type: .toll, address: nil)
        try fixture.tenant.acquireNumbers(reservation: nil)
        try fixture.tenant.perform(.resourceAccountsCreate, arguments: ["upn": "queue@contoso.com", "name": "Queue", "kind": "call-queue"])
        try fixture.tenant.perform(.serviceNumbersAssign, arguments: ["resourceAccount": "queue@contoso.com", "type": "toll"])
        let notified = try fixture.tenant.evaluate(.usersNotified, arguments: [:], context: CheckContext())
        #expect(notified.status == .pass, "\(notified.subjects)")
        #expect(notified.total == 2)
    }

    @Test func whereTheAddressMustBeInTheNumbersAreaOnlyThatAreasNumbersAreGiven() throws {
        let fixture = try TenantFixture()
        try RefusalScenario.frenchWithLyonNumbers(fixture.tenant)
        let refusal = try #require(throws: EngineRefusal.self) { try fixture.tenant.assignNumbers(to: .all, address: "Paris", location: nil) }
        #expect(refusal.kind == .noFreeNumber)
        #expect(refusal.message(in: .french).contains("0 numéros acquis à Paris sont libres"))
        try fixture.tenant.requestNumbers(country: "FR", city: "Paris", quantity: 2, type: .user)
        let assignments = try fixture.tenant.assignNumbers(to: .all, address: "Paris", location: nil)
        #expect(assignments.map(\.telephoneNumber) == ["+33100000003", "+33100000004"])
    }
}
