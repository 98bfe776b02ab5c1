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

@Suite("Bad input never crashes")
struct RobustnessTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments = [
        "---\n", "guide: x\n", "lang: fr\n", "title: T\n", "## Étape 1\u{00A0}: ", "<!-- step\n", "id: a\n", "-->\n",
        "> [!TIP]\n", "> text\n", "||\n", "|:---|\n", "|box|\n", "1. [ ] task\n", "    1. nested\n", "<a name=\"x\"></a>\n",
        "actions:\n", "  - do: numbers.search\n", "    with: { quantity: $q }\n", "inputs:\n", "  - id: q\n", "    type: integer\n",
        "when: { country: { iso: [FR] } }\n", "requires: [a]\n", "order:\n  - before: a\n", "[link](javascript:alert(1))\n",
        "\r\n", "\u{FEFF}", "`code`", "**bold", "![img](", "&amp;", "\t", ": : :\n", "- [\n", "{{{", "*", "\u{202F}",
    ]

    @Test("random sequences of guide fragments parse and load", arguments: 0..<200)
    func fragments(seed: Int) {
        var random = SplitMix(state: UInt64(seed))
        var text = ""
        for _ in 0..<(Int(random.next() % 40) + 1) {
            text += Self.fragments[Int(random.next() % UInt64(Self.fragments.count))]
        }
        let document = MarkdownParser().parse(text, path: "fuzz.md")
        let result = GuideLoader().load(document)
        let content = ContentSet(countries: CountryCatalogue([]), guides: result.guide.map { [$0] } ?? [],
                                 diagnostics: result.diagnostics)
        let diagnostics = Linter().lint(content)
        #expect(diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
    }

    @Test("random bytes are reported as not UTF-8, or parse")
    func randomBytes() throws {
        var random = SplitMix(state: 7)
        for round in 0..<100 {
            let bytes = (0..<(round * 13 % 500)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString).md")
            try Data(bytes).write(to: url)
            do {
                _ = try MarkdownParser().parseFile(at: url, displayPath: "fuzz.md")
            } catch let error as ContentError {
                #expect(error.diagnostic.identifier == .unreadableFile)
                #expect(error.diagnostic.message.contains("UTF-8"))
            }
            try? FileManager.default.removeItem(at: url)
        }
    }

    @Test("every prefix of a fixture article parses", arguments: ["001", "003", "004"])
    func truncatedArticles(prefix: String) throws {
        try Self.checkEveryPrefixParses(try TestPaths.article(prefix))
    }

    /// Every cut of the file parses with sane positions (the seed corpus does the same).
    static func checkEveryPrefixParses(_ url: URL) throws {
        let bytes = Array(try Data(contentsOf: url))
        #expect(!bytes.isEmpty)
        for length in stride(from: 0, to: bytes.count, by: 97) {
            let text = String(decoding: bytes[0..<length], as: UTF8.self)
            let document = MarkdownParser().parse(text, path: "cut.md")
            _ = GuideLoader().load(document)
            #expect(document.blocks.allSatisfy { $0.position.line >= 1 })
        }
    }

    @Test("YAML aliases and deep nesting in an annotation are refused or read, not expanded")
    func hostileYAML() {
        let laughs = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nid: *c\nrequires: *c\n"
        let nested = "id: a\nwhen: " + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "\n"
        for yaml in [laughs, nested] {
            let text = "---\nguide: g\nlang: en\ntitle: T\n---\n## S\n<!-- step\n\(yaml)-->\n"
            let result = GuideLoader().load(MarkdownParser().parse(text, path: "y.md"))
            #expect(!result.diagnostics.isEmpty)
        }
    }
}
