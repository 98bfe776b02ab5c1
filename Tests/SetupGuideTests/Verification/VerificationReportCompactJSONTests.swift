import Foundation
import Testing
@testable import SetupGuideModel
@testable import SetupGuideVerification

/// `VerificationReport.compactJSON()` writes by hand what `JSONEncoder` writes: these tests hold
/// it to the encoder's bytes, so a field added to a report and not to the writer fails here.
@Suite("compact report JSON")
struct VerificationReportCompactJSONTests {
    static func encoded(_ report: VerificationReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    /// Every optional filled, with values that need escaping and keys whose order depends on case.
    static let full: VerificationReport = {
        typealias R = VerificationReport
        let odd = "q\"uote \\ back/slash\u{0}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1B}\u{1F}\u{7F} é 🇫🇷 \u{2028} =?UTF-8?B?x?="
        let fix = R.Fix(step: "assign-numbers", command: "Set-CsPhoneNumberAssignment -Identity '\(odd)'", doneWhen: odd, todo: odd)
        let failure = R.Failure(kind: "user", subject: odd, reason: odd, holder: "h", displayName: odd, address: "a/1",
                                dependents: ["b", odd], fix: fix)
        var report = R(
            source: .init(kind: "exports", path: "exports/" + odd, files: ["b": "1", "B": "2", "a": odd, "é": "4", "Z": "5", "_": "6"]),
            country: "FR", connectivity: "calling-plan", features: ["call-queues", odd], language: .french,
            steps: [
                .init(id: "s1", title: odd, status: "fail", checks: [
                    .init(check: "users.have-numbers", arguments: ["users": "all", "Users": odd, "a": ""], status: "fail", summary: odd,
                          done: 1, total: 3, failures: [failure, .init(kind: "number", subject: "+33", reason: "r")]),
                    .init(check: "users.notified", arguments: [:], status: "not-applicable", summary: "n", done: nil, total: nil, failures: []),
                ]),
                .init(id: "s2", title: "", status: "pass", checks: []),
            ])
        report.warnings = [.init(severity: "warning", kind: "k", file: odd, line: 3, field: "f", message: odd),
                           .init(severity: "error", kind: "k", file: "f", line: nil, field: nil, message: "m")]
        report.leftOut = [.init(reason: "r", count: 2, why: odd, users: ["u1", odd])]
        report.manifest = ExportManifest(
            tool: "setup-guide", formatVersion: 1, tenantId: "00000000-0000-4000-8000-000000000001", tenantName: odd, country: "FR",
            collectedAt: "2026-12-01T10:00:00Z", powerShell: "7.4", modules: ["MicrosoftTeams": "7.0", "a": "b"], counts: ["Get-CsOnlineUser": 3, "A": 1])
        return report
    }()

    @Test("a report with every field filled and hostile text is written as JSONEncoder writes it")
    func full() throws {
        let report = Self.full
        #expect(report.compactJSON() == (try Self.encoded(report)))
        let decoded = try JSONDecoder().decode(VerificationReport.self, from: Data(report.compactJSON().utf8))
        #expect(decoded == report)
    }

    @Test("a report with every optional left out is written as JSONEncoder writes it")
    func empty() throws {
        let report = VerificationReport(
            source: .init(kind: "tenant", path: "t.sqlite", files: nil), country: "US", connectivity: "operator-connect", features: [],
            language: .english, steps: [])
        #expect(report.manifest == nil && report.warnings == nil && report.leftOut == nil)
        #expect(report.compactJSON() == (try Self.encoded(report)))
    }

    @Test("the report of a real export folder is written as JSONEncoder writes it")
    func fixture() throws {
        let report = try VerificationFixture.gapsReport()
        #expect(!report.steps.isEmpty)
        #expect(report.compactJSON() == (try Self.encoded(report)))
    }
}
