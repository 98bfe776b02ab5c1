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

/// Every content diagnostic is worded in French too: broken guides, catalogues and answers files
/// of every kind are run through the loader and the linter, and nothing may come back English only.
@Suite("Diagnostics in French")
struct FrenchDiagnosticTests {
    static let check = "checks:\n  - check: users.imported"

    /// Step annotations broken in every way the decoder reports, beyond those of ``DiagnosticTests``.
    static let brokenSteps: [String] = [
        "- just\n- a list",
        "id: ''\n\(check)",
        "id: a\nrequires: { x: y }\n\(check)",
        "id: a\nrequires: [[nested]]\n\(check)",
        "id: a\nwhen: [x]\n\(check)",
        "id: a\nwhen:\n  weather: sunny\n\(check)",
        "id: a\nwhen:\n  features: [[x]]\n\(check)",
        "id: a\nwhen:\n  country: [FR]\n\(check)",
        "id: a\nwhen:\n  country: { callingPlans: { a: b } }\n\(check)",
        "id: a\norder: { before: b }\n\(check)",
        "id: a\norder:\n  - just-text\n\(check)",
        "id: a\norder:\n  - { before: a, colour: red }\n\(check)",
        "id: a\norder:\n  - { because: nothing }\n\(check)",
        "id: a\nmanual: perhaps\n\(check)",
        "id: a\ninputs: { id: q }\n\(check)",
        "id: a\ninputs:\n  - plain\n\(check)",
        "id: a\ninputs:\n  - { id: q, type: string, label: Q, colour: red }\n\(check)",
        "id: a\ninputs:\n  - { type: string, label: Q }\n\(check)",
        "id: a\ninputs:\n  - { id: q, label: Q }\n\(check)",
        "id: a\ninputs:\n  - { id: q, type: string, label: Q }\n  - { id: q, type: string, label: Q }\n\(check)",
        "id: a\ninputs:\n  - { id: q, type: choice, label: Q }\n\(check)",
        "id: a\ninputs:\n  - { id: q, type: integer, label: Q, default: many }\n\(check)",
        "id: a\ninputs:\n  - { id: q, type: string, label: Q, pattern: '[a-' }\n\(check)",
        "id: a\ninputs:\n  - { id: q, type: integer, label: Q, min: lots }\n\(check)",
        "id: a\nactions: { do: users.import }\n\(check)",
        "id: a\nactions:\n  - users.import\n\(check)",
        "id: a\nactions:\n  - { do: users.import, with: [x] }\n\(check)",
        "id: a\nactions:\n  - { do: users.import, with: { file: [a, b] } }\n\(check)",
        "id: a\nactions:\n  - { do: users.import, how: fast, with: { file: x.csv } }\n\(check)",
        "id: a\nactions:\n  - { with: { file: x.csv } }\n\(check)",
        "id: a\nactions:\n  - { do: licences.buy, with: { sku: MCOEV, quantity: many } }\n\(check)",
        "id: a\ninputs:\n  - { id: s, type: choice, label: S, choices: [MCOFOO] }\nactions:\n  - { do: licences.buy, with: { sku: $s, quantity: 1 } }\n\(check)",
        "id: a\nchecks:\n  - { check: users.imported, with: { colour: red } }",
        "id: a\nchecks:\n  - { check: users.imported, with: { colour: red } }\n  - { check: users.imported, with: { colour: red } }\nid: b",
    ]

    /// Guides broken outside their step annotations.
    static let brokenGuides: [String] = [
        "No front matter at all.\n",
        "---\n- a\n- list\n---\n\n## S\n<!-- step\nid: a\n\(check)\n-->\n",
        "---\nguide: Bad_Guide\nlang: de\ntitle: T\norder: first\n---\n\n## S\n<!-- step\nid: a\n\(check)\n-->\n",
        "---\ntitle: T\n---\n\n## S\n<!-- step\nid: a\n\(check)\n-->\n",
        "---\nguide: g\nlang: en\ntitle: T\norder: 99999999999999999999\n---\n\n## S\n<!-- step\nid: a\n\(check)\n-->\n\n" + String(repeating: "1. ", count: 100) + "x\n",
        "---\nguide: g\nlang: en\ntitle: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]\n---\n",
        "---\nguide: g\nguide: h\nlang: en\ntitle: T\n---\n\n## S\n<!-- step\nid: a\n\(check)\n-->\n",
    ]

    /// Country catalogues with every problem the catalogue reports.
    static let brokenCatalogues: [String] = [
        "FR: [unclosed",
        "- FR\n- BE\n",
        """
        fr:
          name: { fr: France, en: France }
        BE: just text
        DE:
          name: { fr: Allemagne }
          calling-plans: [MCOFOO]
          facts: { sunny: yes, callingPlans: maybe }
          colour: red
        """,
        "FR:\n  name: { fr: France, en: France }\nFR:\n  name: { fr: France, en: France }\n",
    ]

    /// Answers files, each stopped by its first problem.
    static let brokenAnswers: [String] = [
        "country: [unclosed",
        "- a list",
        "features: { a: b }",
        "steps: [a]",
        "steps:\n  licences: 25",
        "steps:\n  licences: { quantity: { a: b } }",
        "manual: [a]",
        "manual:\n  check-calls: { who: Ana }",
        "skip: [a]",
        "colour: red",
    ]

    /// Everything the loader, the linter, the catalogue, the answers file and the file readers report
    /// for the broken inputs above.
    static func allDiagnostics() throws -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for testCase in DiagnosticTests.cases { diagnostics += DiagnosticTests.lint(testCase.markdown) }
        for yaml in brokenSteps { diagnostics += DiagnosticTests.lint(DiagnosticTests.step(yaml)) }
        for markdown in brokenGuides { diagnostics += DiagnosticTests.lint(markdown) }
        diagnostics += DiagnosticTests.lint(DiagnosticTests.header + "## Only a heading\n\n<!-- step\nid: a\n\(check)\n-->\n")

        // two languages that disagree, and guides missing in one language
        let english = DiagnosticTests.step("id: a\ninputs:\n  - { id: n, type: integer, label: N }\nactions:\n  - { do: licences.buy, with: { sku: MCOEV, quantity: $n } }\nchecks:\n  - check: users.imported")
            + "\n## B\n<!-- step\nid: b\n\(check)\n-->\n"
        let french = DiagnosticTests.header.replacingOccurrences(of: "lang: en", with: "lang: fr")
            + "## B\n<!-- step\nid: b\nmanual: true\nchecks:\n  - check: manual.recorded\n-->\n"
            + "\n## A\n<!-- step\nid: a\ninputs:\n  - { id: m, type: integer, label: M }\nchecks:\n  - check: numbers.assigned\n-->\n"
            + "\n## C\n<!-- step\nid: c\n\(check)\n-->\n"
        let lonely = "---\nguide: lonely\nlang: fr\ntitle: Seul\n---\n\n## S\n<!-- step\nid: s\n\(check)\n-->\n"
        let guides = [(english, "en/test.md"), (french, "fr/test.md"), (lonely, "fr/lonely.md"),
                      (english.replacingOccurrences(of: "guide: test", with: "guide: other"), "en/other.md")]
            .compactMap { GuideLoader().load(MarkdownParser().parse($0, path: $1)).guide }
        diagnostics += Linter().lint(ContentSet(countries: DiagnosticTests.countries, guides: guides))

        // ordering rules that clash with requirements for one country only, found by planning
        diagnostics += DiagnosticTests.lint(
            DiagnosticTests.step("id: a\nrequires: [b]\norder:\n  - { before: b, if: { iso: FR } }\n\(check)")
                + "\n## B\n<!-- step\nid: b\n\(check)\n-->\n")

        for text in brokenCatalogues { diagnostics += CountryCatalogue.parse(text, path: "countries.yaml").1 }
        for text in LicenceBundlesTests.broken.map(\.yaml) { diagnostics += LicenceBundles.parse(text, path: "licences.yaml").1 }
        for text in brokenAnswers {
            do {
                _ = try AnswersFile.parse(text, path: "answers.yaml")
                Issue.record("the answers file was accepted: \(text)")
            } catch { diagnostics.append(error.diagnostic) }
        }

        // files that cannot be read
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("french-diagnostics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.md")
        let latin1 = folder.appendingPathComponent("latin1.md")
        try Data([0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: latin1)
        diagnostics += ContentSet.load(paths: [missing]).diagnostics
        diagnostics += CountryCatalogue.read(from: missing).1
        for url in [missing, latin1] {
            #expect(throws: ContentError.self) { try MarkdownParser().parseFile(at: url) }
            do { _ = try MarkdownParser().parseFile(at: url) } catch let error as ContentError { diagnostics.append(error.diagnostic) }
            do { _ = try ArticleImporter().importFile(at: url) } catch let error as ContentError { diagnostics.append(error.diagnostic) }
        }
        do { _ = try AnswersFile.load(from: missing, displayPath: "missing.yaml") } catch { diagnostics.append(error.diagnostic) }
        diagnostics += ArticleImporter().importArticle(text: "Just a paragraph.\n", path: "article.md").diagnostics
        return diagnostics
    }

    @Test("every diagnostic has a French message, and a French hint when it has a hint")
    func everyDiagnosticIsFrench() throws {
        let diagnostics = try Self.allDiagnostics()
        let untranslated = diagnostics.filter { !$0.isTranslated }
        #expect(untranslated.isEmpty, "English only: \(untranslated.map(\.description))")
        // French that is only the English copied over would pass the check above
        let copied = diagnostics.filter { $0.message(in: .french) == $0.message || $0.hint(in: .french) == $0.hint && $0.hint != nil }
        #expect(copied.isEmpty, "same wording in both languages: \(copied.map(\.description))")
    }

    @Test("the broken inputs reach every kind of diagnostic, so the check above covers them all")
    func everyIdentifierIsReached() throws {
        let reached = Set(try Self.allDiagnostics().map(\.identifier))
        let missing = Set(DiagnosticID.allCases).subtracting(reached)
        #expect(missing.isEmpty, "no broken input produces \(missing.map(\.rawValue).sorted())")
    }

    @Test("message(in:) and hint(in:) pick the language, and fall back to English without French")
    func pickLanguage() throws {
        let diagnostic = try #require(
            DiagnosticTests.lint(DiagnosticTests.step("id: a\nactions:\n  - do: numbers.serch\n\(Self.check)"))
                .first { $0.identifier == .unknownAction })
        #expect(diagnostic.message(in: .english) == "unknown action 'numbers.serch'")
        #expect(diagnostic.message(in: .french) == "action inconnue « numbers.serch »")
        #expect(diagnostic.hint(in: .french)?.hasPrefix("vouliez-vous dire « numbers.search » ?") == true)
        let englishOnly = Diagnostic(.noSteps, at: SourceLocation(path: "x.md", line: 1, column: 1), "no step", hint: "add one")
        #expect(englishOnly.message(in: .french) == "no step")
        #expect(englishOnly.hint(in: .french) == "add one")
        #expect(!englishOnly.isTranslated)
    }

    @Test("French wording embeds the validator's French reasons, not its English ones")
    func embeddedReasonsInFrench() throws {
        let diagnostics = DiagnosticTests.lint(DiagnosticTests.step(
            "id: a\ninputs:\n  - { id: q, type: integer, label: Q, default: many }\nactions:\n  - { do: licences.buy, with: { sku: MCOEV, quantity: lots } }\n\(Self.check)"))
        let badDefault = try #require(diagnostics.first { $0.identifier == .invalidInput })
        let badLiteral = try #require(diagnostics.first { $0.identifier == .invalidLiteral })
        #expect(badLiteral.message(in: .french) == "« lots » ne convient pas au paramètre « quantity » : un nombre entier est attendu")
        let reason = try #require(InputValidator(input: StepInput(id: "q", type: .integer, label: "Q", location: SourceLocation(path: "x.md", line: 1, column: 1))).problem(with: "many", language: .french))
        #expect(badDefault.message(in: .french).hasSuffix(" : " + reason))
    }

    @Test("the French wording goes through JSON and back")
    func codable() throws {
        let diagnostic = try #require(DiagnosticTests.lint(DiagnosticTests.step("id: a")).first)
        let json = try JSONEncoder().encode(diagnostic)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["message"] as? String == diagnostic.message)
        #expect(object["messageFrench"] as? String == diagnostic.messageFrench)
        #expect(try JSONDecoder().decode(Diagnostic.self, from: json) == diagnostic)
    }
}
