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

@Suite("Reading PowerShell exports")
struct ExportReaderTests {
    static let jsonObject = """
        {
          "UserPrincipalName": "ana@contoso.com",
          "DisplayName": "Ana \\u00c9lise",
          "FeatureTypes": ["Teams", "PhoneSystem", "CallingPlan"],
          "AssignedPlan": [{"Capability": "MCOEV", "Nested": {"deep": [1, 2, {"x": "}"}]}}],
          "UsageLocation": "FR",
          "EnterpriseVoiceEnabled": true
        }
        """
    static let csvRows = """
        "UserPrincipalName","DisplayName","FeatureTypes","UsageLocation","EnterpriseVoiceEnabled"
        "ana@contoso.com","Ana Élise","Teams;PhoneSystem;CallingPlan","FR","True"
        """

    static func user(_ records: [ExportRecord]) -> (upn: ExportedValue, name: ExportedValue, features: ExportedValue) {
        (records[0]["UserPrincipalName"], records[0]["DisplayName"], records[0]["FeatureTypes"])
    }

    static func utf16(_ text: String, bigEndian: Bool) -> Data {
        var data = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
        for unit in text.utf16 {
            let bytes = bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            data.append(contentsOf: bytes)
        }
        return data
    }

    @Test("every format variant gives the same user", arguments: [
        ("JSON object", "Get-CsOnlineUser.json", Data(jsonObject.utf8)),
        ("JSON array", "Get-CsOnlineUser.json", Data(("[" + jsonObject + ",\n" + jsonObject + "]").utf8)),
        ("CSV without #TYPE", "Get-CsOnlineUser.csv", Data(csvRows.utf8)),
        ("CSV with #TYPE", "Get-CsOnlineUser.csv", Data(("#TYPE Deserialized.Microsoft.Teams.User\r\n" + csvRows.replacingOccurrences(of: "\n", with: "\r\n")).utf8)),
        ("UTF-8 BOM JSON", "Get-CsOnlineUser.json", Data([0xEF, 0xBB, 0xBF] + Array(jsonObject.utf8))),
        ("UTF-16 LE BOM CSV", "Get-CsOnlineUser.csv", utf16("#TYPE Selected.User\r\n" + csvRows, bigEndian: false)),
        ("UTF-16 LE BOM JSON", "Get-CsOnlineUser.json", utf16(jsonObject, bigEndian: false)),
        ("UTF-16 BE BOM JSON", "Get-CsOnlineUser.json", utf16(jsonObject, bigEndian: true)),
    ])
    func variants(name: String, file: String, data: Data) throws {
        let records = try VerificationFixture.records(.onlineUser, file, data)
        #expect(records.count >= 1, "\(name)")
        let user = Self.user(records)
        #expect(user.upn == .text("ana@contoso.com"), "\(name)")
        #expect(user.name == .text("Ana Élise"), "\(name)")
        #expect(user.features == .list(["Teams", "PhoneSystem", "CallingPlan"]), "\(name)")
        var reader = ExportFieldReader(file: file, record: records[0])
        #expect(reader.bool("EnterpriseVoiceEnabled") == true, "\(name)")
        #expect(reader.problems.isEmpty)
    }

    @Test("nested fields are read with a dotted name, others skipped")
    func nested() throws {
        let json = #"[{"SkuPartNumber":"MCOEV","PrepaidUnits":{"Enabled":25,"Suspended":0},"ServicePlans":[{"a":{"b":"]"}}],"ConsumedUnits":3}]"#
        let records = try VerificationFixture.records(.subscribedSku, "Get-MgSubscribedSku.json", Data(json.utf8))
        #expect(records[0]["PrepaidUnits.Enabled"] == .number("25"))
        #expect(records[0]["ConsumedUnits"] == .number("3"))
        #expect(records[0]["ServicePlans"] == .null)
    }

    @Test("System.Object[] in a CSV is reported with file, line and column, not read as an empty list")
    func lostList() throws {
        let csv = "\"UserPrincipalName\",\"FeatureTypes\",\"UsageLocation\"\n\"ana@contoso.com\",\"PhoneSystem\",\"FR\"\n\"ben@contoso.com\",\"System.Object[]\",\"FR\"\n"
        let folder = try VerificationFixture.folder(["Get-CsOnlineUser.csv": csv])
        let problems = ExportFolder(url: folder).read().problems
        let problem = try #require(problems.first)
        #expect(problem.kind == .lostList)
        #expect(problem.line == 3)
        #expect(problem.field == "FeatureTypes")
        #expect(problem.file.hasSuffix("Get-CsOnlineUser.csv"))
        #expect(problem.formatted(in: .english).contains("Export-Csv lost the list"))
    }

    @Test("malformed inputs are named with their line and field", arguments: [
        // Unknown enum values and files with no records are warnings and notes since issue 14,
        // not problems: RealShapesTests holds them.
        ("empty users export", "Get-CsOnlineUser.json", "", .emptyFile, nil, nil),
        ("header-only licences export", "Get-MgSubscribedSku.csv", "#TYPE X\n", .emptyFile, nil, nil),
        ("truncated JSON", "Get-CsOnlineUser.json", "[\n  {\"UserPrincipalName\": \"ana@contoso.com\",\n   \"DisplayName\": \"An", ExportProblem.Kind.truncatedJSON, 3 as Int?, nil as String?),
        ("truncated after an object", "Get-CsOnlineUser.json", "[\n {\"UserPrincipalName\": \"a@b.c\"},\n", .truncatedJSON, 3, nil),
        ("wrong type", "Get-MgSubscribedSku.json", "[{\"SkuPartNumber\": \"MCOEV\",\n \"PrepaidUnits\": {\"Enabled\": \"lots\"}}]", .wrongType, 2, "PrepaidUnits.Enabled"),
        ("wrong type for a yes/no", "Get-CsOnlineUser.json", "{\"UserPrincipalName\": \"a@b.c\", \"EnterpriseVoiceEnabled\": 7}", .wrongType, 1, "EnterpriseVoiceEnabled"),
        ("bad JSON", "Get-CsOnlineLisLocation.json", "{\"LocationId\": \"l1\"\n \"Location\": \"x\"}", .malformedFile, 2, nil),
        ("missing key field", "Get-CsOnlineLisCivicAddress.json", "[{\"CompanyName\": \"Contoso\"}]", .missingField, 1, "CivicAddressId"),
        ("not an object", "Get-CsOnlineUser.json", "[\"ana@contoso.com\"]", .wrongType, 1, nil),
        ("a CSV row too short", "Get-CsOnlineUser.csv", "UserPrincipalName,UsageLocation\na@b.c,FR\nb@b.c\n", .malformedFile, 3, nil),
    ])
    func malformed(name: String, file: String, text: String, kind: ExportProblem.Kind, line: Int?, field: String?) throws {
        let folder = try VerificationFixture.folder([file: text])
        let problems = ExportFolder(url: folder).read().problems
        let problem = try #require(problems.first, "\(name)")
        #expect(problem.kind == kind, "\(name): \(problem)")
        #expect(problem.line == line, "\(name): \(problem)")
        #expect(problem.field == field, "\(name): \(problem)")
        #expect(problem.file.hasSuffix(file))
    }

    @Test("lists nested 100,000 deep, in a field read or skipped, are reported or skipped, never a crash", arguments: ["FeatureTypes", "Unread"])
    func deeplyNested(field: String) throws {
        let depth = 100_000
        // FeatureTypes is always there: a users export without it is refused for its own sake.
        let other = field == "FeatureTypes" ? "" : #""FeatureTypes": ["PhoneSystem"], "#
        let text = #"[{"UserPrincipalName": "ana@contoso.com", "# + other + #""\#(field)": "# + String(repeating: "[", count: depth)
            + String(repeating: "]", count: depth) + "}]"
        let folder = try VerificationFixture.folder(["Get-CsOnlineUser.json": text])
        let (snapshot, problems) = ExportFolder(url: folder).read()
        if field == "FeatureTypes" {
            let problem = try #require(problems.first)
            #expect(problem.kind == .wrongType && problem.field == "FeatureTypes", "\(problem)")
            #expect(problem.formatted(in: .french).contains("trouvé un objet ou une liste imbriquée"), "\(problem.formatted(in: .french))")
        } else {
            #expect(problems.isEmpty, "\(problems)")
            #expect(snapshot.users.map(\.userPrincipalName) == ["ana@contoso.com"])
        }
    }

    @Test("an empty folder, and two exports of one cmdlet, are refused")
    func folderProblems() throws {
        let empty = try VerificationFixture.folder([String: String]())
        #expect(ExportFolder(url: empty).read().problems.first?.kind == .missingExport)
        let twice = try VerificationFixture.folder(["Get-CsOnlineUser.json": "[]", "Get-CsOnlineUser.csv": "UserPrincipalName\n"])
        #expect(ExportFolder(url: twice).read().problems.first?.kind == .missingExport)
    }

    @Test("the French message says the same")
    func french() throws {
        let folder = try VerificationFixture.folder(["Get-CsOnlineUser.json": "[{"])
        let problem = try #require(ExportFolder(url: folder).read().problems.first)
        #expect(problem.formatted(in: .french).contains("tronqué"))
        #expect(problem.formatted(in: .french).contains(": erreur : le JSON s'arrête au milieu d'un"), "\(problem.formatted(in: .french))")
        let wrong = try VerificationFixture.folder(["Get-CsOnlineUser.json": "[7]"])
        let found = try #require(ExportFolder(url: wrong).read().problems.first)
        #expect(found.formatted(in: .french).contains("trouvé un nombre"), "\(found.formatted(in: .french))")
    }

    @Test("a large export is read whole while the pages already parsed are given back", arguments: [false, true])
    func largeExport(byteOrderMark: Bool) throws {
        // About 12 MB: pages are given back 4 MB at a time, so several releases happen mid-file,
        // and the byte order mark shifts every offset by three.
        let count = 80_000
        var text = byteOrderMark ? "\u{FEFF}[" : "["
        for index in 1...count {
            if index > 1 { text += ",\n" }
            text += #"{"UserPrincipalName": "user\#(index)@contoso.com", "FeatureTypes": ["PhoneSystem", "CallingPlan"], "#
                + #""UsageLocation": "FR", "Identity": "00000000-0000-4000-8000-\#(String(format: "%012d", index))"}"#
        }
        text += "]"
        let folder = try VerificationFixture.folder(["Get-CsOnlineUser.json": text])
        let (snapshot, problems) = ExportFolder(url: folder).read()
        #expect(problems.isEmpty, "\(problems)")
        #expect(snapshot.users.count == count)
        #expect(snapshot.users.last?.userPrincipalName == "user\(count)@contoso.com")
        #expect(snapshot.users.last?.ids == ["00000000-0000-4000-8000-\(String(format: "%012d", count))"])
        #expect(snapshot.users.last?.line == count)
    }

    @Test("random bytes, as .json, .csv or UTF-16, are reported, never a crash", arguments: 1...12)
    func randomBytes(seed: UInt64) throws {
        // A fixed generator per seed, so a failure can be replayed.
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next() -> UInt8 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let length = 1 + Int(seed) * 997
        let noise = Data((0..<length).map { _ in next() })
        let folder = try VerificationFixture.folder([
            "Get-CsOnlineUser.json": noise, "Get-CsPhoneNumberAssignment.csv": noise,
            "Get-CsOnlineLisLocation.json": Data([0xFF, 0xFE]) + noise,
        ])
        let (_, problems) = ExportFolder(url: folder).read()
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { !$0.file.isEmpty })
    }

    @Test("a folder named like an export is reported, not read")
    func folderNamedLikeAnExport() throws {
        let folder = try VerificationFixture.folder([String: Data]())
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Get-CsOnlineUser.json"), withIntermediateDirectories: true)
        let (_, problems) = ExportFolder(url: folder).read()
        #expect(problems.map(\.kind) == [.unreadableFile], "\(problems)")
    }
}
