import Foundation
import GuideRenderer
import Testing
@testable import SetupGuideModel
@testable import SetupGuideVerification

/// A report says which guide step to follow once per step, not under every subject: a step with
/// two failing checks and five users at fault reads "Follow step" once, and each subject keeps
/// its own fix line.
@Suite("verify report formats: the step to follow is said once per step")
struct FollowStepOnceTests {
    static func report(_ language: Language) -> VerificationReport {
        typealias R = VerificationReport
        func user(_ name: String) -> R.Failure {
            .init(kind: "user", subject: "\(name)@contoso.fr", reason: "no number",
                  fix: .init(step: "assign-numbers", command: "Set-CsPhoneNumberAssignment -Identity '\(name)@contoso.fr'"))
        }
        let steps: [R.StepReport] = [
            .init(id: "assign-numbers", title: "Assign numbers", status: "fail", checks: [
                .init(check: "users.have-numbers", arguments: ["users": "all"], status: "fail", summary: "0 / 3 users have a number",
                      done: 0, total: 3, failures: ["ana", "bob", "chloé"].map(user)),
                .init(check: "licences.assigned", arguments: ["sku": "MCOEV"], status: "fail", summary: "0 / 2 users have MCOEV",
                      done: 0, total: 2, failures: ["dan", "eve"].map(user)),
            ]),
            .init(id: "buy-licences", title: "Buy licences", status: "fail", checks: [
                .init(check: "licences.purchased", arguments: ["sku": "MCOEV"], status: "fail", summary: "0 MCOEV licences bought (1 needed)",
                      done: 0, total: 1, failures: [], fix: .init(step: "buy-licences", todo: "buy more MCOEV licences")),
            ]),
        ]
        return VerificationReport(
            source: .init(kind: "exports", path: "exports"), country: "FR", connectivity: "calling-plan", features: [],
            language: language, steps: steps)
    }

    static func count(_ text: String, _ needle: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("text, Markdown and HTML say each step's 'Follow step' once; JUnit once per failing check", arguments: Language.allCases)
    func once(language: Language) {
        let report = Self.report(language)
        let follow = language == .french ? "Suivez l'étape " : "Follow step "
        let text = VerificationTextRenderer(style: TerminalStyle(colours: false)).render(report)
        let markdown = VerificationMarkdownRenderer().render(report)
        let html = VerificationHTMLRenderer().render(report)
        let junit = VerificationJUnitRenderer().render(report)
        for (name, output) in [("text", text), ("markdown", markdown)] {
            #expect(Self.count(output, follow + "assign-numbers") == 1, "\(name):\n\(output)")
            #expect(Self.count(output, follow + "buy-licences") == 1, "\(name):\n\(output)")
        }
        // HTML escapes the apostrophe of the French words.
        let htmlFollow = language == .french ? "Suivez l&#39;étape " : "Follow step "
        #expect(Self.count(html, htmlFollow) == 2, "\(html)")
        #expect(Self.count(html, "#assign-numbers\"") == 1, "the step is linked once")
        let junitFollow = language == .french ? "Suivez l&apos;étape " : "Follow step "
        #expect(Self.count(junit, junitFollow + "assign-numbers") == 2, "once in each failing test case:\n\(junit)")
        // Every subject keeps its own fix line, in every format.
        for output in [text, markdown, html, junit] {
            for name in ["ana", "bob", "chloé", "dan", "eve"] {
                #expect(["'", "&#39;", "&apos;"].contains { output.contains("-Identity \($0)\(name)@contoso.fr\($0)") }, "\(name)")
            }
            #expect(output.contains("buy more MCOEV licences"))
        }
        // The step comes before its subjects' fix lines in the text report.
        let stepLine = text.range(of: follow + "assign-numbers")
        let firstFix = text.range(of: "-Identity 'ana@contoso.fr'")
        #expect(stepLine != nil && firstFix != nil && stepLine!.lowerBound < firstFix!.lowerBound)
    }
}
