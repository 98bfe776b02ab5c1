import Foundation
import GuideRenderer
import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification
@testable import SetupGuideImport
@testable import SetupGuideWizard

@Suite("verify report formats")
struct ReportRenderingTests {
    static let hostile = "<script>alert('x')</script> ]]> | & \"q\"\r\nline two\u{1B}[31m"

    /// A report built by hand, so golden files change only when a renderer does, and whose values
    /// carry markup, CDATA ends, pipes and line breaks.
    static let report: VerificationReport = {
        typealias R = VerificationReport
        let steps: [R.StepReport] = [
            .init(id: "emergency-addresses", title: "Add emergency addresses <b>now</b>", status: "fail", checks: [
                .init(check: "addresses.present", arguments: [:], status: "pass", summary: "2 / 1 emergency addresses", done: 2, total: 1, failures: []),
                .init(check: "addresses.validated", arguments: [:], status: "fail", summary: "1 / 2 addresses validated", done: 1, total: 2,
                      failures: [.init(kind: "address", subject: "addr-" + hostile, reason: "status Invalid")]),
            ]),
            .init(id: "assign-numbers", title: "Assign numbers", status: "fail", checks: [
                .init(check: "users.have-numbers", arguments: ["users": "all"], status: "fail", summary: "1 / 3 users have a number", done: 1, total: 3,
                      failures: [.init(kind: "user", subject: "eve|x@contoso.com", reason: "no number"),
                                 .init(kind: "user", subject: "zoé@contoso.com", reason: hostile)]),
                .init(check: "numbers.have-emergency-location", arguments: [:], status: "pass", summary: "1 / 1 assigned numbers have an emergency location",
                      done: 1, total: 1, failures: []),
            ]),
            .init(id: "notify-users", title: "Tell users", status: "not-applicable", checks: [
                .init(check: "users.notified", arguments: [:], status: "not-applicable",
                      summary: "Not applicable: the exports do not show the mails sent to users", done: nil, total: nil, failures: []),
            ]),
        ]
        return VerificationReport(
            source: .init(kind: "exports", path: "exports/<acme>", files: ["Get-CsOnlineUser": "exports/<acme>/Get-CsOnlineUser.json"]),
            country: "FR", connectivity: "calling-plan", features: ["call-queues"], language: .english, steps: steps)
    }()

    static let golden = TestPaths.fixtures.appendingPathComponent("Verification/golden")

    func compare(_ actual: String, _ name: String) throws {
        let url = Self.golden.appendingPathComponent(name)
        if TestPaths.recording {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file; re-record with RECORD_GOLDEN=1 if the change is meant")
    }

    @Test("text without colour matches its golden file")
    func text() throws {
        let output = VerificationTextRenderer(style: TerminalStyle(colours: false)).render(Self.report)
        #expect(!output.contains("\u{1B}"), "no escape sequence, not even the hostile one")
        #expect(!output.contains("\r"))
        try compare(output, "report.txt")
    }

    @Test("text on a terminal is coloured")
    func colour() {
        let output = VerificationTextRenderer(style: TerminalStyle(colours: true)).render(Self.report)
        #expect(output.contains("\u{1B}[31m"))
    }

    @Test("markdown matches its golden file and keeps each row on one line")
    func markdown() throws {
        let output = VerificationMarkdownRenderer().render(Self.report)
        // Every table row keeps its column count: 4 columns (5 pipes) or 3 columns (4 pipes).
        var columns = 0
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { continue }
            let pipes = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            if line.hasPrefix("| Status") { columns = 5 } else if line.hasPrefix("| Kind") { columns = 4 }
            #expect(pipes == columns, "\(line)")
        }
        #expect(!output.contains("\u{1B}"))
        #expect(output.contains("eve\\|x@contoso.com"))
        #expect(!output.contains("<script>"))
        #expect(!output.contains("\r"))
        try compare(output, "report.md")
    }

    @Test("JUnit XML matches its golden file and is well formed")
    func junit() throws {
        let output = VerificationJUnitRenderer().render(Self.report)
        #expect(!output.contains("<script>"))
        #expect(!output.contains("]]>"))
        #expect(!output.contains("\u{1B}"))
        try compare(output, "report.junit.xml")
    }

    @Test("control characters that XML 1.0 cannot hold, even as references, never reach the JUnit file")
    func junitControlCharacters() {
        typealias R = VerificationReport
        let subject = "nul\u{0}soh\u{1}bel\u{7}@contoso.com"
        let report = R(
            source: .init(kind: "exports", path: "e"), country: "US", connectivity: "calling-plan", features: [], language: .english,
            steps: [.init(id: "s", title: "S", status: "fail", checks: [
                .init(check: "users.have-numbers", arguments: [:], status: "fail", summary: "0 / 1", done: 0, total: 1,
                      failures: [.init(kind: "user", subject: subject, reason: "no number")]),
            ])])
        let output = VerificationJUnitRenderer().render(report)
        let forbidden = output.unicodeScalars.filter { $0.value < 0x20 && ![0x09, 0x0A, 0x0D].contains($0.value) }
        #expect(forbidden.isEmpty, "\(forbidden.map(\.value))")
        #expect(!output.contains("&#0;") && !output.contains("&#x0;") && !output.contains("&#1;") && !output.contains("&#x1;"))
        #expect(output.contains("contoso.com"), "the rest of the subject is kept")
    }

    @Test("JSON matches its golden file and round-trips")
    func json() throws {
        let output = try VerificationJSONRenderer().render(Self.report)
        let decoded = try JSONDecoder().decode(VerificationReport.self, from: Data(output.utf8))
        #expect(decoded == Self.report)
        try compare(output, "report.json")
    }

    @Test("HTML escapes every value and stands alone")
    func html() {
        let output = VerificationHTMLRenderer().render(Self.report)
        #expect(!output.contains("<script>"))
        #expect(output.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(output.contains("Add emergency addresses &lt;b&gt;now&lt;/b&gt;"))
        #expect(output.contains("exports/&lt;acme&gt;"))
        #expect(!output.contains("src="), "no external resource")
        #expect(!output.contains("<script"), "no script at all")
        #expect(output.hasPrefix("<!DOCTYPE html>"))
    }

    @Test("escaping rules", arguments: [
        (ReportEscaping.html("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&#39;"),
        (ReportEscaping.xml("]]>\n\u{1B}"), "]]&gt;&#10;\u{FFFD}"),
        (ReportEscaping.markdownCell("a|b\r\nc\nd\re"), "a\\|b<br>c<br>d<br>e"),
        (ReportEscaping.markdownCell("<i>*x*</i>"), "&lt;i&gt;\\*x\\*&lt;/i&gt;"),
        (ReportEscaping.markdownCell("a\u{1B}b"), "a\u{FFFD}b"),
        (ReportEscaping.terminal("a\u{1B}[2Jb\rc"), "a\\u{1b}[2Jb\\u{d}c"),
    ])
    func escaping(actual: String, expected: String) {
        #expect(actual == expected)
    }
}
