import Testing
import SetupGuide

/// A quantity past any tenant's size is refused with words, never read into a sum that overflows.
@Suite struct HugeQuantityTests {
    @Test(arguments: ["9223372036854775807", "1000001"])
    func aHugeSearchIsRefusedAndChangesNothing(_ quantity: String) throws {
        let fixture = try TenantFixture()
        let tenant = fixture.tenant
        try tenant.setCountry("US")
        try tenant.buyLicences(.phoneSystem, quantity: 5)
        try tenant.buyLicences(.domesticCallingPlan, quantity: 5)
        let before = try tenant.perform(.numbersSearch, arguments: ["country": "US", "quantity": "1", "type": "user"])
        #expect(before.changed)
        let refusal = #expect(throws: EngineRefusal.self) {
            try tenant.perform(.numbersSearch, arguments: ["country": "US", "quantity": quantity, "type": "user"])
        }
        #expect(refusal?.kind == .invalidArgument)
        #expect(refusal?.subjects == ["quantity"])
        #expect(refusal.map { "\($0)" }?.contains("1,000,000") == true)
        #expect(throws: EngineRefusal.self) {
            try tenant.perform(.licencesBuy, arguments: ["sku": "MCOEV", "quantity": quantity])
        }
    }
}
