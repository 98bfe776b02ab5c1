import Foundation
import Testing
import SetupGuideModel
import SetupGuideParsing
import SetupGuideImport

/// The crashes and runaway inputs of issue 17, each with the diagnostic it now gets.
@Suite("Hostile guides and articles")
struct HostileInputTests {
    static let head = "---\nguide: fuzz\nlang: en\ntitle: Fuzz\n---\n\n# Fuzz\n\n## One\n"

    static func load(_ text: String) -> GuideLoader.Result {
        GuideLoader().load(MarkdownParser().parse(text, path: "g.md"))
    }

    static func input(_ line: String) -> String {
        head + "<!-- step\nid: one\ninputs:\n  - id: name\n    type: string\n    label: Name\n    \(line)\n-->\n"
    }

    /// How deep lists and quotes nest in `blocks`, walked without recursion.
    static func depth(_ blocks: [MarkdownBlock]) -> Int {
        var deepest = 0
        var pending: [(MarkdownBlock, Int)] = blocks.map { ($0, 1) }
        while let (block, level) = pending.popLast() {
            deepest = max(deepest, level)
            switch block.content {
            case .list(let list): for item in list.items { pending += item.blocks.map { ($0, level + 1) } }
            case .quote(let children), .callout(_, let children): pending += children.map { ($0, level + 1) }
            default: break
            }
        }
        return deepest
    }

    @Test("max-length past Int's range is a diagnostic at the value, not a trap")
    func maxLengthOverflow() throws {
        let result = Self.load(Self.input("max-length: 9223372036854775808"))
        let problem = try #require(result.diagnostics.first { $0.identifier == .numberOutOfRange })
        #expect(problem.location.line == 16 && problem.location.column == 17)
        #expect(problem.message(in: .english).contains("from 1 to 1000000"))
        #expect(problem.message(in: .french) == "« max-length » doit être un nombre entier de 1 à 1000000")
        #expect(result.guide?.steps.first?.inputs.first?.maxLength == nil)
    }

    @Test("max-length must be whole, min and max finite and within 10^15", arguments: [
        "max-length: 2.5", "max-length: 0", "max-length: -3", "min: 1e300", "max: -1e16", "min: inf",
    ])
    func boundsOutOfRange(_ line: String) {
        let result = Self.load(Self.input(line))
        #expect(result.diagnostics.contains { $0.identifier == .numberOutOfRange && $0.location.line == 16 }, "\(result.diagnostics)")
    }

    @Test("NaN is not a number")
    func notANumber() {
        let result = Self.load(Self.input("max: .nan"))
        #expect(result.diagnostics.contains { $0.identifier == .malformedAnnotation && $0.message.contains("must be a number") })
    }

    @Test("a guide order past its range is named as such")
    func orderOverflow() {
        let result = Self.load("---\nguide: fuzz\nlang: en\ntitle: Fuzz\norder: 99999999999999999999\n---\n")
        #expect(result.diagnostics.contains { $0.identifier == .numberOutOfRange && $0.location.line == 5 })
    }

    @Test("an input bound of 1e15 prints as a whole number")
    func largeBoundPrints() {
        var input = StepInput(id: "n", type: .integer, label: "N", location: SourceLocation(path: "g.md", line: 1, column: 1))
        input.maximum = 1e15
        #expect(InputValidator(input: input).problem(with: "9223372036854775807") == "at most 1000000000000000")
    }

    static let deepBodies: [String: String] = [
        "40,000 '>'": String(repeating: ">", count: 40_000) + " deep\n",
        "30,000 '1. '": String(repeating: "1. ", count: 30_000) + "deep\n",
        "40,000 '*' around a word": String(repeating: "*", count: 40_000) + "a" + String(repeating: "*", count: 40_000) + "\n",
        "20,000 '> - '": String(repeating: "> - ", count: 20_000) + "deep\n",
    ]

    @Test("deep Markdown loads on a small stack, flattened past the limit, with a diagnostic", arguments: deepBodies.keys.sorted())
    func deepMarkdown(_ shape: String) throws {
        let document = MarkdownParser().parse(Self.head + Self.deepBodies[shape]!, path: "g.md")
        #expect(Self.depth(document.blocks) <= MarkdownParser.maxNesting + 1)
        let result = GuideLoader().load(document)
        let problem = try #require(result.diagnostics.first { $0.identifier == .tooDeep })
        #expect(problem.location.line == 10)
        #expect(problem.message(in: .french).contains("plus de 64 niveaux"))
    }

    @Test("nesting up to the limit is kept as written")
    func nestingAtTheLimit() {
        let body = (0..<20).map { String(repeating: "   ", count: $0) + "1. item \($0)" }.joined(separator: "\n") + "\n"
        let document = MarkdownParser().parse(Self.head + body, path: "g.md")
        #expect(document.diagnostics.isEmpty)
        #expect(Self.depth(document.blocks) == 21)  // 20 lists and the paragraph of the last item
    }

    @Test("YAML nested 40,000 deep in a step comment, front matter or answers file is a diagnostic", arguments: [
        "[", "{a: ", "- ",
    ])
    func deepYAML(_ opener: String) throws {
        // a block sequence starts on its own line
        let nested = (opener == "- " ? "\n" : " ") + String(repeating: opener, count: 40_000)
        let result = Self.load(Self.head + "<!-- step\nid: one\nrequires:" + nested + "\n-->\n")
        let problem = try #require(result.diagnostics.first { $0.identifier == .tooDeep })
        #expect(problem.location.line == (opener == "- " ? 13 : 12))
        let error = #expect(throws: ContentError.self) { try AnswersFile.parse("steps:" + nested + "\n", path: "a.yaml") }
        #expect(error?.diagnostic.identifier == .tooDeep)
        #expect(error?.diagnostic.location.line == (opener == "- " ? 2 : 1))
    }

    @Test("a quote inside a plain word opens no string that would hide the brackets after it", arguments: ["a\"b", "l'x"])
    func quoteInsideWord(_ word: String) throws {
        let text = "country: \(word)\nsteps: " + String(repeating: "[", count: 40_000) + "\n"
        let error = #expect(throws: ContentError.self) { try AnswersFile.parse(text, path: "a.yaml") }
        #expect(error?.diagnostic.identifier == .tooDeep)
    }

    @Test("ordinary YAML with block scalars, quotes and comments passes the nesting scan")
    func ordinaryYAML() throws {
        let text = """
            country: FR # [[[[[[[
            lang: 'l''[[[['
            connectivity: "[[[[[[[[\\"[[[["
            skip:
              step-a: |
                [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
              step-b: >-
                {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{
            steps:
              licences: { quantity: 25, list: [a, b] }

            """
        let answers = try AnswersFile.parse(text, path: "a.yaml")
        #expect(answers.inputs["licences"]?["quantity"] == "25")
        #expect(answers.connectivity == "[[[[[[[[\"[[[[")
        #expect(answers.skip["step-b"]?.count == 72)
    }

    @Test("a 400 KB unknown check name is refused with the list of checks")
    func longCheckName() throws {
        let name = String(repeating: "x", count: 400_000)
        let result = Self.load(Self.head + "<!-- step\nid: one\nchecks:\n  - check: \(name)\n-->\n")
        let problem = try #require(result.diagnostics.first { $0.identifier == .unknownCheck })
        #expect(problem.hint?.hasPrefix("valid: ") == true)
        #expect(problem.location.line == 13)
        #expect(problem.message.count < 120 && problem.message.hasSuffix("…'"))
    }

    @Test("a near miss still gets its did-you-mean")
    func nearMiss() throws {
        let result = Self.load(Self.head + "<!-- step\nid: one\nchecks:\n  - check: licences.assignd\n-->\n")
        let problem = try #require(result.diagnostics.first { $0.identifier == .unknownCheck })
        #expect(problem.hint?.contains("did you mean") == true)
    }

    @Test("import of 10,000 nested items keeps the limit and says so", arguments: [true, false])
    func importDeepList(_ markdown: Bool) throws {
        let text = markdown
            ? "---\ntitle: Deep\n---\n\n## Étape 1 : deep\n\n" + String(repeating: "1. ", count: 10_000) + "x\n"
            : "Title\n\nÉtape 1 : deep\n\n" + (0..<300).map { String(repeating: " ", count: $0) + "1. item" }.joined(separator: "\n") + "\n"
        let article = ArticleImporter().importArticle(text: text, path: "deep.md")
        #expect(article.diagnostics.contains { $0.identifier == .tooDeep })
        var deepest = 0
        var pending = article.steps.flatMap(\.tasks).map { ($0, 1) }
        while let (task, level) = pending.popLast() {
            deepest = max(deepest, level)
            pending += task.subtasks.map { ($0, level + 1) }
        }
        #expect(deepest >= 1 && deepest <= MarkdownParser.maxNesting)
        let guide = GuideWriter().write(article)
        #expect(guide.utf8.count < 2_000_000)
    }
}
