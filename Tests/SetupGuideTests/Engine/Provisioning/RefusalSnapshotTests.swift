import Foundation
import Testing
import SetupGuide
@testable import SetupGuideEngine

/// One way to make the engine refuse, on a tenant prepared for it.
struct RefusalScenario: Sendable, CustomTestStringConvertible {
    let kind: EngineRefusal.Kind
    let prepare: @Sendable (RehearsalTenant) throws -> Void
    let refused: @Sendable (RehearsalTenant) throws -> Void

    var testDescription: String { kind.rawValue }

    init(_ kind: EngineRefusal.Kind, prepare: @escaping @Sendable (RehearsalTenant) throws -> Void = { _ in },
         _ refused: @escaping @Sendable (RehearsalTenant) throws -> Void) {
        self.kind = kind
        self.prepare = prepare
        self.refused = refused
    }

    static let all: [RefusalScenario] = [
        .init(.invalidArgument) { try $0.perform(.licencesBuy, arguments: ["sku": "MCOEV", "quantity": "many"]) },
        .init(.unknownCountry) { try $0.setCountry("ZZ") },
        .init(.countryNotSet, prepare: { try $0.perform(.licencesBuy, arguments: ["sku": "MCOEV", "quantity": "1"]) }) {
            try $0.portNumbers(quantity: 5, type: .user, carrier: nil, authorisationSigned: false, country: nil)
        },
        .init(.notFound) { try $0.acquireNumbers(reservation: "res-404") },
        .init(.callingPlanNeedsPhoneSystem) { try $0.buyLicences(.domesticCallingPlan, quantity: 5) },
        .init(.userNeedsPhoneSystem, prepare: { tenant in
            try tenant.importUsers(csv: TenantFixture.csv(2))
            try tenant.buyLicences(.phoneSystem, quantity: 2)
            try tenant.buyLicences(.domesticCallingPlan, quantity: 2)
        }) { try $0.assignLicences(.domesticCallingPlan, to: .all) },
        .init(.usageLocationMissing, prepare: { tenant in
            // as a tenant written before the users file refused users without a usage location
            try tenant.store([TenantUser(userPrincipalName: "ana@contoso.com", displayName: "Ana")])
            try tenant.buyLicences(.phoneSystem, quantity: 2)
        }) { try $0.assignLicences(.phoneSystem, to: .all) },
        .init(.notEnoughLicences, prepare: { tenant in
            try tenant.importUsers(csv: TenantFixture.csv(3))
            try tenant.buyLicences(.phoneSystem, quantity: 2)
        }) { try $0.assignLicences(.phoneSystem, to: .all) },
        .init(.licenceNotSoldInCountry, prepare: { tenant in
            try tenant.setCountry("JP")
            try tenant.buyLicences(.phoneSystem, quantity: 2)
        }) { try $0.buyLicences(.internationalCallingPlan, quantity: 2) },
        .init(.invalidUserFile, prepare: { try $0.importUsers(csv: TenantFixture.csv(2)) }) {
            try $0.importUsers(csv: TenantFixture.csv(3, department: "Changed") + "\nnot-a-upn,X,US,,,\n")
        },
        .init(.useRequestForm, prepare: { try $0.buyLicences(.phoneSystem, quantity: 5) }) {
            try $0.searchNumbers(country: "DE", city: "Berlin", areaCode: nil, quantity: 1, type: .user, address: nil)
        },
        .init(.noCallingPlanNumbers, prepare: { tenant in
            try tenant.buyLicences(.phoneSystem, quantity: 5)
            try tenant.setConnectivity(.directRouting)
        }) { try $0.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 1, type: .user, address: nil) },
        .init(.quotaExceeded, prepare: { tenant in
            try tenant.buyLicences(.phoneSystem, quantity: 5)
            try tenant.buyLicences(.domesticCallingPlan, quantity: 5)
            try tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 10, type: .user, address: nil)
        }) { try $0.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 7, type: .user, address: nil) },
        .init(.reservationExpired, prepare: { tenant in
            try tenant.buyLicences(.phoneSystem, quantity: 5)
            try tenant.buyLicences(.domesticCallingPlan, quantity: 5)
            try tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 2, type: .user, address: nil)
            try tenant.releaseNumbers(reservation: nil)
        }) { try $0.acquireNumbers(reservation: "res-1") },
        .init(.portNeedsAuthorisation) { try $0.portNumbers(quantity: 1500, type: .user, carrier: nil, authorisationSigned: false, country: "US") },
        .init(.mixedPortOrder) { try $0.perform(.numbersPort, arguments: ["quantity": "5", "type": "toll,toll-free", "country": "US"]) },
        .init(.invalidAddress) {
            try $0.createAddress(CivicAddress(companyName: "A+B", houseNumber: "Flat", streetName: "High Street", city: "Leeds", countryOrRegion: "GB", latitude: 1, longitude: 1))
        },
        .init(.coordinatesRequired) {
            try $0.createAddress(CivicAddress(companyName: "Contoso", streetName: "Broad Street", city: "Seattle", countryOrRegion: "US"))
        },
        .init(.validatedAddressLocked, prepare: { tenant in
            try tenant.createAddress(TenantFixture.seattle)
            try tenant.validateAddresses(nil)
        }) { tenant in
            var edited = TenantFixture.seattle
            edited.postalCode = "98101"
            try tenant.createAddress(edited)
        },
        .init(.addressInUse, prepare: usWithAssignedUser) { try $0.removeAddress("Seattle HQ") },
        .init(.locationInUse, prepare: usWithAssignedUser) { try $0.removeLocation(address: "Seattle HQ", name: "Floor 3") },
        .init(.addressRequired, prepare: usLicensed) { try $0.assignNumbers(to: .all, address: nil, location: nil) },
        .init(.addressNotValidated, prepare: { tenant in
            try usLicensed(tenant)
            var other = TenantFixture.seattle
            other.description = "Annex"
            other.houseNumber = "500"
            try tenant.createAddress(other)
        }) { try $0.assignNumbers(to: .all, address: "Annex", location: nil) },
        .init(.countryMismatch, prepare: { tenant in
            try usLicensed(tenant)
            try tenant.createAddress(TenantFixture.london)
            try tenant.validateAddresses(nil)
        }) { try $0.assignNumbers(to: .all, address: "London", location: nil) },
        .init(.areaMismatch, prepare: frenchWithLyonNumbers) {
            try $0.assignNumber("+33100000001", to: "user1@contoso.com", address: "Paris", location: nil)
        },
        .init(.noFreeNumber, prepare: { tenant in
            try usLicensed(tenant)
            try tenant.releaseNumbers(reservation: nil)
        }) { try $0.assignNumbers(to: .all, address: "Seattle HQ", location: nil) },
        .init(.userNotLicensed, prepare: { tenant in
            try usLicensed(tenant)
            try tenant.importUsers(csv: TenantFixture.csv(3))
        }) { try $0.assignNumbers(to: .all, address: "Seattle HQ", location: nil) },
        .init(.capabilityMismatch, prepare: { tenant in
            try usLicensed(tenant)
            try tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 1, type: .toll, address: nil)
            try tenant.acquireNumbers(reservation: nil)
        }) { try $0.assignNumber("+12060000003", to: "user1@contoso.com", address: "Seattle HQ", location: nil) },
        .init(.numberTaken, prepare: { tenant in
            try usWithAssignedUser(tenant)
            try tenant.importUsers(csv: TenantFixture.csv(1).replacingOccurrences(of: "user1@", with: "other@"))
        }) { try $0.assignNumber("+12060000001", to: "other@contoso.com", address: "Seattle HQ", location: nil) },
        .init(.userHasNumber, prepare: usWithAssignedUser) { try $0.assignNumber("+12060000002", to: "user1@contoso.com", address: "Seattle HQ", location: nil) },
        .init(.thirdPartyConferencing, prepare: { try $0.buyLicences(.audioConferencing, quantity: 5) }) {
            try $0.perform(.conferencingSetProvider, arguments: ["provider": "third-party", "name": "Acme"])
        },
        .init(.firstFundingTooSmall) { try $0.fundCredits(amount: 20, currency: "USD") },
        .init(.creditsRequired, prepare: { tenant in
            try tenant.buyLicences(.phoneSystem, quantity: 30)
            try tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 1, type: .tollFree, address: nil)
            try tenant.acquireNumbers(reservation: nil)
        }) { try $0.perform(.conferencingAssignBridgeNumber, arguments: ["type": "toll-free"]) },
    ]

    /// Two licensed US users, an address, and two acquired numbers.
    @Sendable static func usLicensed(_ tenant: RehearsalTenant) throws {
        try tenant.importUsers(csv: TenantFixture.csv(2))
        try tenant.buyLicences(.phoneSystem, quantity: 2)
        try tenant.buyLicences(.domesticCallingPlan, quantity: 2)
        try tenant.assignLicences(.phoneSystem, to: .all)
        try tenant.assignLicences(.domesticCallingPlan, to: .all)
        try tenant.createAddress(TenantFixture.seattle)
        try tenant.validateAddresses(nil)
        try tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 2, type: .user, address: nil)
    }

    /// Two licensed French users, a validated Paris address, and two numbers requested for Lyon.
    @Sendable static func frenchWithLyonNumbers(_ tenant: RehearsalTenant) throws {
        try tenant.importUsers(csv: TenantFixture.csv(2, country: "FR"))
        try tenant.buyLicences(.phoneSystem, quantity: 2)
        try tenant.buyLicences(.domesticCallingPlan, quantity: 2)
        try tenant.assignLicences(.phoneSystem, to: .all)
        try tenant.assignLicences(.domesticCallingPlan, to: .all)
        try tenant.createAddress(CivicAddress(
            companyName: "Contoso FR", houseNumber: "1", streetName: "Rue de Rivoli", city: "Paris", postalCode: "75001",
            countryOrRegion: "FR", latitude: 48.86, longitude: 2.34, description: "Paris"))
        try tenant.validateAddresses(nil)
        try tenant.requestNumbers(country: "FR", city: "Lyon", quantity: 2, type: .user)
    }

    /// The same, with user1 holding a number at "Floor 3" and the reservation acquired.
    @Sendable static func usWithAssignedUser(_ tenant: RehearsalTenant) throws {
        try usLicensed(tenant)
        try tenant.acquireNumbers(reservation: nil)
        try tenant.createLocation(address: "Seattle HQ", name: "Floor 3")
        try tenant.assignNumber("+12060000001", to: "user1@contoso.com", address: "Seattle HQ", location: "Floor 3")
    }
}

@Suite struct RefusalSnapshotTests {
    @Test(arguments: RefusalScenario.all)
    func aRefusalChangesNothing(scenario: RefusalScenario) throws {
        let fixture = try TenantFixture()
        try scenario.prepare(fixture.tenant)
        if scenario.kind == .noFreeNumber || scenario.kind == .addressRequired || scenario.kind == .userNotLicensed
            || scenario.kind == .addressNotValidated || scenario.kind == .countryMismatch
        {
            _ = try? fixture.tenant.acquireNumbers(reservation: nil)
        }
        let before = try fixture.tenant.canonicalDump()
        let refusal = try #require(throws: EngineRefusal.self) { try scenario.refused(fixture.tenant) }
        #expect(refusal.kind == scenario.kind)
        #expect(try fixture.tenant.canonicalDump() == before)
        for language in Language.allCases {
            let message = refusal.message(in: language)
            #expect(!refusal.what.text(in: language).isEmpty && !refusal.why.text(in: language).isEmpty)
            #expect(message.hasSuffix("."))
        }
        #expect(refusal.message(in: .french) != refusal.message(in: .english))
    }

    @Test func everyKindOfRefusalHasAScenario() {
        let covered = Set(RefusalScenario.all.map(\.kind))
        // Every action is simulated now, so nothing raises notYetSupported (see the test below).
        #expect(Set(EngineRefusal.Kind.allCases).subtracting(covered) == [.notYetSupported])
    }

    @Test(arguments: ActionName.allCases)
    func everyActionIsSimulated(action: ActionName) throws {
        let fixture = try TenantFixture()
        do {
            try fixture.tenant.perform(action, arguments: [:])
        } catch let refusal as EngineRefusal {
            #expect(refusal.kind != .notYetSupported)
        }
    }
}
