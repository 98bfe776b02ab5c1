import Foundation
import GuideRenderer
import SetupGuide
import Testing
@testable import SetupGuideModel
@testable import SetupGuideEngine
@testable import SetupGuideVerification

/// The folders of `Tests/RealShapes`, each read as `verify --export` reads it and held to the
/// verdict its CASE.md wrote down before any code ran (read from the package root by path).
@Suite("real export shapes (Tests/RealShapes)")
struct RealShapesTests {
    static let root = TestPaths.packageRoot.appendingPathComponent("Tests/RealShapes")

    static func read(_ name: String) -> (snapshot: ExportSnapshot, problems: [ExportProblem]) {
        ExportFolder(url: root.appendingPathComponent(name)).read()
    }

    /// The report `verify --export` gives, with what the reading noticed attached.
    static func report(_ name: String, country: String = "FR", language: Language = .english) throws -> VerificationReport {
        let (snapshot, problems) = read(name)
        #expect(problems.isEmpty, "\(problems)")
        let plan = try VerificationFixture.plan(country, language: language)
        let tenant = ExportedTenant(
            snapshot: snapshot, country: country, connectivity: plan.options.connectivity, features: plan.options.features,
            countries: VerificationFixture.lookup)
        var report = try Verifier(tenant: tenant, source: .exports(path: name, files: snapshot.files)).verify(plan)
        report.attach(snapshot)
        return report
    }

    static func unknownValueWarnings(_ snapshot: ExportSnapshot) -> [ExportNote] { snapshot.notes.filter { $0.kind == .unknownValue } }

    @Test("every folder has a CASE.md with an expected verdict, and a test here")
    func everyCaseIsCovered() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.root.path).filter {
            var directory: ObjCBool = false
            return FileManager.default.fileExists(atPath: Self.root.appendingPathComponent($0).path, isDirectory: &directory) && directory.boolValue
        }
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        #expect(folders.count >= 25)
        for folder in folders {
            let text = try String(contentsOf: Self.root.appendingPathComponent(folder).appendingPathComponent("CASE.md"), encoding: .utf8)
            #expect(text.contains("## Expected verdict"), "\(folder)")
            #expect(source.contains("\"\(folder)\""), "no test reads \(folder)")
        }
    }

    // MARK: Values the current module writes

    @Test("json-ps7-current-values: IneligibleUser, TeamsPhoneMobile, Geographic, PolicyAssigned… are known values")
    func currentValues() throws {
        let (snapshot, problems) = Self.read("json-ps7-current-values")
        #expect(problems.isEmpty, "\(problems)")
        #expect(Self.unknownValueWarnings(snapshot).isEmpty, "\(snapshot.notes)")
        #expect((snapshot.users.count, snapshot.numbers.count, snapshot.addresses.count, snapshot.locations.count, snapshot.skus.count) == (4, 5, 1, 1, 2))
        let old = try #require(snapshot.users.first { $0.userPrincipalName == "old.account@contoso.fr" })
        #expect(old.accountType == "IneligibleUser" && !old.hasVoiceLicence)
        #expect(snapshot.numbers.first { $0.telephoneNumber == "+33142000003" }?.capability == ["UserAssignment", "Geographic", "InboundCalling", "OutboundCalling"])
        #expect(snapshot.numbers.first { $0.telephoneNumber == "+33612000004" }?.capability == ["TeamsPhoneMobile", "UserAssignment"])
        #expect(Set(snapshot.numbers.compactMap(\.pstnAssignmentStatus)) == ["UserAssigned", "PolicyAssigned", "ThirdPartyAppAssigned"])
        let report = try Self.report("json-ps7-current-values")
        let subjects = report.steps.flatMap(\.checks).flatMap(\.failures).map(\.subject)
        #expect(!subjects.contains { $0.contains("TeamsSharedCallingRoutingPolicy") }, "\(subjects)")
        #expect(!subjects.contains("old.account@contoso.fr"))
        for html in [VerificationHTMLRenderer().render(report), VerificationMarkdownRenderer().render(report)] {
            #expect(!html.contains("<img"))
        }
    }

    // MARK: A value no reference lists

    @Test("json-future-value: an unknown PstnAssignmentStatus is a warning naming file, record and value, never an error nor Unassigned")
    func futureValue() throws {
        let (snapshot, problems) = Self.read("json-future-value")
        #expect(problems.isEmpty, "\(problems)")
        let warning = try #require(Self.unknownValueWarnings(snapshot).first)
        #expect(warning.severity == .warning)
        #expect(warning.file.hasSuffix("Get-CsPhoneNumberAssignment.json"))
        #expect(warning.line == 20 && warning.field == "PstnAssignmentStatus")
        #expect(warning.formatted(in: .english).contains("'SharedLineAssigned'"))
        #expect(warning.formatted(in: .french).contains("'SharedLineAssigned'"))
        let number = try #require(snapshot.numbers.first { $0.telephoneNumber == "+33142000001" })
        #expect(number.pstnAssignmentStatus != "Unassigned")
        #expect(number.assignedPstnTargetID != nil)
        let report = try Self.report("json-future-value")
        let shown = try #require(report.warnings?.first)
        #expect(shown.kind == "unknown-value" && shown.message.contains("SharedLineAssigned"))
        #expect(report.steps.flatMap(\.checks).allSatisfy { !$0.failures.contains { $0.subject == "+33142000001" && $0.reason.contains("Unassigned") } })
    }

    @Test("an unknown value without a holder stays as written, so it never reads as Unassigned")
    func unknownWithoutHolder() throws {
        let folder = try VerificationFixture.folder([
            "Get-CsPhoneNumberAssignment.json": #"[{"TelephoneNumber": "+33142000001", "PstnAssignmentStatus": "SharedLineAssigned", "AssignedPstnTargetId": null}]"#,
        ])
        let (snapshot, problems) = ExportFolder(url: folder).read()
        #expect(problems.isEmpty, "\(problems)")
        #expect(snapshot.numbers.first?.pstnAssignmentStatus == "SharedLineAssigned")
    }

    @Test("a new value on many records is one warning that counts them")
    func unknownValueCounted() throws {
        let rows = (1...300).map { #"{"TelephoneNumber": "+3314200\#(String(format: "%04d", $0))", "PstnAssignmentStatus": "UserAssigned", "NumberType": "SatelliteLink"}"# }
        let folder = try VerificationFixture.folder(["Get-CsPhoneNumberAssignment.json": "[" + rows.joined(separator: ",\n") + "]"])
        let (snapshot, problems) = ExportFolder(url: folder).read()
        #expect(problems.isEmpty && snapshot.numbers.count == 300)
        let warnings = Self.unknownValueWarnings(snapshot)
        #expect(warnings.count == 1)
        #expect(warnings.first?.line == 1)
        #expect(warnings.first?.message.english.contains("300 records") == true, "\(warnings)")
    }

    // MARK: Empty results

    @Test("an empty result is no records with a note, not an error nor 'run the cmdlet again'", arguments: [
        ("empty-zero-byte", ExportCmdlet.civicAddress), ("empty-bom-crlf", .location), ("empty-json-ps7-null", .location),
    ])
    func emptyResults(name: String, cmdlet: ExportCmdlet) throws {
        let (snapshot, problems) = Self.read(name)
        #expect(problems.isEmpty, "\(problems)")
        #expect(snapshot.addresses.isEmpty && snapshot.locations.isEmpty)
        #expect(snapshot.recordCounts[cmdlet] == 0)
        let note = try #require(snapshot.notes.first { $0.kind == .noRecords })
        #expect(note.severity == .note && note.file.contains(cmdlet.rawValue))
        #expect(!note.message.english.contains("run the cmdlet again"))
    }

    @Test("empty-zero-byte: no addresses means the address steps report a gap, not a read error")
    func emptyAddressesAreAGap() throws {
        let report = try Self.report("empty-zero-byte")
        #expect(report.status == .gaps)
        #expect(report.warnings?.contains { $0.kind == "no-records" } == true)
    }

    @Test("an empty users or licences export is refused: never '0 users' nor '0 licences bought'", arguments: ["Get-CsOnlineUser.json", "Get-MgSubscribedSku.csv"])
    func emptyUsersOrLicences(file: String) throws {
        let folder = try VerificationFixture.folder([file: Data([0xEF, 0xBB, 0xBF, 0x0D, 0x0A])])
        let problem = try #require(ExportFolder(url: folder).read().problems.first)
        #expect(problem.kind == .emptyFile && problem.file.hasSuffix(file))
        #expect(problem.message.english.contains("export collect"))
    }

    // MARK: Windows PowerShell 5.1 JSON

    @Test("json51-utf16-single-object: one object is a list of one; UTF-16 decoded; depth-cut fields not read are no error")
    func utf16SingleObject() throws {
        let (snapshot, problems) = Self.read("json51-utf16-single-object")
        #expect(problems.isEmpty, "\(problems)")
        #expect(snapshot.users.map(\.lineURI) == ["tel:+33142000001"])
    }

    @Test("json51-depth-prepaidunits-typename: a type name for PrepaidUnits exits 2 naming the field and -Depth, never 0 licences")
    func jsonPrepaidTypeName() throws {
        let (snapshot, problems) = Self.read("json51-depth-prepaidunits-typename")
        let problem = try #require(problems.first)
        #expect(problem.kind == .lostValue && problem.field == "PrepaidUnits.Enabled" && problem.file.hasSuffix("Get-MgSubscribedSku.json"))
        #expect(problem.line == 5)
        #expect(problem.message.english.contains("-Depth"))
        #expect(problem.message.english.contains("MicrosoftGraphLicenseUnitsDetail"))
        #expect(snapshot.skus.isEmpty)
    }

    // MARK: CSV as admins have it

    @Test("csv-semicolon-usecult: ';' found, #TYPE skipped, the list kept whole; accents lost to ASCII are noted")
    func semicolonUseCulture() throws {
        let (snapshot, problems) = Self.read("csv-semicolon-usecult")
        #expect(problems.isEmpty, "\(problems)")
        #expect(snapshot.users.count == 3)
        #expect(snapshot.users.allSatisfy { $0.featureTypes == ["Teams", "PhoneSystem", "CallingPlan"] })
        #expect(snapshot.users.first?.displayName == "H?l?ne Lef?vre")
        #expect(snapshot.notes.contains { $0.kind == .encoding && $0.field == "DisplayName" })
    }

    @Test("csv-delimiter-semicolon-ps7: both files ';'-delimited, both numbers assigned to their users")
    func semicolonDelimiter() throws {
        let (snapshot, problems) = Self.read("csv-delimiter-semicolon-ps7")
        #expect(problems.isEmpty, "\(problems)")
        #expect(snapshot.users.count == 2 && snapshot.numbers.count == 2)
        for (user, number) in zip(snapshot.users, snapshot.numbers) {
            #expect(user.ids.contains(number.assignedPstnTargetID ?? "-"))
            #expect(number.pstnAssignmentStatus == "UserAssigned")
        }
    }

    @Test("csv-cp1252-accents: Windows-1252 is read as such, with a note; no U+FFFD reaches the report")
    func windows1252() throws {
        let (snapshot, problems) = Self.read("csv-cp1252-accents")
        #expect(problems.isEmpty, "\(problems)")
        #expect(snapshot.users.compactMap(\.displayName) == ["Hélène Lefèvre", "François Garçon", "Zoé Brûlé"])
        #expect(snapshot.notes.contains { $0.kind == .encoding && $0.file.hasSuffix("Get-CsOnlineUser.csv") })
        let text = VerificationTextRenderer(style: TerminalStyle(colours: false)).render(try Self.report("csv-cp1252-accents"))
        #expect(!text.contains("\u{FFFD}"))
    }

    @Test("Windows-1252 decoding covers the bytes 0x80-0x9F")
    func windows1252Table() {
        let bytes: [UInt8] = [0x80, 0x9C, 0xE9, 0x81]
        #expect(String(decoding: ExportTextDecoder.windows1252(bytes), as: UTF8.self) == "€œé\u{FFFD}")
        #expect(!ExportTextDecoder.isUTF8(bytes) && ExportTextDecoder.isUTF8(Array("Zoé".utf8)))
    }

    @Test("csv-type-header-51: #TYPE skipped, one number read")
    func typeHeader() throws {
        let (snapshot, problems) = Self.read("csv-type-header-51")
        #expect(problems.isEmpty, "\(problems)")
        #expect(snapshot.numbers.map(\.telephoneNumber) == ["+33142000001"])
        #expect(snapshot.numbers.first?.pstnAssignmentStatus == "UserAssigned" && snapshot.numbers.first?.capability == ["UserAssignment"])
    }

    @Test("csv-list-columns-typenames: System.String[] and System.Object[] exit 2 naming file and column, with the -join advice")
    func listTypeNames() throws {
        let (snapshot, problems) = Self.read("csv-list-columns-typenames")
        let users = problems.filter { $0.file.hasSuffix("Get-CsOnlineUser.csv") }
        let numbers = problems.filter { $0.file.hasSuffix("Get-CsPhoneNumberAssignment.csv") }
        #expect(users.count == 3 && users.allSatisfy { $0.kind == .lostList && $0.field == "FeatureTypes" })
        #expect(numbers.count == 1 && numbers.first?.kind == .lostList && numbers.first?.field == "Capability")
        #expect(problems.allSatisfy { $0.message.english.contains("-join ';'") })
        #expect(!snapshot.users.contains { $0.featureTypes.contains("System.String[]") })
    }

    @Test("csv-list-column-generic-list: List`1[System.String] is a lost list")
    func genericList() throws {
        let problems = Self.read("csv-list-column-generic-list").problems
        #expect(!problems.isEmpty && problems.allSatisfy { $0.kind == .lostList && $0.field == "FeatureTypes" })
    }

    @Test("a list joined by ';' or ', ' is read as a list", arguments: ["csv-list-joined-semicolon", "csv-list-joined-comma-space"])
    func joinedLists(name: String) throws {
        let (snapshot, problems) = Self.read(name)
        #expect(problems.isEmpty, "\(problems)")
        #expect(Self.unknownValueWarnings(snapshot).isEmpty, "\(snapshot.notes)")
        #expect(snapshot.numbers.map(\.capability) == [["UserAssignment", "ConferenceAssignment"]])
    }

    @Test("the console's {A, B} form is a list too")
    func bracedList() {
        #expect(ExportFieldReader.split("{ConferenceAssignment, VoiceApplicationAssignment, UserAssignment}") == ["ConferenceAssignment", "VoiceApplicationAssignment", "UserAssignment"])
    }

    @Test("csv-prepaidunits-hashtable-string: Enabled is read out of @{Enabled=10; …}")
    func prepaidHashtable() throws {
        let (snapshot, problems) = Self.read("csv-prepaidunits-hashtable-string")
        #expect(problems.isEmpty, "\(problems)")
        #expect(snapshot.skus.map { "\($0.skuPartNumber) \($0.enabled) \($0.consumed ?? -1)" } == ["MCOEV 10 4", "MCOPSTN1 10 2"])
    }

    @Test("csv-prepaidunits-typename: the type name exits 2 naming PrepaidUnits and how to select Enabled; never 0 licences")
    func prepaidTypeName() throws {
        let (snapshot, problems) = Self.read("csv-prepaidunits-typename")
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.kind == .lostValue && $0.file.hasSuffix("Get-MgSubscribedSku.csv") && $0.field == "PrepaidUnits.Enabled" })
        #expect(problems.first?.message.english.contains("@{n='Enabled';e={$_.PrepaidUnits.Enabled}}") == true)
        #expect(snapshot.skus.isEmpty)
    }

    @Test("a licences export without PrepaidUnits is refused, never read as 0 bought")
    func prepaidMissing() throws {
        let folder = try VerificationFixture.folder(["Get-MgSubscribedSku.csv": "SkuPartNumber,ConsumedUnits\nMCOEV,4\n"])
        let problem = try #require(ExportFolder(url: folder).read().problems.first)
        #expect([.missingColumn, .missingField].contains(problem.kind) && problem.field == "PrepaidUnits.Enabled", "\(problem)")
    }

    @Test("csv-select-missing-column: columns cut by Select-Object exit 2 naming the file and the columns, not 'unassigned'")
    func selectMissingColumn() throws {
        let problems = Self.read("csv-select-missing-column").problems
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.kind == .missingColumn && problem.file.hasSuffix("Get-CsPhoneNumberAssignment.csv"))
        for column in ["AssignedPstnTargetId", "PstnAssignmentStatus", "CivicAddressId"] { #expect(problem.message.english.contains(column)) }
    }

    @Test("a users export whose FeatureTypes was cut is refused: never '0 users'")
    func usersWithoutFeatureTypes() throws {
        let folder = try VerificationFixture.folder(["Get-CsOnlineUser.json": #"[{"UserPrincipalName": "ana@contoso.com", "UsageLocation": "FR"}]"#])
        let problem = try #require(ExportFolder(url: folder).read().problems.first)
        #expect(problem.kind == .missingColumn && problem.field == "FeatureTypes")
    }

    // MARK: A cut export

    @Test("numbers-500-default-page: exactly 500 records, and LineURIs with no record, are warnings saying how to get every page")
    func cutAtPageSize() throws {
        let (snapshot, problems) = Self.read("numbers-500-default-page")
        #expect(problems.isEmpty, "\(problems)")
        #expect(snapshot.numbers.count == 500 && snapshot.users.count == 4)
        let cut = snapshot.notes.filter { $0.kind == .cutExport }
        #expect(cut.count == 2)
        let page = try #require(cut.first { $0.file.hasSuffix("Get-CsPhoneNumberAssignment.json") })
        #expect(page.severity == .warning && page.message.english.contains("exactly 500") && page.message.english.contains("setup-guide export collect"))
        #expect(page.message.english.contains("-Top 1000 -Skip N"))
        let lines = try #require(cut.first { $0.field == "LineURI" })
        #expect(lines.message.english.contains("louise.benoit@contoso.fr") && lines.message.english.contains("remi.dupre@contoso.fr"))
        #expect(!lines.message.english.contains("bulk1"))
    }

    @Test("1,000 numbers is the cmdlet's largest page: a warning too; 999 is none")
    func cutAtThousand() throws {
        for (count, warned) in [(1000, true), (999, false)] {
            let rows = (1...count).map { #"{"TelephoneNumber": "+331420\#(String(format: "%05d", $0))", "PstnAssignmentStatus": "Unassigned"}"# }
            let folder = try VerificationFixture.folder(["Get-CsPhoneNumberAssignment.json": "[" + rows.joined(separator: ",") + "]"])
            let notes = ExportFolder(url: folder).read().snapshot.notes
            #expect(notes.contains { $0.kind == .cutExport } == warned, "\(count)")
        }
    }

    // MARK: Export-CsAcquiredPhoneNumber

    @Test("acquired-export-as-numbers: Export-CsAcquiredPhoneNumber's columns read as a numbers export")
    func acquiredExport() throws {
        let (snapshot, problems) = Self.read("acquired-export-as-numbers")
        #expect(problems.isEmpty, "\(problems)")
        #expect(snapshot.numbers.map(\.pstnAssignmentStatus) == ["UserAssigned", "UserAssigned", "Unassigned"])
        #expect(snapshot.numbers.map(\.assignedPstnTargetID) == ["589a6795-21b5-58f6-bf40-940a1863fa8e", "75f3ceb5-51c2-5894-82f0-f1e76148104a", nil])
        #expect(snapshot.numbers.allSatisfy { $0.capability == ["UserAssignment"] })
        let users = Set(snapshot.users.flatMap(\.ids))
        #expect(snapshot.numbers.prefix(2).allSatisfy { users.contains($0.assignedPstnTargetID ?? "") })
    }

    // MARK: Out of scope

    @Test("users-soft-deleted-disabled-guest: soft-deleted, guests and disabled people are counted apart, never gaps")
    func leftOut() throws {
        let (snapshot, problems) = Self.read("users-soft-deleted-disabled-guest")
        #expect(problems.isEmpty, "\(problems)")
        #expect(snapshot.users.map(\.userPrincipalName) == ["helene.lefevre@contoso.fr"])
        #expect(snapshot.leftOut.map(\.reason) == [.softDeleted, .guest, .disabled])
        #expect(snapshot.leftOut.map(\.users) == [["parti@contoso.fr"], ["invite_partner.example#EXT#@contoso.onmicrosoft.com"], ["bloque@contoso.fr"]])
        let report = try Self.report("users-soft-deleted-disabled-guest")
        let subjects = report.steps.flatMap(\.checks).flatMap(\.failures).map(\.subject)
        #expect(!subjects.contains { $0.hasPrefix("parti@") || $0.hasPrefix("bloque@") || $0.hasPrefix("invite_") }, "\(subjects)")
        #expect(report.leftOut?.map(\.count) == [1, 1, 1])
        #expect(report.leftOut?.first?.why.contains("SoftDeletionTimestamp") == true)
    }

    @Test("a disabled resource account stays in scope: resource accounts are disabled by design")
    func disabledResourceAccount() throws {
        let folder = try VerificationFixture.folder(["Get-CsOnlineUser.json": #"[{"UserPrincipalName": "cq@contoso.com", "AccountType": "ResourceAccount", "AccountEnabled": false, "FeatureTypes": ["PhoneSystemVirtualUser"], "UsageLocation": "FR"}]"#])
        let (snapshot, problems) = ExportFolder(url: folder).read()
        #expect(problems.isEmpty, "\(problems)")
        #expect(snapshot.users.count == 1 && snapshot.leftOut.isEmpty)
    }

    // MARK: Section 3's folders: read without error (their verdicts are the checks')

    @Test("the folders of section 3 read without a problem", arguments: [
        "fr-area-code-city-mismatch", "fr-quota-17-numbers-5-mcopstn1", "licences-bundle-e5-only", "usage-location-other-country",
    ])
    func sectionThreeFolders(name: String) {
        let (snapshot, problems) = Self.read(name)
        #expect(problems.isEmpty, "\(problems)")
        #expect(!snapshot.users.isEmpty)
        #expect(Self.unknownValueWarnings(snapshot).isEmpty, "\(snapshot.notes)")
    }
}
