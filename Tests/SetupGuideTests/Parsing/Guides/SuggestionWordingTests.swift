import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification
@testable import SetupGuideImport
@testable import SetupGuideWizard

@Suite("Wording of name suggestions and of list items in diagnostics")
struct SuggestionWordingTests {
    @Test("a near miss names the closest name, and a reference only where one lists them all")
    func references() {
        let check = suggestion(for: "users.imprted", among: ["users.imported", "users.notified"], what: .check)
        #expect(check.english == "did you mean 'users.imported'? ('setup-guide catalogue' lists every check)")
        #expect(check.french == "vouliez-vous dire « users.imported » ? (« setup-guide catalogue » liste chaque vérification)")
        let key = suggestion(for: "requries", among: ["requires", "when"], what: .key)
        #expect(key.english == "did you mean 'requires'? (docs/guide-format.md lists every key)")
        // Steps are the guides' own: the catalogue does not list them.
        let step = suggestion(for: "licnces", among: ["licences", "import-users"], what: .step)
        #expect(step.english == "did you mean 'licences'?")
        #expect(step.french == "vouliez-vous dire « licences » ?")
    }

    @Test("the English article agrees with the noun", arguments: [(CatalogueKind.action, "an action"), (.check, "a check")])
    func article(kind: CatalogueKind, expected: String) {
        #expect(kind.englishIndefinite == expected)
    }

    @Test("a check that is not a mapping is 'a check', not 'an check'")
    func malformedCheck() {
        let markdown = DiagnosticTests.step("id: a\nchecks:\n  - just-a-string")
        let messages = DiagnosticTests.lint(markdown).map(\.message)
        #expect(messages.contains("a check must be a mapping"), "\(messages)")
    }
}
