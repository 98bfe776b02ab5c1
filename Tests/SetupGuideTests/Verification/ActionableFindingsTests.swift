import Foundation
import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification

/// Findings a person can act on: who is behind them, the step to follow and the line that fixes
/// them; quotas, area codes and the wrong country, on the real shapes of Tests/RealShapes.
@Suite("verify: findings name people and say how to fix them")
struct ActionableFindingsTests {
    static func shape(_ name: String, _ country: String = "FR") throws -> VerificationReport {
        let url = TestPaths.packageRoot.appendingPathComponent("Tests/RealShapes/\(name)")
        let plan = try VerificationFixture.plan(country)
        let (snapshot, problems) = ExportFolder(url: url).read()
        #expect(problems.isEmpty, "\(problems)")
        let tenant = ExportedTenant(
            snapshot: snapshot, country: country, connectivity: .callingPlan, features: [], countries: VerificationFixture.lookup,
            licences: VerificationFixture.content.licences)
        return try Verifier(tenant: tenant, source: .exports(path: name, files: snapshot.files)).verify(plan)
    }

    @Test("a French tenant with 17 numbers for 5 MCOPSTN1 (quota 16) fails the quota on the request-form step")
    func frenchQuota() throws {
        let report = try Self.shape("fr-quota-17-numbers-5-mcopstn1")
        #expect(report.statuses(.numbersWithinQuota) == ["fail"])
        let failure = try #require(report.failures(.numbersWithinQuota).first)
        #expect(failure.subject == "user")
        #expect(failure.reason.contains("17") && failure.reason.contains("16"))
        #expect(failure.fix?.step == "user-numbers-request")
    }

    @Test("a Paris number with its address in Lyon is flagged, naming its holder")
    func areaCode() throws {
        let report = try Self.shape("fr-area-code-city-mismatch")
        let failure = try #require(report.failures(.numbersHaveEmergencyLocation).first)
        #expect(failure.subject == "+33142000001")
        #expect(failure.reason.contains("Paris") && failure.reason.contains("Lyon"))
        #expect(failure.holder == "helene.lefevre@contoso.fr")
        #expect(failure.displayName == "Hélène Lefèvre")
        #expect(failure.fix?.todo?.contains("Paris") == true)
    }

    @Test("--country FR on users licensed in BE and DE names them; the French user passes")
    func otherCountry() throws {
        let report = try Self.shape("usage-location-other-country")
        let subjects = report.failures(.usersImported).map(\.subject)
        #expect(subjects == ["jan.peeters@contoso.fr", "lena.mueller@contoso.fr"])
        #expect(report.failures(.usersImported).allSatisfy { $0.kind == "user" })
    }

    @Test("an address finding shows its description and street and who depends on it")
    func addressNamed() throws {
        let folder = try VerificationFixture.folder([
            "Get-CsOnlineLisCivicAddress.json": """
                [{"CivicAddressId":"a1","CompanyName":"Contoso","HouseNumber":"5","StreetName":"Rue de la Paix","City":"Paris","PostalCode":"75002","CountryOrRegion":"FR","Description":"Siège","ValidationStatus":"Invalid","DefaultLocationId":"l1"}]
                """,
            "Get-CsOnlineLisLocation.json": #"[{"LocationId":"l1","CivicAddressId":"a1","Location":""}]"#,
            "Get-CsOnlineUser.json": #"[{"Identity":"u1","UserPrincipalName":"ana@contoso.fr","DisplayName":"Ana Dupont","FeatureTypes":["PhoneSystem","CallingPlan"],"UsageLocation":"FR","AccountType":"User"}]"#,
            "Get-CsPhoneNumberAssignment.json": #"[{"TelephoneNumber":"+33142000001","NumberType":"CallingPlan","PstnAssignmentStatus":"UserAssigned","Capability":["UserAssignment"],"AssignedPstnTargetId":"u1","LocationId":"l1","IsoCountryCode":"FR","City":"Paris"}]"#,
            "Get-MgSubscribedSku.json": #"[{"SkuPartNumber":"MCOEV","PrepaidUnits":{"Enabled":1}},{"SkuPartNumber":"MCOPSTN1","PrepaidUnits":{"Enabled":1}}]"#,
        ])
        let report = try #require(try VerificationFixture.verify(exports: folder, plan: try VerificationFixture.plan("FR")).0)
        let failure = try #require(report.failures(.addressesValidated).first)
        #expect(failure.address == "Siège, 5 Rue de la Paix, 75002 Paris")
        #expect(failure.dependents == ["+33142000001", "ana@contoso.fr"])
        #expect(failure.fix?.command == nil)
        #expect(failure.fix?.todo?.contains("2") == true)
    }

    @Test("fix lines quote their values and use the cmdlet table's parameter names")
    func fixLines() throws {
        let folder = try VerificationFixture.folder([
            "Get-CsOnlineLisCivicAddress.json": #"[{"CivicAddressId":"a1","CompanyName":"C","City":"Paris","CountryOrRegion":"FR","ValidationStatus":"Valid","DefaultLocationId":"l1"}]"#,
            "Get-CsOnlineLisLocation.json": #"[{"LocationId":"l1","CivicAddressId":"a1","Location":""}]"#,
            "Get-CsOnlineUser.json": #"[{"Identity":"u1","UserPrincipalName":"o'brien@contoso.fr","DisplayName":"O'Brien","FeatureTypes":["PhoneSystem","CallingPlan"],"UsageLocation":"FR","AccountType":"User"}]"#,
            "Get-CsPhoneNumberAssignment.json": #"[{"TelephoneNumber":"+33142000009","NumberType":"CallingPlan","PstnAssignmentStatus":"Unassigned","Capability":["UserAssignment"],"IsoCountryCode":"FR","City":"Paris"}]"#,
            "Get-MgSubscribedSku.json": #"[{"SkuPartNumber":"MCOEV","PrepaidUnits":{"Enabled":1}},{"SkuPartNumber":"MCOPSTN1","PrepaidUnits":{"Enabled":1}}]"#,
        ])
        let report = try #require(try VerificationFixture.verify(exports: folder, plan: try VerificationFixture.plan("FR")).0)
        let failure = try #require(report.failures(.usersHaveNumbers).first)
        #expect(failure.displayName == "O'Brien")
        #expect(failure.fix?.command == "Set-CsPhoneNumberAssignment -Identity 'o''brien@contoso.fr' -TelephoneNumber '+33142000009' -NumberType CallingPlan -LocationId 'l1'")
        #expect(failure.fix?.step == "assign-numbers")
        let script = FixScriptWriter(report: report).script()
        #expect(script.contains("[CmdletBinding(SupportsShouldProcess)]"))
        #expect(script.contains("$PSCmdlet.ShouldProcess('o''brien@contoso.fr', 'Set-CsPhoneNumberAssignment')"))
        #expect(script.contains("if (-not ((Get-CsPhoneNumberAssignment -TelephoneNumber '+33142000009').PstnAssignmentStatus -eq 'UserAssigned')) {"))
    }
}
