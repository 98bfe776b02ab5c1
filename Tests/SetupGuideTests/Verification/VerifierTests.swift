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

@Suite("verify: the guide steps' own checks against a tenant")
struct VerifierTests {
    @Test("a complete tenant passes every check that applies")
    func complete() throws {
        let plan = try VerificationFixture.plan("US")
        let report = try #require(try VerificationFixture.verify(exports: VerificationFixture.folders.appendingPathComponent("complete"), plan: plan).0)
        #expect(report.status == .complete, "\(report.steps.flatMap(\.checks).filter { $0.status == "fail" })")
        #expect(report.totals.failed == 0)
        #expect(report.totals.passed > 10)
        #expect(report.steps.map(\.id) == plan.steps.map(\.step.id))
    }

    @Test("each example failure names its subject and why", arguments: [
        (CheckName.licencesAssigned, "ben@contoso.com", "lacks Domestic Calling Plan (MCOPSTN1)"),
        (.usersHaveNumbers, "chloe@contoso.com", "no number"),
        (.numbersHaveEmergencyLocation, "+12065550105", "no emergency location"),
        (.numbersCountryMatchesUser, "+12065550104", "dan@contoso.com"),
        (.addressesValidated, "c0a80001-0000-4000-8000-000000000002", "refused by address validation"),
        (.numbersWithinQuota, "user", "17 user numbers for a quota of 15"),
        (.creditsCoverTollFree, "+18005550100", "no Communications Credits"),
        (.callQueuesHaveNumbers, "cq-support@contoso.com", "no service number"),
    ])
    func exampleFailure(check: CheckName, subject: String, reason: String) throws {
        let report = try VerificationFixture.gapsReport()
        #expect(report.status == .gaps)
        let failures = report.failures(check)
        #expect(failures.contains { $0.subject == subject && $0.reason.contains(reason) }, "\(check.rawValue): \(failures)")
    }

    @Test("users without any voice licence are out of scope and never reported")
    func outOfScope() throws {
        let report = try VerificationFixture.gapsReport()
        let subjects = report.steps.flatMap(\.checks).flatMap(\.failures).map(\.subject)
        #expect(!subjects.contains("frank@contoso.com"))
        let imported = try #require(report.steps.flatMap(\.checks).first { $0.check == CheckName.usersImported.rawValue })
        #expect(imported.summary.hasPrefix("5 users"), "frank is not counted: \(imported.summary)")
    }

    @Test("facts the exports do not hold are not applicable, not failures")
    func notInExports() throws {
        let report = try VerificationFixture.gapsReport()
        #expect(report.statuses(.reservationsNonePending) == ["not-applicable"])
        #expect(report.statuses(.usersNotified) == ["not-applicable"])
        #expect(report.statuses(.creditsFunded) == ["not-applicable"])
    }

    @Test("the JSON names every failing subject with its kind")
    func subjectKinds() throws {
        let report = try VerificationFixture.gapsReport()
        let failures = report.steps.flatMap(\.checks).flatMap(\.failures)
        #expect(failures.contains { $0.kind == "user" && $0.subject == "chloe@contoso.com" })
        #expect(failures.contains { $0.kind == "number" && $0.subject == "+12065550105" })
        #expect(failures.contains { $0.kind == "address" && $0.subject == "c0a80001-0000-4000-8000-000000000002" })
        #expect(failures.contains { $0.kind == "resource-account" })
        #expect(report.totals.failures == failures.count)
    }

    @Test("a French report speaks French")
    func french() throws {
        let plan = try VerificationFixture.plan("US", language: .french)
        let report = try #require(try VerificationFixture.verify(exports: VerificationFixture.folders.appendingPathComponent("gaps"), plan: plan).0)
        #expect(report.language == "fr")
        #expect(report.failures(.usersHaveNumbers).first?.reason == "pas de numéro")
    }

    @Test("the embedded tenant: a reservation never completed is a gap")
    func reservationNeverCompleted() throws {
        let fixture = try TenantFixture()
        let tenant = fixture.tenant
        try tenant.setCountry("US")
        try tenant.setConnectivity(.callingPlan)
        try tenant.buyLicences(.phoneSystem, quantity: 10)
        try tenant.buyLicences(.domesticCallingPlan, quantity: 10)
        let reservation = try tenant.searchNumbers(country: "US", city: "Seattle", areaCode: nil, quantity: 3, type: .user, address: nil)
        fixture.clock.advance(by: 11 * 60)

        let plan = try VerificationFixture.plan("US")
        let report = try Verifier(tenant: tenant, source: .tenant(path: fixture.url.path)).verify(plan)
        let failures = report.failures(.reservationsNonePending)
        #expect(failures.contains { $0.subject == reservation.id && $0.kind == "reservation" && $0.reason.contains("expired") }, "\(failures)")
        #expect(report.status == .gaps)
        #expect(report.source.kind == "tenant")
    }

    @Test("the embedded tenant: an open reservation is reported as still open")
    func reservationOpen() throws {
        let fixture = try TenantFixture()
        try fixture.tenant.setCountry("US")
        try fixture.tenant.buyLicences(.phoneSystem, quantity: 10)
        try fixture.tenant.buyLicences(.domesticCallingPlan, quantity: 10)
        let reservation = try fixture.tenant.searchNumbers(country: "US", city: nil, areaCode: nil, quantity: 2, type: .user, address: nil)
        let report = try Verifier(tenant: fixture.tenant, source: .tenant(path: "t")).verify(try VerificationFixture.plan("US"))
        #expect(report.failures(.reservationsNonePending).contains { $0.subject == reservation.id && $0.reason.contains("still open") })
    }

    @Test("an input default binds the SKU; a quantity meant for buying does not become a minimum")
    func binding() throws {
        let report = try VerificationFixture.gapsReport()
        let purchased = report.steps.first { $0.id == "licences" }?.checks.filter { $0.check == "licences.purchased" } ?? []
        #expect(purchased.map { $0.arguments["sku"] } == ["MCOEV", "MCOPSTN1"])
        #expect(purchased.allSatisfy { $0.arguments["min"] == nil })
    }

    @Test("a resource account whose export lacks ApplicationId counts for queues and attendants alike")
    func unknownResourceAccount() throws {
        let users = """
            [{"UserPrincipalName": "ana@contoso.com", "FeatureTypes": ["PhoneSystem", "CallingPlan"], "UsageLocation": "US", "AccountType": "User"},
             {"UserPrincipalName": "rp-main@contoso.com", "FeatureTypes": ["PhoneSystemVirtualUser"], "UsageLocation": "US", "AccountType": "ResourceAccount"}]
            """
        let folder = try VerificationFixture.folder(["Get-CsOnlineUser.json": users])
        let plan = try VerificationFixture.plan("US", features: [.callQueues, .autoAttendants])
        let report = try #require(try VerificationFixture.verify(exports: folder, plan: plan).0)
        for check in [CheckName.callQueuesHaveNumbers, .autoAttendantsHaveNumbers] {
            #expect(report.failures(check).contains { $0.subject == "rp-main@contoso.com" && $0.reason.contains("unknown kind") }, "\(check)")
        }
        #expect(report.statuses(.resourceAccountsLicensed) == ["pass"])
    }

    @Test("a number that does not name its user is matched by the user's LineURI; user ids are matched without case")
    func lineURIFallback() throws {
        let users = """
            [{"UserPrincipalName": "Ana@Contoso.com", "FeatureTypes": ["PhoneSystem", "CallingPlan"], "UsageLocation": "US", "LineURI": "TEL:+12065550101;ext=101"},
             {"UserPrincipalName": "ben@contoso.com", "FeatureTypes": ["PhoneSystem", "CallingPlan"], "UsageLocation": "US", "Identity": "AB12CD34-0000-4000-8000-000000000002"}]
            """
        let numbers = """
            TelephoneNumber,PstnAssignmentStatus,AssignedPstnTargetId,IsoCountryCode,LocationId
            12065550101,UserAssigned,,US,l1
            +12065550102,UserAssigned,ab12cd34-0000-4000-8000-000000000002,US,l1
            """
        let folder = try VerificationFixture.folder(["Get-CsOnlineUser.json": users, "Get-CsPhoneNumberAssignment.csv": numbers])
        let report = try #require(try VerificationFixture.verify(exports: folder, plan: try VerificationFixture.plan("US")).0)
        #expect(report.statuses(.usersHaveNumbers) == ["pass"], "\(report.failures(.usersHaveNumbers))")
        #expect(report.statuses(.numbersCountryMatchesUser) == ["pass"])
    }

    @Test("only new Calling Plan numbers count against the quota: not Direct Routing, Operator Connect or ported ones",
          arguments: [("DirectRouting", "", "pass"), ("OperatorConnect", "", "pass"), ("CallingPlan", "Completed", "pass"), ("CallingPlan", "", "fail")])
    func quotaCountsMicrosoftNumbersOnly(type: String, portIn: String, expected: String) throws {
        // One Calling Plan licence allows 1 + 1 + 10 = 12 user numbers; the export holds 13.
        var numbers = ["TelephoneNumber,NumberType,PstnAssignmentStatus,Capability,IsoCountryCode,PortInOrderStatus"]
        for index in 1...13 { numbers.append("+1206555\(1000 + index),\(type),Unassigned,UserAssignment,US,\(portIn)") }
        let folder = try VerificationFixture.folder([
            "Get-MgSubscribedSku.csv": "SkuPartNumber,Enabled,ConsumedUnits\nMCOEV,1,0\nMCOPSTN1,1,0",
            "Get-CsPhoneNumberAssignment.csv": numbers.joined(separator: "\n"),
        ])
        let report = try #require(try VerificationFixture.verify(exports: folder, plan: try VerificationFixture.plan("US")).0)
        #expect(report.statuses(.numbersWithinQuota) == [expected], "\(report.failures(.numbersWithinQuota))")
    }

    @Test("a tenant on another Calling Plan than the guide's default is complete; an answer given is held to")
    func callingPlanChoice() throws {
        let folder = try VerificationFixture.folder([
            "Get-CsOnlineUser.json": """
                [{"UserPrincipalName": "ana@contoso.com", "FeatureTypes": ["PhoneSystem", "CallingPlan"], "UsageLocation": "US"},
                 {"UserPrincipalName": "ben@contoso.com", "FeatureTypes": ["PhoneSystem", "CallingPlan"], "UsageLocation": "US"}]
                """,
            "Get-MgSubscribedSku.csv": "SkuPartNumber,Enabled,ConsumedUnits\nMCOEV,2,2\nMCOPSTN2,2,2",
        ])
        let plan = try VerificationFixture.plan("US")
        let report = try #require(try VerificationFixture.verify(exports: folder, plan: plan).0)
        let licences = try #require(report.steps.first { $0.id == "licences" })
        #expect(licences.status == "pass", "\(licences.checks)")
        #expect(licences.checks.filter { $0.check == "licences.assigned" }.map { $0.arguments["sku"] } == ["MCOEV", "MCOPSTN2"])

        let held = CheckBinding(answers: ["licences": ["callingPlan": "MCOPSTN1"]])
        let answered = try #require(try VerificationFixture.verify(exports: folder, plan: plan, binding: held).0)
        #expect(answered.failures(.licencesAssigned).map(\.subject) == ["ana@contoso.com", "ben@contoso.com"])
        #expect(answered.failures(.licencesAssigned).allSatisfy { $0.reason == "lacks Domestic Calling Plan (MCOPSTN1)" })
    }

    @Test("department:NAME in the answers judges that department's people, read from Get-CsOnlineUser")
    func department() throws {
        let folder = try VerificationFixture.folder([
            "Get-CsOnlineUser.csv": """
                UserPrincipalName,FeatureTypes,UsageLocation,Department,Identity
                ana@contoso.com,PhoneSystem;CallingPlan,US,Sales,id-ana
                ben@contoso.com,PhoneSystem;CallingPlan,US,sales,id-ben
                cleo@contoso.com,PhoneSystem;CallingPlan,US,Support,id-cleo
                """,
            "Get-CsPhoneNumberAssignment.csv": "TelephoneNumber,PstnAssignmentStatus,AssignedPstnTargetId,IsoCountryCode\n+12065550101,UserAssigned,id-ana,US",
        ])
        let binding = CheckBinding(answers: ["assign-numbers": ["users": "department:Sales"]])
        let report = try #require(try VerificationFixture.verify(exports: folder, plan: try VerificationFixture.plan("US"), binding: binding).0)
        let numbers = try #require(report.steps.flatMap(\.checks).first { $0.check == CheckName.usersHaveNumbers.rawValue })
        #expect(numbers.summary == "1 / 2 users have a number")
        #expect(numbers.failures.map(\.subject) == ["ben@contoso.com"])
    }

    @Test("toll-free ranges", arguments: [
        ("+18005550100", true), ("+18885550100", true), ("+12065550100", false), ("+33805000000", true),
        ("+33140000000", false), ("+448001234567", true), ("+442071234567", false),
    ])
    func tollFree(number: String, expected: Bool) {
        #expect(ExportedTenant.isTollFree(number) == expected)
    }
}
