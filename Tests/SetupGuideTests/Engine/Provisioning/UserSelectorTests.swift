import Testing
import SetupGuide

@Suite struct UserSelectorTests {
    @Test(arguments: [
        ("all", UserSelector.all), ("Voice", .voice), ("department:Sales", .department("Sales")),
        ("department: Ventes et marketing", .department("Ventes et marketing")),
        ("ana@contoso.fr", .users(["ana@contoso.fr"])), ("ana@contoso.fr, bob@contoso.fr", .users(["ana@contoso.fr", "bob@contoso.fr"])),
    ])
    func readsGuideSelectors(text: String, selector: UserSelector) {
        #expect(UserSelector(parsing: text) == selector)
    }

    @Test(arguments: ["", "department:", "everyone", "ana@", "ana contoso.fr"])
    func refusesTheRest(text: String) {
        #expect(UserSelector(parsing: text) == nil)
    }

    @Test func aDepartmentSelectsOnlyItsPeople() throws {
        let fixture = try TenantFixture()
        try fixture.tenant.importUsers(csv: TenantFixture.csv(3, department: "Sales"))
        try fixture.tenant.importUsers(csv: TenantFixture.csv(5, department: "Support").replacingOccurrences(of: "user", with: "agent"))
        try fixture.tenant.buyLicences(.phoneSystem, quantity: 10)
        #expect(try fixture.tenant.assignLicences(.phoneSystem, to: .department("sales")).changed == 3)
        let result = try fixture.tenant.evaluate(.licencesAssigned, arguments: ["sku": "MCOEV", "users": "all"], context: CheckContext())
        #expect(result.summary.english == "3 / 8 users have Teams Phone Standard (Phone System) (MCOEV)")
        #expect(result.subjects.count == 5)
    }
}
