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

/// One broken guide per diagnostic: lint must name the problem and point at it.
@Suite("Diagnostics")
struct DiagnosticTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var id: DiagnosticID
        var markdown: String
        var line: Int
        var column: Int
        var testDescription: String { id.rawValue }
    }

    static let header = "---\nguide: test\nlang: en\ntitle: Test\n---\n\n"  // body starts at line 7

    static func step(_ yaml: String, heading: String = "## A step") -> String {
        header + heading + "\n<!-- step\n" + yaml + "\n-->\n\n1. Do it.\n"
    }

    static let cases: [Case] = [
        Case(id: .unknownAction, markdown: step("id: a\nactions:\n  - do: numbers.serch\nchecks:\n  - check: users.imported"), line: 11, column: 9),
        Case(id: .unknownCheck, markdown: step("id: a\nchecks:\n  - check: users.everywhere"), line: 11, column: 12),
        Case(id: .unknownInputType, markdown: step("id: a\ninputs:\n  - id: q\n    type: colour\n    label: Q\nchecks:\n  - check: users.imported"), line: 12, column: 11),
        Case(id: .unknownFeature, markdown: step("id: a\nwhen:\n  features: [fax]\nchecks:\n  - check: users.imported"), line: 11, column: 14),
        Case(id: .unknownConnectivity, markdown: step("id: a\nwhen:\n  connectivity: [pigeon]\nchecks:\n  - check: users.imported"), line: 11, column: 18),
        Case(id: .unknownCountry, markdown: step("id: a\nwhen:\n  country: { iso: [XX] }\nchecks:\n  - check: users.imported"), line: 7, column: 1),
        Case(id: .unknownFact, markdown: step("id: a\nwhen:\n  country: { sunny: true }\nchecks:\n  - check: users.imported"), line: 11, column: 14),
        Case(id: .invalidFactValue, markdown: step("id: a\nwhen:\n  country: { newNumbers: by-post }\nchecks:\n  - check: users.imported"), line: 11, column: 26),
        Case(id: .missingID, markdown: step("requires: []\nchecks:\n  - check: users.imported"), line: 9, column: 1),
        Case(id: .invalidID, markdown: step("id: Bad_Id\nchecks:\n  - check: users.imported"), line: 9, column: 5),
        Case(id: .duplicateID, markdown: step("id: a\nchecks:\n  - check: users.imported") + "\n" + "## Again\n<!-- step\nid: a\nchecks:\n  - check: users.imported\n-->\n", line: 16, column: 1),
        Case(id: .unknownRequirement, markdown: step("id: a\nrequires: [nowhere]\nchecks:\n  - check: users.imported"), line: 10, column: 12),
        Case(id: .malformedAnnotation, markdown: step("id: a\nrequires: [unclosed\nchecks: x"), line: 11, column: 7),
        Case(id: .malformedFrontMatter, markdown: "---\nguide: test\ntitle: [oops\n---\n\n## S\n<!-- step\nid: a\n-->\n", line: 4, column: 1),
        Case(id: .unknownKey, markdown: step("id: a\nspend: true\nchecks:\n  - check: users.imported"), line: 10, column: 1),
        Case(id: .unknownParameter, markdown: step("id: a\nactions:\n  - do: users.import\n    with: { file: x.csv, colour: red }\nchecks:\n  - check: users.imported"), line: 12, column: 34),
        Case(id: .missingParameter, markdown: step("id: a\nactions:\n  - do: users.import\nchecks:\n  - check: users.imported"), line: 11, column: 9),
        Case(id: .invalidLiteral, markdown: step("id: a\nactions:\n  - do: licences.buy\n    with: { sku: MCOFOO, quantity: 3 }\nchecks:\n  - check: users.imported"), line: 12, column: 18),
        Case(id: .unboundReference, markdown: step("id: a\nactions:\n  - do: users.import\n    with: { file: $csv }\nchecks:\n  - check: users.imported"), line: 12, column: 19),
        Case(id: .typeMismatch, markdown: step("id: a\ninputs:\n  - id: n\n    type: string\n    label: N\nactions:\n  - do: licences.buy\n    with: { sku: MCOEV, quantity: $n }\nchecks:\n  - check: users.imported"), line: 16, column: 35),
        Case(id: .optionalForRequired, markdown: step("id: a\ninputs:\n  - id: f\n    type: path\n    label: F\n    required: false\nactions:\n  - do: users.import\n    with: { file: $f }\nchecks:\n  - check: users.imported"), line: 17, column: 19),
        Case(id: .invalidInput, markdown: step("id: a\ninputs:\n  - id: n\n    type: integer\n    label: N\n    min: 10\n    max: 1\nchecks:\n  - check: users.imported"), line: 11, column: 5),
        Case(id: .unverifiedStep, markdown: step("id: a"), line: 7, column: 1),
        Case(id: .noSteps, markdown: header + "Just prose.\n", line: 1, column: 1),
        Case(id: .misplacedAnnotation, markdown: header + "Prose.\n\n<!-- step\nid: a\n-->\n", line: 9, column: 1),
        Case(id: .numberOutOfRange, markdown: step("id: a\ninputs:\n  - id: n\n    type: string\n    label: N\n    max-length: 9223372036854775808\nchecks:\n  - check: users.imported"), line: 14, column: 17),
        Case(id: .tooDeep, markdown: step("id: a\nchecks:\n  - check: users.imported") + String(repeating: ">", count: 100) + " deep\n", line: 15, column: 65),
        Case(id: .dependencyCycle, markdown: step("id: a\nrequires: [b]\nchecks:\n  - check: users.imported") + "\n## B\n<!-- step\nid: b\nrequires: [a]\nchecks:\n  - check: users.imported\n-->\n", line: 7, column: 1),
    ]

    static let countries = CountryCatalogue([
        Country(code: "FR", nameFrench: "France", nameEnglish: "France", callingPlanSKUs: [.domesticCallingPlan],
                facts: Dictionary(uniqueKeysWithValues: CountryFact.allCases.map { ($0, $0.allowedValues.first ?? "FR") }))
    ])

    static func lint(_ markdown: String) -> [Diagnostic] {
        let document = MarkdownParser().parse(markdown, path: "test.md")
        let result = GuideLoader().load(document)
        let content = ContentSet(countries: countries, guides: result.guide.map { [$0] } ?? [], diagnostics: result.diagnostics)
        return Linter().lint(content)
    }

    @Test("each problem is named and located", arguments: cases)
    func diagnostic(_ testCase: Case) {
        let diagnostics = Self.lint(testCase.markdown)
        let match = diagnostics.first { $0.identifier == testCase.id }
        #expect(match != nil, "got \(diagnostics.map(\.description))")
        #expect(match?.location.line == testCase.line, "\(match?.description ?? "")")
        #expect(match?.location.column == testCase.column, "\(match?.description ?? "")")
        #expect(match?.hint?.isEmpty == false)
    }

    @Test("every diagnostic identifier has a test case, except those about files and translations")
    func coverage() {
        let tested = Set(Self.cases.map(\.id))
        let elsewhere: Set<DiagnosticID> = [.unreadableFile, .malformedCountries, .malformedLicences, .missingFact, .languageMismatch, .missingTranslation]
        #expect(Set(DiagnosticID.allCases).subtracting(tested).subtracting(elsewhere).isEmpty)
    }

    @Test("all problems of a file are reported, not only the first")
    func reportsEverything() {
        let markdown = Self.step("id: a\nactions:\n  - do: nope.one\n  - do: nope.two\nchecks:\n  - check: nope.three")
        let ids = Self.lint(markdown).map(\.identifier)
        #expect(ids.filter { $0 == .unknownAction }.count == 2)
        #expect(ids.contains(.unknownCheck))
    }

    @Test("a cycle names every step in it")
    func cycleNamesSteps() {
        let markdown = Self.step("id: a\nrequires: [c]\nchecks:\n  - check: users.imported")
            + "\n## B\n<!-- step\nid: b\nrequires: [a]\nchecks:\n  - check: users.imported\n-->\n"
            + "\n## C\n<!-- step\nid: c\nrequires: [b]\nchecks:\n  - check: users.imported\n-->\n"
        let cycle = Self.lint(markdown).first { $0.identifier == .dependencyCycle }
        #expect(cycle?.message.contains("a → c → b → a") == true, "\(cycle?.message ?? "none")")
    }

    @Test("unknown names come with a did-you-mean hint")
    func suggestions() {
        let diagnostic = Self.lint(Self.step("id: a\nchecks:\n  - check: users.have-number")).first { $0.identifier == .unknownCheck }
        #expect(diagnostic?.hint?.contains("users.have-numbers") == true)
    }

    @Test("the country catalogue reports missing facts and bad values at their place")
    func countryCatalogue() {
        let (catalogue, diagnostics) = CountryCatalogue.parse(
            "FR:\n  name: { fr: France, en: France }\n  facts:\n    callingPlans: maybe\n", path: "countries.yaml")
        #expect(catalogue.countries.count == 1)
        let bad = diagnostics.first { $0.identifier == .invalidFactValue }
        #expect(bad?.location == SourceLocation(path: "countries.yaml", line: 4, column: 19))
        #expect(diagnostics.contains { $0.identifier == .missingFact && $0.message.contains("emergencyAddressAt") })
    }

    @Test("French and English must carry the same steps, inputs and actions")
    func languageParity() {
        let english = Self.step("id: a\ninputs:\n  - id: n\n    type: integer\n    label: N\nchecks:\n  - check: users.imported")
        let french = english.replacingOccurrences(of: "lang: en", with: "lang: fr")
            .replacingOccurrences(of: "  - id: n\n    type: integer\n    label: N\n", with: "  - id: m\n    type: integer\n    label: M\n")
        let guides = [english, french].enumerated().compactMap { index, text in
            GuideLoader().load(MarkdownParser().parse(text, path: "\(index).md")).guide
        }
        let diagnostics = Linter().lint(ContentSet(countries: Self.countries, guides: guides))
        let mismatches = diagnostics.filter { $0.identifier == .languageMismatch }
        #expect(mismatches.contains { $0.message.contains("input 'n:integer'") })
        #expect(mismatches.contains { $0.message.contains("input 'm:integer'") })
    }
}
