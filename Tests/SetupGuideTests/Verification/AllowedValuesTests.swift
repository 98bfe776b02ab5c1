import Foundation
import Testing
@testable import SetupGuideVerification
@testable import SetupGuideEngine

/// The values the export readers accept are those of `scripts/powershell/cmdlets.json`, the one
/// table built from Microsoft's cmdlet pages, so the two cannot drift apart.
@Suite("export values held to cmdlets.json")
struct AllowedValuesTests {
    static let enums: [String: [String]] = {
        let url = TestPaths.packageRoot.appendingPathComponent("scripts/powershell/cmdlets.json")
        guard let data = try? Data(contentsOf: url),
            let table = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let enums = table["enums"] as? [String: [String: Any]]
        else { return [:] }
        return enums.compactMapValues { $0["values"] as? [String] }
    }()

    @Test("each documented list is cmdlets.json's, value for value and in order")
    func documentedMatch() throws {
        #expect(!Self.enums.isEmpty, "cmdlets.json has enums")
        for (key, values) in ExportFolder.Allowed.documented {
            let reference = try #require(Self.enums[key], "\(key) is not in cmdlets.json")
            #expect(values == reference, "\(key)")
        }
    }

    @Test("the lists the reader uses are the documented values, then supplements that cmdlets.json does not hold, each with its source")
    func supplementsAreNew() {
        for (key, extra) in ExportFolder.Allowed.supplements {
            let reference = Self.enums[key] ?? []
            for (value, source) in extra {
                #expect(!reference.contains { $0.lowercased() == value.lowercased() }, "\(key) \(value) is already documented")
                #expect(source.contains(".md"), "\(key) \(value) names its page")
            }
        }
        #expect(ExportFolder.Allowed.accountType.contains("IneligibleUser") && ExportFolder.Allowed.accountType.contains("Unknown"))
        #expect(!ExportFolder.Allowed.accountType.contains("IrregularUser"), "not a value any reference lists")
        for value in ["TeamsPhoneMobile", "Geographic", "InboundCalling", "OutboundCalling"] { #expect(ExportFolder.Allowed.capability.contains(value)) }
        for value in ["ThirdPartyAppAssigned", "PolicyAssigned"] { #expect(ExportFolder.Allowed.assignmentStatus.contains(value)) }
    }

    @Test("FeatureTypes is not a closed list in the reference, so no FeatureTypes value is ever warned about")
    func featureTypesOpen() throws {
        let folder = try VerificationFixture.folder(["Get-CsOnlineUser.json": #"[{"UserPrincipalName": "a@b.c", "FeatureTypes": ["CommunicationCredits", "SomethingNew"]}]"#])
        let (snapshot, problems) = ExportFolder(url: folder).read()
        #expect(problems.isEmpty)
        #expect(snapshot.users.first?.featureTypes == ["CommunicationCredits", "SomethingNew"])
        #expect(!snapshot.notes.contains { $0.kind == .unknownValue })
    }
}

@Suite("FeatureTypes as the module spells them")
struct FeatureTypeSpellingTests {
    @Test("CommunicationCredits, as Get-CsOnlineUser's page spells it, counts as holding Communications Credits")
    func communicationCredits() throws {
        let folder = try VerificationFixture.folder([
            "Get-CsOnlineUser.json": #"[{"UserPrincipalName": "a@contoso.com", "AccountType": "User", "UsageLocation": "FR", "FeatureTypes": ["PhoneSystem", "CommunicationCredits"]}]"#,
            "Get-MgSubscribedSku.json": #"[{"SkuPartNumber": "MCOPSTNC", "ConsumedUnits": 1, "PrepaidUnits": {"Enabled": 1}}]"#,
        ])
        let (snapshot, _) = ExportFolder(url: folder).read()
        let tenant = ExportedTenant(
            snapshot: snapshot, country: "FR", connectivity: .callingPlan, features: [], countries: VerificationFixture.lookup,
            licences: VerificationFixture.content.licences)
        let assigned = try tenant.evaluate(.licencesAssigned, arguments: ["sku": "MCOPSTNC"], context: CheckContext(country: "FR"))
        #expect(assigned.status == .pass, "\(assigned.summary.english)")
    }
}
