import Foundation
import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification

/// The licence table as data: every shipped row parses, a malformed table is named with its
/// place, and bundles count as what they give in both tenants.
@Suite("licences.yaml: bundles count as the licences they include")
struct LicenceBundlesTests {
    static let shipped = TestPaths.content.appendingPathComponent("licences.yaml")

    /// Broken tables and the line each diagnostic must point at.
    static let broken: [(yaml: String, line: Int)] = [
        ("source: x\nservicePlans:\n  MCOEV: {capability: phone-system}\nskus:\n  SPE_E5:\n    name: E5\n    gives: [phone-sytem]\n    servicePlans: [MCOEV]\n", 7),
        ("source: x\nservicePlans:\n  MCOEV: {capability: phone-system}\nskus:\n  SPE_E5:\n    name: E5\n    gives: [phone-system]\n    servicePlans: [MCOEVX]\n", 8),
        ("source: x\nservicePlans:\n  MCOEV: {capability: phone-system}\n  MCOMEETADV: {capability: audio-conferencing}\nskus:\n  SPE_E5:\n    name: E5\n    gives: [phone-system]\n    servicePlans: [MCOEV, MCOMEETADV]\n", 8),
        ("source: x\nskus:\n  SPE_E5: [a, b]\n", 3),
        ("source: x\nskus:\n  SPE_E5:\n    name: E5\n  bad: [\n", 6),
    ]

    @Test("every shipped row parses, with its source, and the bundles the checks rely on are there")
    func shippedParses() throws {
        let (table, diagnostics) = LicenceBundles.read(from: Self.shipped, displayPath: "licences.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(table.skus.count == 75)
        #expect(table.source.contains("licensing-service-plan-reference"))
        #expect(table.licences(of: "SPE_E5") == [.phoneSystem, .audioConferencing])
        #expect(table.licences(of: "enterprisepremium") == [.e5, .phoneSystem, .audioConferencing])
        #expect(table.licences(of: "BUSINESS_VOICE").contains(.domesticCallingPlan))
        #expect(table.licences(of: "MCOPSTN2") == [.internationalCallingPlan])
        #expect(table.licences(of: "SPE_E3").isEmpty)
    }

    @Test("the rehearsal tenant's own bundle rule agrees with the table for every SKU it sells")
    func enumAgreesWithTable() throws {
        let (table, _) = LicenceBundles.read(from: Self.shipped)
        for sku in Licence.allCases {
            let fromTable = Set(table.licences(of: sku.rawValue))
            let fromEnum = Set(Licence.allCases.filter { Licence.counted(as: $0).contains(sku) })
            #expect(fromTable == fromEnum, "\(sku.rawValue)")
        }
    }

    @Test("a malformed table is named with file, line and column", arguments: broken.indices)
    func malformed(index: Int) throws {
        let (yaml, line) = Self.broken[index]
        let (_, diagnostics) = LicenceBundles.parse(yaml, path: "licences.yaml")
        let first = try #require(diagnostics.first)
        #expect(first.identifier == .malformedLicences)
        #expect(first.location.path == "licences.yaml")
        #expect(first.location.line == line, "\(first.description)")
        #expect(first.location.column >= 1)
        #expect(first.message(in: .french) != first.message)
    }

    @Test("the content set reads licences.yaml beside countries.yaml, and falls back to the shipped one")
    func contentLoadsTable() throws {
        #expect(VerificationFixture.content.licences.skus.count == 75)
        let lonely = FileManager.default.temporaryDirectory.appendingPathComponent("guide-\(UUID().uuidString).md")
        try "---\nguide: g\nlang: en\ntitle: G\n---\n".write(to: lonely, atomically: true, encoding: .utf8)
        let loaded = ContentSet.load(paths: [lonely], fallbackCountries: TestPaths.content.appendingPathComponent("countries.yaml"))
        #expect(loaded.licences.bundle("SPE_E5") != nil)
    }

    @Test("E5 bundles only: 7 Phone System licences counted, no 'Phone System' gap, service quota from 7 + 7")
    func e5Only() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("Tests/RealShapes/licences-bundle-e5-only")
        let (snapshot, problems) = ExportFolder(url: folder).read()
        #expect(problems.isEmpty)
        let tenant = ExportedTenant(
            snapshot: snapshot, country: "FR", connectivity: .callingPlan, features: [], countries: VerificationFixture.lookup,
            licences: VerificationFixture.content.licences)
        let bought = try tenant.evaluate(.licencesPurchased, arguments: ["sku": "MCOEV"], context: CheckContext(country: "FR"))
        #expect(bought.status == .pass)
        #expect(bought.done == 7)
        #expect(bought.summary.english == "7 licences bought: Teams Phone Standard (Phone System) (MCOEV), 1 needed")
        #expect(bought.summary.french == "7 licences achetées : Teams Phone Standard (Système téléphonique) (MCOEV), 1 nécessaire")
        let conferencing = try tenant.evaluate(.licencesPurchased, arguments: ["sku": "MCOMEETADV"], context: CheckContext(country: "FR"))
        #expect(conferencing.done == 7)
        let assigned = try tenant.evaluate(.licencesAssigned, arguments: ["sku": "MCOEV"], context: CheckContext(country: "FR"))
        #expect(assigned.status == .pass)
        #expect(try NumberQuota.counted(.toll, purchased: tenant.purchased) == NumberQuota.serviceNumbers(phoneSystemAndConferencingLicences: 14))
    }

    @Test("a rehearsal tenant that bought Office 365 E5 and its exports agree on Phone System and the quotas")
    func rehearsalAgrees() throws {
        let fixture = try TenantFixture()
        let tenant = fixture.tenant
        try tenant.setCountry("US")
        try tenant.setConnectivity(.callingPlan)
        try tenant.importUsers(csv: TenantFixture.csv(3))
        try tenant.buyLicences(.e5, quantity: 30)
        try tenant.buyLicences(.domesticCallingPlan, quantity: 3)
        try tenant.assignLicences(.e5, to: .all)
        try tenant.assignLicences(.domesticCallingPlan, to: .all)
        var snapshot = try SameChecksTests.exports(of: tenant)
        // A real user export shows what E5 gives, not the SKU.
        for index in snapshot.users.indices { snapshot.users[index].featureTypes += ["PhoneSystem", "AudioConferencing"] }
        let exported = ExportedTenant(
            snapshot: snapshot, country: "US", connectivity: .callingPlan, features: [], countries: TenantFixture.lookup,
            licences: VerificationFixture.content.licences)
        for (check, arguments) in [
            (CheckName.licencesPurchased, ["sku": "MCOEV"]), (.licencesPurchased, ["sku": "MCOMEETADV"]), (.licencesAssigned, ["sku": "MCOEV"]),
            (.licencesPhoneSystemWithCallingPlan, [:]), (.numbersWithinQuota, [:]),
        ] {
            let stored = try tenant.evaluate(check, arguments: arguments, context: CheckContext(country: "US"))
            let read = try exported.evaluate(check, arguments: arguments, context: CheckContext(country: "US"))
            #expect(read == stored, "\(check.rawValue) \(arguments)")
            #expect(stored.status == .pass, "\(check.rawValue) \(arguments): \(stored.summary.english)")
        }
        #expect(try tenant.evaluate(.licencesPurchased, arguments: ["sku": "MCOEV"], context: CheckContext(country: "US")).done == 30)
    }
}
