import Foundation
import GuideRenderer
import Testing
@testable import SetupGuideModel
@testable import SetupGuideVerification

/// The exports' sections of every format: the manifest, the users left out, the warnings.
@Suite("verify report formats: manifest, left out, warnings")
struct ReportExportsRenderingTests {
    static let hostile = "<b>x</b> | `y` \u{1B}[31m"

    /// The hand-built report of ReportRenderingTests, with a manifest, users left out and a warning
    /// and a note, values carrying markup.
    static let report: VerificationReport = {
        var report = ReportRenderingTests.report
        var snapshot = ExportSnapshot()
        snapshot.notes = [
            ExportNote(.warning, .unknownValue, file: "exports/Get-CsPhoneNumberAssignment.json", line: 20, field: "PstnAssignmentStatus",
                       .init("value '\(hostile)' for PstnAssignmentStatus is in none of the references", "valeur '\(hostile)' inconnue")),
            ExportNote(.note, .noRecords, file: "exports/Get-CsOnlineLisLocation.json", .init("holds no records: read as none", "aucun enregistrement")),
        ]
        snapshot.leftOut = [.init(reason: .softDeleted, users: ["parti@contoso.fr"]), .init(reason: .guest, users: ["g#EXT#@contoso.fr"])]
        snapshot.manifest = ExportManifest(
            tool: "setup-guide export collect", formatVersion: 1, tenantId: "0000-1111", tenantName: "Contoso <FR>", country: "FR",
            collectedAt: "2026-01-30T10:00:00.0000000Z", powerShell: "7.4.6", modules: ["MicrosoftTeams": "7.0.0"],
            counts: ["Get-CsOnlineUser": 3])
        report.attach(snapshot)
        return report
    }()

    static let golden = TestPaths.fixtures.appendingPathComponent("Verification/golden")

    func compare(_ actual: String, _ name: String) throws {
        let url = Self.golden.appendingPathComponent(name)
        if TestPaths.recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file; re-record with RECORD_GOLDEN=1 if the change is meant")
    }

    @Test("every format shows the manifest, the users left out and each warning with file, line and value")
    func everyFormat() throws {
        let text = VerificationTextRenderer(style: TerminalStyle(colours: false)).render(Self.report)
        let html = VerificationHTMLRenderer().render(Self.report)
        let markdown = VerificationMarkdownRenderer().render(Self.report)
        let junit = VerificationJUnitRenderer().render(Self.report)
        let json = try VerificationJSONRenderer().render(Self.report)
        for (name, output) in [("text", text), ("html", html), ("markdown", markdown), ("junit", junit), ("json", json)] {
            #expect(output.contains("Get-CsPhoneNumberAssignment.json"), "\(name)")
            #expect(output.contains("0000-1111"), "\(name)")
            #expect(output.contains("parti@contoso.fr"), "\(name)")
            #expect(output.contains("unknown-value"), "\(name)")
            #expect(!output.contains("<b>x</b>") || ["json", "text"].contains(name), "\(name) escapes the markup")
            #expect(!output.contains("\u{1B}"), "\(name) never prints the escape sequence")
        }
        #expect(text.contains("Get-CsPhoneNumberAssignment.json:20: warning:"))
        #expect(junit.contains("<testsuite name=\"exports\" tests=\"0\""))
        #expect(junit.contains("tests=\"\(Self.report.totals.checks)\""), "the checks' count is unchanged")
        try compare(text, "report-exports.txt")
        try compare(html, "report-exports.html")
        try compare(markdown, "report-exports.md")
        try compare(junit, "report-exports.junit.xml")
        try compare(json, "report-exports.json")
    }

    @Test("a report without any of them renders as before: no section, no JSON key")
    func absentWhenEmpty() throws {
        var report = ReportRenderingTests.report
        report.attach(ExportSnapshot())
        #expect(report == ReportRenderingTests.report)
        let json = try VerificationJSONRenderer().render(report)
        for key in ["\"warnings\"", "\"leftOut\"", "\"manifest\""] { #expect(!json.contains(key)) }
    }

    @Test("the JSON form decodes back to the same report")
    func roundTrip() throws {
        let json = try VerificationJSONRenderer().render(Self.report)
        let decoded = try JSONDecoder().decode(VerificationReport.self, from: Data(json.utf8))
        #expect(decoded == Self.report)
    }

    @Test("French words in French")
    func french() {
        var report = Self.report
        report.language = "fr"
        let text = VerificationTextRenderer(style: TerminalStyle(colours: false)).render(report)
        #expect(text.contains("Avertissements sur les exports") && text.contains("avertissement :") && text.contains("Écartés de toute vérification"))
    }
}
