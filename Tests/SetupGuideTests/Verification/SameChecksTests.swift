import Foundation
import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification
@testable import SetupGuideImport
@testable import SetupGuideWizard

/// The checks have one definition, answered from two sources of facts: the rehearsal tenant's
/// SQL and an export folder held in memory. A rehearsal tenant and the exports it would give
/// must get the same verdicts, or the two sources have drifted apart.
@Suite("verify: a rehearsal tenant and its own exports get the same verdicts")
struct SameChecksTests {
    /// A US tenant with a gap of most kinds: users without a Calling Plan, one without a number,
    /// an address not validated, an auto attendant without a number, and a user who moved to
    /// another country than her number's.
    static func rehearsed() throws -> TenantFixture {
        let fixture = try TenantFixture()
        let tenant = fixture.tenant
        try tenant.setCountry("US")
        try tenant.setConnectivity(.callingPlan)
        try tenant.importUsers(csv: TenantFixture.csv(6))
        let zoe = { (country: String) in """
            UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage
            Zoe@Contoso.com,Zoé,\(country),Seattle,Sales,en-US
            """ }
        try tenant.importUsers(csv: zoe("US"))
        try tenant.buyLicences(.phoneSystem, quantity: 10)
        try tenant.buyLicences(.domesticCallingPlan, quantity: 5)
        try tenant.buyLicences(.virtualUser, quantity: 2)
        try tenant.assignLicences(.phoneSystem, to: .all)
        try tenant.assignLicences(.domesticCallingPlan, to: .users(["user1@contoso.com", "user2@contoso.com", "user3@contoso.com", "user4@contoso.com", "Zoe@Contoso.com"]))
        let office = try tenant.createAddress(TenantFixture.seattle)
        try tenant.validateAddresses(office.id)
        try tenant.createAddress(TenantFixture.london)
        let place = try tenant.createLocation(address: office.id, name: "Floor 2")
        let numbers = try tenant.searchNumbers(country: "US", city: "Seattle", areaCode: nil, quantity: 4, type: .user, address: nil)
        try tenant.acquireNumbers(reservation: numbers.id)
        try tenant.assignNumbers(to: .users(["user1@contoso.com", "user2@contoso.com"]), address: office.id, location: place)
        try tenant.assignNumbers(to: .users(["user3@contoso.com"]), address: office.id, location: nil)
        try tenant.assignNumbers(to: .users(["Zoe@Contoso.com"]), address: office.id, location: place)
        // Zoé moves to London after getting her Seattle number.
        try tenant.importUsers(csv: zoe("GB"))
        try tenant.perform(.resourceAccountsCreate, arguments: ["upn": "queue@contoso.com", "name": "Sales queue", "kind": "call-queue"])
        try tenant.perform(.resourceAccountsCreate, arguments: ["upn": "main@contoso.com", "name": "Main line", "kind": "auto-attendant"])
        try tenant.perform(.callQueuesCreate, arguments: ["name": "queue@contoso.com", "resourceAccount": "queue@contoso.com"])
        try tenant.perform(.autoAttendantsCreate, arguments: ["name": "main@contoso.com", "resourceAccount": "main@contoso.com", "language": "en-US"])
        let service = try tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 1, type: .toll, address: nil)
        try tenant.acquireNumbers(reservation: service.id)
        try tenant.perform(.serviceNumbersAssign, arguments: ["resourceAccount": "queue@contoso.com", "type": "toll"])
        return fixture
    }

    /// What Get-CsOnlineUser, Get-CsPhoneNumberAssignment, Get-CsOnlineLisCivicAddress and
    /// Get-MgSubscribedSku would show of `tenant`.
    static func exports(of tenant: RehearsalTenant) throws -> ExportSnapshot {
        let tables = try tenant.export()
        func text(_ row: [String: ExportValue], _ column: String) -> String? {
            if case .text(let value) = row[column] { return value }
            return nil
        }
        func integer(_ row: [String: ExportValue], _ column: String) -> Int {
            if case .integer(let value) = row[column] { return Int(value) }
            return 0
        }
        let features: [String: String] = [
            "MCOEV": "PhoneSystem", "MCOPSTN1": "CallingPlan", "MCOPSTN2": "CallingPlan", "MCOPSTN5": "CallingPlan",
            "MCOPSTNPP": "CallingPlan", "MCOMEETADV": "AudioConferencing", "PHONESYSTEM_VIRTUALUSER": "PhoneSystemVirtualUser",
        ]
        var snapshot = ExportSnapshot()
        for (line, row) in (tables["users"] ?? []).enumerated() {
            let upn = text(row, "upn")!
            let kind = text(row, "accountKind")!
            let granted = (tables["userLicences"] ?? []).filter { text($0, "upn")?.lowercased() == upn.lowercased() }
            snapshot.users.append(.init(
                userPrincipalName: upn, displayName: text(row, "displayName"), featureTypes: granted.compactMap { features[text($0, "sku")!] },
                usageLocation: text(row, "usageLocation"), accountType: kind == "person" ? "User" : "ResourceAccount", ids: [],
                applicationID: kind == "call-queue" ? ExportedTenant.callQueueApplicationID
                    : kind == "auto-attendant" ? ExportedTenant.autoAttendantApplicationID : nil,
                department: text(row, "department"), line: line + 2))
        }
        for (line, row) in (tables["numbers"] ?? []).enumerated() where text(row, "state") == "acquired" {
            snapshot.numbers.append(.init(
                telephoneNumber: text(row, "telephoneNumber")!, numberType: "CallingPlan", pstnAssignmentStatus: text(row, "assignmentStatus"),
                capability: text(row, "capability")!.split(separator: ",").map(String.init), assignedPstnTargetID: text(row, "assignedTo"),
                locationID: text(row, "locationId"), isoCountryCode: text(row, "isoCountryCode"),
                portInOrderStatus: text(row, "origin") == "ported" ? "Completed" : nil, line: line + 2))
        }
        for (line, row) in (tables["addresses"] ?? []).enumerated() {
            snapshot.addresses.append(.init(civicAddressID: text(row, "id")!, validationStatus: text(row, "validationStatus"), line: line + 2))
        }
        for (line, row) in (tables["licences"] ?? []).enumerated() {
            snapshot.skus.append(.init(skuPartNumber: text(row, "sku")!, enabled: integer(row, "purchased"), line: line + 2))
        }
        return snapshot
    }

    /// Every check the exports can answer, with the arguments the shipped guides give them.
    static let calls: [(CheckName, [String: String])] = CheckName.allCases.filter { ExportedTenant.notInExports[$0] == nil }
        .flatMap { check -> [(CheckName, [String: String])] in
            switch check {
            case .licencesPurchased, .licencesAssigned: [(check, ["sku": "MCOEV"]), (check, ["sku": "MCOPSTN1"])]
            case .numbersAcquired: NumberKind.allCases.map { (check, ["type": $0.rawValue]) }
            case .usersHaveNumbers:
                [(check, [:]), (check, ["users": "user3@contoso.com,Zoe@Contoso.com"]), (check, ["users": "department:sales"]),
                 (check, ["users": "department:Nobody"])]
            default: [(check, [:])]
            }
        }

    @Test("every check the exports can answer", arguments: calls.indices)
    func sameVerdict(index: Int) throws {
        let (check, arguments) = Self.calls[index]
        let fixture = try Self.rehearsed()
        let exported = ExportedTenant(
            snapshot: try Self.exports(of: fixture.tenant), country: "US", connectivity: .callingPlan, features: [],
            countries: TenantFixture.lookup)
        let stored = try fixture.tenant.evaluate(check, arguments: arguments, context: CheckContext(country: "US"))
        let read = try exported.evaluate(check, arguments: arguments, context: CheckContext(country: "US"))
        #expect(read == stored, "\(check.rawValue) \(arguments)")
    }

    @Test("the scenario has gaps of many kinds, so the comparison is not between empty verdicts")
    func scenarioHasGaps() throws {
        let fixture = try Self.rehearsed()
        let failing = try Self.calls.filter { call in
            try fixture.tenant.evaluate(call.0, arguments: call.1, context: CheckContext(country: "US")).status == .fail
        }.map(\.0)
        for check in [
            CheckName.licencesAssigned, .usersHaveNumbers, .numbersCountryMatchesUser,
            .addressesValidated, .autoAttendantsHaveNumbers,
        ] {
            #expect(failing.contains(check), "\(check.rawValue)")
        }
    }
}
