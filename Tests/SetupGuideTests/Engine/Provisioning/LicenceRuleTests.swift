import Testing
import SetupGuide
@testable import SetupGuideEngine

@Suite struct LicenceRuleTests {
    @Test func callingPlanCannotBeBoughtBeforePhoneSystem() throws {
        let fixture = try TenantFixture()
        #expect(throws: EngineRefusal.self) { try fixture.tenant.buyLicences(.domesticCallingPlan, quantity: 10) }
        try fixture.tenant.buyLicences(.phoneSystem, quantity: 10)
        let stock = try fixture.tenant.buyLicences(.domesticCallingPlan, quantity: 10)
        #expect(stock.purchased == 10)
    }

    @Test func e5CountsAsPhoneSystemForBuyingACallingPlan() throws {
        let fixture = try TenantFixture()
        try fixture.tenant.buyLicences(.e5, quantity: 5)
        #expect(try fixture.tenant.buyLicences(.internationalCallingPlan, quantity: 5).purchased == 5)
    }

    @Test func buyingIsATargetSoRunningTheStepTwiceBuysNothingMore() throws {
        let fixture = try TenantFixture()
        try fixture.tenant.buyLicences(.phoneSystem, quantity: 100)
        try fixture.tenant.buyLicences(.phoneSystem, quantity: 100)
        #expect(try fixture.tenant.licenceStock(.phoneSystem).purchased == 100)
        try fixture.tenant.buyLicences(.phoneSystem, quantity: 150)
        #expect(try fixture.tenant.licenceStock(.phoneSystem).purchased == 150)
    }

    @Test func callingPlanNeedsPhoneSystemOnTheUser() throws {
        let fixture = try TenantFixture()
        try fixture.tenant.importUsers(csv: TenantFixture.csv(3))
        try fixture.tenant.buyLicences(.phoneSystem, quantity: 3)
        try fixture.tenant.buyLicences(.domesticCallingPlan, quantity: 3)
        let refusal = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.assignLicences(.domesticCallingPlan, to: .all)
        }
        #expect(refusal.kind == .userNeedsPhoneSystem)
        #expect(refusal.subjects == ["user1@contoso.com", "user2@contoso.com", "user3@contoso.com"])
        try fixture.tenant.assignLicences(.phoneSystem, to: .all)
        #expect(try fixture.tenant.assignLicences(.domesticCallingPlan, to: .all) == BulkResult(changed: 3, unchanged: 0))
    }

    @Test func aUserWithoutUsageLocationCannotBeLicensed() throws {
        let fixture = try TenantFixture()
        // the users file refuses such a user; a tenant written before that rule may still hold one
        #expect(throws: EngineRefusal.self) {
            try fixture.tenant.importUsers(csv: "UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage\nana@contoso.com,Ana,,,,\nbob@contoso.com,Bob,US,,,\n")
        }
        try fixture.tenant.store([
            TenantUser(userPrincipalName: "ana@contoso.com", displayName: "Ana"),
            TenantUser(userPrincipalName: "bob@contoso.com", displayName: "Bob", usageLocation: "US"),
        ])
        try fixture.tenant.buyLicences(.phoneSystem, quantity: 5)
        let refusal = try #require(throws: EngineRefusal.self) { try fixture.tenant.assignLicences(.phoneSystem, to: .all) }
        #expect(refusal.kind == .usageLocationMissing)
        #expect(refusal.subjects == ["ana@contoso.com"])
        #expect(try fixture.tenant.assignLicences(.phoneSystem, to: .users(["bob@contoso.com"])).changed == 1)
    }

    @Test func aCallingPlanIsUsedInTheUsersCountry() throws {
        let fixture = try TenantFixture()
        try fixture.tenant.importUsers(csv: TenantFixture.csv(2, country: "JP"))
        try fixture.tenant.buyLicences(.phoneSystem, quantity: 2)
        try fixture.tenant.buyLicences(.internationalCallingPlan, quantity: 2)
        try fixture.tenant.assignLicences(.phoneSystem, to: .all)
        let refusal = try #require(throws: EngineRefusal.self) { try fixture.tenant.assignLicences(.internationalCallingPlan, to: .all) }
        #expect(refusal.kind == .licenceNotSoldInCountry)
    }

    @Test func tooFewLicencesIsRefusedWithHowManyToBuy() throws {
        let fixture = try TenantFixture()
        try fixture.tenant.importUsers(csv: TenantFixture.csv(5))
        try fixture.tenant.buyLicences(.phoneSystem, quantity: 3)
        let refusal = try #require(throws: EngineRefusal.self) { try fixture.tenant.assignLicences(.phoneSystem, to: .all) }
        #expect(refusal.kind == .notEnoughLicences)
        #expect(refusal.message(in: .english).contains("Buy at least 2 more MCOEV"))
        #expect(refusal.message(in: .french).contains("Achetez au moins 2 licences MCOEV"))
    }
}
