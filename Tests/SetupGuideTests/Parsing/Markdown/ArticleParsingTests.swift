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

@Suite("Parsing the five fixture articles")
struct ArticleParsingTests {
    static let articles = ["000", "001", "002", "003", "004"]

    @Test("every word of the body text is somewhere in the model", arguments: articles)
    func everyWordIsKept(prefix: String) throws {
        try Self.checkEveryWordIsKept(try TestPaths.article(prefix))
    }

    /// No word of the body is lost between the file and the model (the seed corpus does the same).
    static func checkEveryWordIsKept(_ url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let document = try MarkdownParser().parseFile(at: url)
        let body = document.frontMatter == nil ? text : String(text.split(separator: "\n---", maxSplits: 1).last ?? "")
        let modelWords = Set(words(in: modelText(document.blocks)))
        let sourceWords = words(in: stripMarkup(body))
        #expect(sourceWords.count > 200)
        let missing = sourceWords.filter { !modelWords.contains($0) }
        #expect(missing.isEmpty, "words lost: \(Set(missing).sorted().prefix(20))")
        #expect(!document.blocks.isEmpty)
    }

    @Test("front matter is cut off and lines still count from the top of the file",
          arguments: [("001", 22), ("003", 24), ("004", 31)])
    func frontMatterKeepsLines(prefix: String, firstHeadingLine: Int) throws {
        try Self.checkFrontMatterKeepsLines(try TestPaths.article(prefix), firstHeadingLine: firstHeadingLine)
    }

    /// The first heading keeps its line in the file (the seed corpus does the same).
    static func checkFrontMatterKeepsLines(_ url: URL, firstHeadingLine: Int) throws {
        let document = try MarkdownParser().parseFile(at: url)
        #expect(document.frontMatter != nil)
        let heading = document.blocks.first { $0.isHeading }
        #expect(heading?.position.line == firstHeadingLine)
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        #expect(lines[firstHeadingLine - 1].hasPrefix("#"))
    }

    @Test("fixture 001: alerts, anchors under headings, boxes that split a list")
    func fixture001Structure() throws {
        try Self.check001Structure(try TestPaths.article("001"), anchor: "bkmk_adresses")
    }

    /// The DocFX shapes of article 001: alerts, an anchor under a heading, boxes, a split list.
    static func check001Structure(_ url: URL, anchor: String) throws {
        let document = try MarkdownParser().parseFile(at: url)
        let kinds = calloutKinds(document.blocks)
        #expect(kinds.contains(.important))
        #expect(kinds.contains(.tip))
        #expect(kinds.contains(.note))
        let anchors = document.blocks.compactMap { block -> String? in
            if case .heading(_, _, let anchor) = block.content { return anchor }
            return nil
        }
        #expect(anchors.contains(anchor))
        let boxes = document.blocks.filter { if case .box = $0.content { return true } else { return false } }
        #expect(boxes.count >= 2)
        // the box in step 2 splits the numbered list: the second part starts at 4
        let starts = document.blocks.compactMap { block -> Int? in
            if case .list(let list) = block.content, list.ordered { return list.start }
            return nil
        }
        #expect(starts.contains(4))
    }

    @Test("fixture 003: ten step headings with no-break spaces, nested lists kept")
    func fixture003Structure() throws {
        try Self.check003Structure(try TestPaths.article("003"))
    }

    /// The ten « Étape N : » headings of article 003 and its nested lists.
    static func check003Structure(_ url: URL) throws {
        let document = try MarkdownParser().parseFile(at: url)
        let steps = document.blocks.filter { block in
            if case .heading(_, let inlines, _) = block.content { return inlines.plainText.hasPrefix("Étape") }
            return false
        }
        #expect(steps.count == 10)
        #expect(nestedListDepth(document.blocks) >= 2)
    }

    // MARK: - Helpers

    private static func words(in text: String) -> [String] {
        text.lowercased().components(separatedBy: CharacterSet.letters.inverted).filter { $0.count >= 2 }
    }

    /// The source without HTML tags and alert markers, which the model keeps as structure.
    private static func stripMarkup(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "\\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\\]", with: " ", options: .regularExpression)
        return text
    }

    private static func modelText(_ blocks: [MarkdownBlock]) -> String {
        var out = ""
        for block in blocks {
            switch block.content {
            case .heading(_, let inlines, let anchor):
                out += inlineText(inlines) + " " + (anchor ?? "") + "\n"
            case .paragraph(let inlines), .box(let inlines): out += inlineText(inlines) + "\n"
            case .list(let list):
                for item in list.items { out += modelText(item.blocks) }
            case .callout(let kind, let children): out += kind.rawValue + " " + modelText(children)
            case .quote(let children): out += modelText(children)
            case .code(let info, let text): out += info + " " + text
            case .html(let html): out += html
            case .thematicBreak: break
            }
        }
        return out
    }

    private static func inlineText(_ inlines: [MarkdownInline]) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let s), .code(let s), .html(let s): s
            case .emphasis(let c), .strong(let c): inlineText(c)
            case .link(let destination, let title, let c): destination + " " + title + " " + inlineText(c)
            case .image(let source, let title, let c): source + " " + title + " " + inlineText(c)
            case .softBreak, .lineBreak: " "
            }
        }.joined(separator: " ")
    }

    private static func calloutKinds(_ blocks: [MarkdownBlock]) -> Set<CalloutKind> {
        var kinds: Set<CalloutKind> = []
        for block in blocks {
            switch block.content {
            case .callout(let kind, let children): kinds.insert(kind); kinds.formUnion(calloutKinds(children))
            case .list(let list): for item in list.items { kinds.formUnion(calloutKinds(item.blocks)) }
            case .quote(let children): kinds.formUnion(calloutKinds(children))
            default: break
            }
        }
        return kinds
    }

    private static func nestedListDepth(_ blocks: [MarkdownBlock]) -> Int {
        blocks.map { block -> Int in
            if case .list(let list) = block.content {
                return 1 + (list.items.map { nestedListDepth($0.blocks) }.max() ?? 0)
            }
            return 0
        }.max() ?? 0
    }
}
