import Testing
@testable import SetupGuideModel
@testable import SetupGuidePlanning

@Suite("StepArgumentBinder")
struct StepArgumentBinderTests {
    static let at = SourceLocation(path: "t.md", line: 1, column: 1)

    /// One row of the rule: an input as declared, the answer given (nil: none), what `$q` binds to.
    struct Row: Sendable, CustomTestStringConvertible {
        var required: Bool
        var defaultValue: String?
        var answer: String?
        var expected: StepArgumentBinder.Resolution

        var testDescription: String {
            "\(required ? "required" : "optional"), default \(defaultValue.map { "'\($0)'" } ?? "none"), answer \(answer.map { "'\($0)'" } ?? "none")"
        }
    }

    static let input = StepInput(id: "q", type: .integer, label: "Quantity", required: true, location: at)

    static func declared(_ row: Row) -> StepInput {
        var input = input
        input.required = row.required
        input.defaultValue = row.defaultValue
        return input
    }

    static let rows: [Row] = [
        // A real answer always wins.
        Row(required: true, defaultValue: "5", answer: "7", expected: .given("7")),
        Row(required: false, defaultValue: nil, answer: "7", expected: .given("7")),
        // An empty answer is no answer: the default, else absent (optional) or missing (required).
        Row(required: false, defaultValue: "5", answer: "", expected: .defaulted("5")),
        Row(required: false, defaultValue: nil, answer: "", expected: .absent),
        Row(required: true, defaultValue: "5", answer: "", expected: .defaulted("5")),
        Row(required: true, defaultValue: nil, answer: "", expected: .missing(input)),
        // No answer at all reads the same as an empty one.
        Row(required: false, defaultValue: "5", answer: nil, expected: .defaulted("5")),
        Row(required: false, defaultValue: nil, answer: nil, expected: .absent),
        Row(required: true, defaultValue: nil, answer: nil, expected: .missing(input)),
        // An empty default is no default.
        Row(required: false, defaultValue: "", answer: nil, expected: .absent),
        Row(required: true, defaultValue: "", answer: "", expected: .missing(input)),
    ]

    @Test("An empty or missing answer follows the one rule", arguments: rows)
    func rule(_ row: Row) {
        let input = Self.declared(row)
        let binder = StepArgumentBinder(inputs: [input], answers: row.answer.map { ["q": $0] } ?? [:], plan: [:])
        var expected = row.expected
        if case .missing = expected { expected = .missing(input) }
        #expect(binder.resolve("q") == expected)
        let bound = binder.bind([CallArgument("quantity", .reference("q"), at: Self.at)])
        #expect(bound["quantity"] == expected.value)
    }

    @Test("The plan's references win over inputs of the same name, and literals stay as written")
    func planAndLiterals() {
        let binder = StepArgumentBinder(
            inputs: [StepInput(id: "country", type: .text, label: "Country", location: Self.at)],
            answers: ["country": "DE"], plan: ["country": "FR", "lang": "fr"])
        let bound = binder.bind([
            CallArgument("country", .reference("country"), at: Self.at),
            CallArgument("language", .reference("lang"), at: Self.at),
            CallArgument("connectivity", .reference("connectivity"), at: Self.at),
            CallArgument("note", .literal(""), at: Self.at),
        ])
        #expect(bound == ["country": "FR", "language": "fr", "note": ""])
    }

    @Test("knowing no inputs, the binder leaves empty and unknown answers out")
    func wizardWrapper() {
        let arguments = [
            CallArgument("city", .reference("city"), at: Self.at), CallArgument("area", .reference("area"), at: Self.at),
            CallArgument("quantity", .reference("quantity"), at: Self.at), CallArgument("country", .reference("country"), at: Self.at),
        ]
        let bound = StepArgumentBinder(answers: ["city": "Lyon", "area": ""], plan: ["country": "FR"]).bind(arguments)
        #expect(bound == ["city": "Lyon", "country": "FR"])
    }
}
