import Testing
import SetupGuide

@Suite struct ServiceRuleTests {
    /// A US tenant with service quota, one toll and one toll-free number acquired.
    func serviceTenant() throws -> TenantFixture {
        let fixture = try TenantFixture()
        try fixture.tenant.setCountry("US")
        try fixture.tenant.buyLicences(.phoneSystem, quantity: 30)
        try fixture.tenant.buyLicences(.audioConferencing, quantity: 5)
        try fixture.tenant.buyLicences(.virtualUser, quantity: 2)
        try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 2, type: .toll, address: nil)
        try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 1, type: .tollFree, address: nil)
        try fixture.tenant.acquireNumbers(reservation: nil)
        return fixture
    }

    @Test func conferencingBridgeGetsATollNumberOnce() throws {
        let fixture = try serviceTenant()
        let tenant = fixture.tenant
        #expect(try tenant.evaluate(.conferencingProviderSet, arguments: [:], context: CheckContext()).status == .fail)
        try tenant.perform(.conferencingSetProvider, arguments: ["provider": "microsoft"])
        let first = try tenant.perform(.conferencingAssignBridgeNumber, arguments: ["type": "toll"])
        let again = try tenant.perform(.conferencingAssignBridgeNumber, arguments: ["type": "toll"])
        #expect(first.changed && !again.changed)
        #expect(first.values["number"] == again.values["number"])
        try tenant.perform(.conferencingSetLanguages, arguments: ["default": "en-US", "alternates": "fr-FR, es-ES"])
        #expect(try tenant.perform(.conferencingSetPinLength, arguments: ["length": "6"]).changed)
        #expect(try !tenant.perform(.conferencingSetPinLength, arguments: ["length": "6"]).changed)
        #expect(throws: EngineRefusal.self) { try tenant.perform(.conferencingSetPinLength, arguments: ["length": "3"]) }
        for check in [CheckName.conferencingProviderSet, .conferencingBridgeHasNumber, .conferencingSettingsSet] {
            #expect(try tenant.evaluate(check, arguments: [:], context: CheckContext()).status == .pass, "\(check)")
        }
    }

    @Test func queuesAndAttendantsStandBehindLicensedResourceAccounts() throws {
        let fixture = try serviceTenant()
        let tenant = fixture.tenant
        try tenant.perform(.resourceAccountsCreate, arguments: ["upn": "queue@contoso.com", "name": "Sales queue", "kind": "call-queue"])
        try tenant.perform(.resourceAccountsCreate, arguments: ["upn": "main@contoso.com", "name": "Main line", "kind": "auto-attendant"])
        // The resource account licence is free: a third account beyond the two bought is licensed too.
        try tenant.perform(.resourceAccountsCreate, arguments: ["upn": "more@contoso.com", "name": "More", "kind": "call-queue"])
        #expect(try tenant.licenceStock(.virtualUser) == LicenceStock(sku: .virtualUser, purchased: 3, assigned: 3))
        let clash = try #require(throws: EngineRefusal.self) {
            try tenant.perform(.resourceAccountsCreate, arguments: ["upn": "more@contoso.com", "name": "More", "kind": "auto-attendant"])
        }
        #expect(clash.kind == .invalidArgument)
        #expect(!(try tenant.perform(.resourceAccountsCreate, arguments: ["upn": "queue@contoso.com", "name": "Sales queue", "kind": "call-queue"]).changed))
        try tenant.perform(.callQueuesCreate, arguments: ["name": "Sales", "resourceAccount": "queue@contoso.com"])
        try tenant.perform(.autoAttendantsCreate, arguments: ["name": "Main", "resourceAccount": "main@contoso.com", "language": "en-US"])
        #expect(try tenant.evaluate(.callQueuesHaveNumbers, arguments: [:], context: CheckContext()).status == .fail)
        try tenant.perform(.serviceNumbersAssign, arguments: ["resourceAccount": "queue@contoso.com", "type": "toll"])
        try tenant.perform(.serviceNumbersAssign, arguments: ["resourceAccount": "main@contoso.com", "type": "toll"])
        for check in [CheckName.resourceAccountsLicensed, .callQueuesHaveNumbers, .autoAttendantsHaveNumbers] {
            #expect(try tenant.evaluate(check, arguments: [:], context: CheckContext()).status == .pass, "\(check)")
        }
    }

    @Test func creditsAreATotalTheFirstAtLeastFiftyAndExpireAfterAYear() throws {
        let fixture = try serviceTenant()
        let tenant = fixture.tenant
        #expect(try tenant.evaluate(.creditsCoverTollFree, arguments: [:], context: CheckContext()).status == .fail)
        #expect(try tenant.fundCredits(amount: 100, currency: "USD") == 100)
        #expect(try tenant.fundCredits(amount: 100, currency: "USD") == 100)
        #expect(try tenant.fundCredits(amount: 150, currency: "USD") == 150)
        #expect(try tenant.evaluate(.creditsFunded, arguments: ["min": "150"], context: CheckContext()).status == .pass)
        #expect(try tenant.evaluate(.creditsCoverTollFree, arguments: [:], context: CheckContext()).status == .pass)
        fixture.clock.advance(by: 366 * 24 * 3600)
        #expect(try tenant.evaluate(.creditsFunded, arguments: [:], context: CheckContext()).status == .fail)
        #expect(throws: EngineRefusal.self) { try tenant.setCreditsAutoRecharge(enabled: true, trigger: nil, amount: nil) }
        try tenant.setCreditsAutoRecharge(enabled: true, trigger: 10, amount: 50)
    }

    @Test func theCreditsLicenceNeedsAFundedBalanceNotAPurchase() throws {
        let fixture = try TenantFixture()
        try fixture.tenant.importUsers(csv: TenantFixture.csv(3))
        let refusal = try #require(throws: EngineRefusal.self) {
            try fixture.tenant.perform(.licencesAssign, arguments: ["sku": "MCOPSTNC", "users": "all"])
        }
        #expect(refusal.kind == .creditsRequired)
        try fixture.tenant.perform(.creditsFund, arguments: ["amount": "50", "currency": "USD"])
        #expect(try fixture.tenant.assignLicences(.communicationsCredits, to: .all).changed == 3)
        #expect(try fixture.tenant.evaluate(.licencesAssigned, arguments: ["sku": "MCOPSTNC", "users": "all"], context: CheckContext()).status == .pass)
    }

    @Test func aManualStepPassesOnceTheJournalSaysWhoAndWhen() throws {
        let fixture = try TenantFixture()
        let context = CheckContext(stepID: "port-numbers-manual")
        #expect(try fixture.tenant.evaluate(.manualRecorded, arguments: [:], context: CheckContext()).status == .notApplicable)
        #expect(try fixture.tenant.evaluate(.manualRecorded, arguments: [:], context: context).status == .fail)
        try fixture.tenant.record(JournalEntry(
            stepID: "port-numbers-manual", contentHash: "x", status: .done, inputs: [:], who: "Ana", when: "2026-11-20",
            note: nil, recordedAt: fixture.clock.now()))
        let result = try fixture.tenant.evaluate(.manualRecorded, arguments: [:], context: context)
        #expect(result.status == .pass)
        #expect(result.summary.english == "Done by Ana on 2026-11-20")
    }
}
