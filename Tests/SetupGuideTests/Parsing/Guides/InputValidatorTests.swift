import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification
@testable import SetupGuideImport
@testable import SetupGuideWizard

@Suite("Input validation")
struct InputValidatorTests {
    static let at = SourceLocation(path: "t.md", line: 1, column: 1)

    @Test("values are refused with a reason, or accepted",
          arguments: [
            (InputType.string, "one\r\ntwo", "one line only"), (.string, "one\ntwo", "one line only"), (.string, "fine", nil),
            (.integer, "12", nil), (.integer, "twelve", "expected a whole number"), (.integer, "0", "at least 1"),
            (.integer, "1000", "at most 999"), (.e164, "+33123456789", nil), (.e164, "0123456789", "E.164"),
            (.email, "a@b.example", nil), (.email, "a b@c", "expected an address"), (.language, "fr-FR", nil),
            (.language, "french", "language tag"), (.date, "2026-11-20", nil), (.date, "20/11/2026", "YYYY-MM-DD"),
            (.boolean, "oui", nil), (.boolean, "perhaps", "yes or no"), (.amount, "12,5", nil), (.amount, "lots", "amount"),
          ] as [(InputType, String, String?)])
    func validate(type: InputType, value: String, problem: String?) {
        let input = StepInput(id: "x", type: type, label: "X", minimum: 1, maximum: 999, location: Self.at)
        let found = InputValidator(input: input).problem(with: value)
        if let problem {
            #expect(found?.contains(problem) == true, "\(found ?? "accepted")")
        } else {
            #expect(found == nil, "\(found ?? "")")
        }
    }

    @Test("reasons follow the language")
    func french() {
        let input = StepInput(id: "x", type: .integer, label: "X", location: Self.at)
        #expect(InputValidator(input: input).problem(with: "abc", language: .french) == "un nombre entier est attendu")
    }
}
