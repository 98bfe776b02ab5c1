import Foundation
import Testing
import SetupGuide

@Suite struct UserImportTests {
    @Test func aBadRowImportsNothingAndNamesLineAndField() throws {
        let fixture = try TenantFixture()
        let file = fixture.folder.appendingPathComponent("users.csv")
        let text = TenantFixture.csv(3) + "\nbroken,Someone,US,,,\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let refusal = try #require(throws: EngineRefusal.self) { try fixture.tenant.importUsers(from: file) }
        #expect(refusal.kind == .invalidUserFile)
        #expect(refusal.message(in: .english).contains("users.csv line 5, field UserPrincipalName"))
        #expect(refusal.message(in: .french).contains("ligne 5, champ UserPrincipalName"))
        let check = try fixture.tenant.evaluate(.usersImported, arguments: [:], context: CheckContext())
        #expect(check.status == .fail)
    }

    @Test func importingTwiceCreatesNoDuplicateAndUpdatesChangedRows() throws {
        let fixture = try TenantFixture()
        #expect(try fixture.tenant.importUsers(csv: TenantFixture.csv(4)) == BulkResult(changed: 4, unchanged: 0))
        #expect(try fixture.tenant.importUsers(csv: TenantFixture.csv(4)) == BulkResult(changed: 0, unchanged: 4))
        #expect(try fixture.tenant.importUsers(csv: TenantFixture.csv(4, department: "Support")) == BulkResult(changed: 4, unchanged: 0))
        let result = try fixture.tenant.evaluate(.usersImported, arguments: [:], context: CheckContext())
        #expect(result.done == 4)
    }
}
