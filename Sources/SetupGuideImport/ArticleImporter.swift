public import Foundation
internal import SetupGuideModel
internal import SetupGuideParsing

/// Turns a Microsoft Learn setup article (DocFX Markdown, or the plain text of its web page)
/// into an ``ImportedArticle``: steps, tasks, callouts, links and suggested ordering rules.
///
/// Steps are headings such as "Étape 3 :" or "Step 3 -" at any level; failing those, the
/// second-level sections that hold numbered items. An article without steps gets a diagnostic.
///
/// ```swift
/// let importer = ArticleImporter(baseURL: "https://learn.microsoft.com/fr-fr/microsoftteams/")
/// let article = try importer.importFile(at: URL(fileURLWithPath: "setup.md"))
/// print(article.steps.map(\.id))
/// ```
public struct ArticleImporter: Sendable {
    /// Resolves relative links; `nil` keeps them as written.
    public var resolver: LinkResolver?
    /// Whether steps keep their Markdown blocks (`body`, `trailer`, `introduction`), which the
    /// guide and HTML outputs need and JSON does not.
    public var keepsBlocks: Bool

    /// Creates an importer; `baseURL` is the folder relative links are resolved against.
    public init(baseURL: String? = nil, keepsBlocks: Bool = true) {
        resolver = baseURL.flatMap(LinkResolver.init(base:))
        self.keepsBlocks = keepsBlocks
    }

    /// Reads and imports a file. Throws a ``ContentError`` naming the file when it cannot be read.
    public func importFile(at url: URL, displayPath: String? = nil) throws -> ImportedArticle {
        let path = displayPath ?? url.path
        let data = try MarkdownParser.readUTF8File(at: url, path: path)
        return data.withUnsafeBytes { raw in
            importArticle(bytes: raw.bindMemory(to: UInt8.self), path: path, fileName: url.lastPathComponent)
        }
    }

    /// Imports text already in memory.
    public func importArticle(text: String, path: String) -> ImportedArticle {
        var text = text
        return text.withUTF8 { importArticle(bytes: $0, path: path, fileName: path) }
    }

    /// Imports UTF-8 bytes (invalid sequences are replaced, never fatal).
    public func importArticle(bytes: UnsafeBufferPointer<UInt8>, path: String, fileName: String? = nil)
        -> ImportedArticle
    {
        let plain = Self.isPlainText(bytes)
        let blocks: [MarkdownBlock]
        var fields = FrontMatterFields("")
        var parseDiagnostics: [Diagnostic] = []
        if plain {
            var start = 0
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
            let page = PlainTextPageParser.parseReporting(
                String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            blocks = page.blocks
            if let deep = page.tooDeep {
                parseDiagnostics.append(MarkdownParser.tooDeep(at: SourceLocation(path: path, line: deep.line, column: deep.column)))
            }
        } else {
            let document = MarkdownParser().parse(bytes: bytes, path: path)
            blocks = document.blocks
            parseDiagnostics = document.diagnostics
            if let frontMatter = document.frontMatter { fields = FrontMatterFields(frontMatter.yaml) }
        }
        var article = build(blocks, fields: fields, plain: plain, path: path, fileName: fileName ?? path)
        article.diagnostics = parseDiagnostics + article.diagnostics
        return article
    }

    /// No front matter and no `#` heading: a page copied as plain text.
    static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if bytes.count >= start + 3, bytes[start] == 0x2D, bytes[start + 1] == 0x2D, bytes[start + 2] == 0x2D { return false }
        var atLineStart = true
        var spaces = 0
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                atLineStart = true
                spaces = 0
            } else if atLineStart {
                if byte == 0x20, spaces < 3 {
                    spaces += 1
                } else {
                    // an ATX heading, an alert or a fence: Markdown
                    if byte == 0x23 || byte == 0x3E || byte == 0x60 { return false }
                    atLineStart = false
                }
            }
            index += 1
        }
        return true
    }

    private struct Candidate {
        var index: Int
        var level: Int
        var number: Int?
        var title: String
        var heading: String
        var anchor: String?
        var language: Language?
    }

    private func build(_ blocks: [MarkdownBlock], fields: FrontMatterFields, plain: Bool, path: String, fileName: String)
        -> ImportedArticle
    {
        func location(_ position: SourcePosition) -> SourceLocation {
            SourceLocation(path: path, line: position.line, column: position.column)
        }
        var candidates: [Candidate] = []
        var firstHeading: String?
        for (index, block) in blocks.enumerated() {
            guard case .heading(let level, let inlines, let anchor) = block.content else { continue }
            let text = StepHeadingMatcher.normalizedSpaces(inlines.plainText).trimmingUnicodeWhitespace()
            if firstHeading == nil, level == 1, !text.isEmpty { firstHeading = text }
            if let match = StepHeadingMatcher.match(text) {
                candidates.append(
                    Candidate(index: index, level: level, number: match.number, title: match.title, heading: text,
                              anchor: anchor, language: match.language))
            }
        }
        var stepSource = ImportedArticle.StepSource.numberedHeadings
        if candidates.isEmpty {
            stepSource = .sections
            candidates = sectionCandidates(blocks)
            if candidates.isEmpty { stepSource = .none }
        }
        // where each step's body stops: the next heading of its level or higher, or the next step
        var steps: [ImportedStep] = []
        var noteSources: [OrderingNoteDetector.StepInfo] = []
        var inside = Array(repeating: false, count: blocks.count)
        var usedIDs: Set<String> = []
        let articleLanguage = language(fields, candidates: candidates, blocks: blocks)
        for (k, candidate) in candidates.enumerated() {
            let next = k + 1 < candidates.count ? candidates[k + 1].index : blocks.count
            var end = candidate.index + 1
            while end < next {
                // a DocFX tab heading is `#` whatever its depth: it stays inside the step
                if case .heading(let level, let inlines, _) = blocks[end].content, level <= candidate.level,
                    !AlternativeSections.isTabHeading(inlines) { break }
                end += 1
            }
            let body = AlternativeSections.labelled(blocks[(candidate.index + 1)..<end], language: candidate.language ?? articleLanguage)
            for index in candidate.index..<end { inside[index] = true }
            let number = candidate.number ?? (k + 1)
            // "Étape 3 :" alone, or a title in another script, still needs an id
            var base = Slug.make(candidate.title)
            if base.isEmpty || base.first!.isNumber { base = "step-\(number)" + (base.isEmpty ? "" : "-" + base) }
            let id = Slug.unique(base, &usedIDs)
            var extractor = BlockExtractor(path: path, resolver: resolver)
            extractor.collect(body)
            if stepSource == .numberedHeadings, let number = candidate.number {
                noteSources.append(.init(number: number, id: id, body: body))
            }
            if case .heading(_, let inlines, _) = blocks[candidate.index].content {
                extractor.collectLinks(inlines, at: blocks[candidate.index].position)
            }
            steps.append(
                ImportedStep(
                    id: id, number: candidate.number, title: candidate.title, heading: candidate.heading,
                    level: candidate.level, anchor: candidate.anchor, location: location(blocks[candidate.index].position),
                    tasks: extractor.tasks, callouts: extractor.callouts, links: extractor.links,
                    body: keepsBlocks ? Array(body) : [], trailer: keepsBlocks ? Array(blocks[end..<next]) : []))
        }
        let introductionEnd = candidates.first?.index ?? blocks.count
        var outside = BlockExtractor(path: path, resolver: resolver)
        // links outside the steps: the introduction and whatever follows each step's body
        for (index, block) in blocks.enumerated() where !inside[index] {
            outside.collectLinks(in: block)
        }

        var diagnostics: [Diagnostic] = []
        if steps.isEmpty {
            diagnostics.append(
                Diagnostic(.noSteps, at: SourceLocation(path: path, line: 1, column: 1),
                           .init("the article has no step: no heading such as 'Étape 1 :' or 'Step 1:' and no section with numbered items",
                                 "l'article n'a aucune étape : aucun titre tel que « Étape 1 : » ou « Step 1: » et aucune section à éléments numérotés"),
                           hint: .init("check that this is a setup article, or add step headings",
                                       "vérifiez qu'il s'agit bien d'un article de configuration, ou ajoutez des titres d'étapes")))
        }
        var suggestions: [OrderingSuggestion] = []
        if stepSource == .numberedHeadings {
            suggestions = OrderingNoteDetector(path: path).suggestions(for: noteSources)
        }
        let title = fields["title"] ?? firstHeading ?? Self.baseName(fileName)
        var source = fields["source"] ?? fields["original_content_git_url"]
        if source == nil, let resolver, !plain { source = resolver.resolve(Self.baseName(fileName)) }
        return ImportedArticle(
            path: path, title: title.trimmingUnicodeWhitespace(), description: fields["description"]?.trimmingUnicodeWhitespace(),
            date: fields["ms.date"], source: source,
            language: articleLanguage, plainText: plain,
            stepSource: stepSource, steps: steps, links: outside.links, orderingSuggestions: suggestions,
            diagnostics: diagnostics, introduction: keepsBlocks ? Array(blocks[0..<introductionEnd]) : [])
    }

    /// Second-level sections holding numbered items; failing that, every second-level section.
    private func sectionCandidates(_ blocks: [MarkdownBlock]) -> [Candidate] {
        var all: [(candidate: Candidate, hasTasks: Bool)] = []
        for (index, block) in blocks.enumerated() {
            guard case .heading(let level, let inlines, let anchor) = block.content, level == 2 else { continue }
            let text = StepHeadingMatcher.normalizedSpaces(inlines.plainText).trimmingUnicodeWhitespace()
            guard !text.isEmpty else { continue }
            var end = index + 1
            var hasTasks = false
            while end < blocks.count {
                if case .heading(let level, _, _) = blocks[end].content, level <= 2 { break }
                if case .list(let list) = blocks[end].content, list.ordered { hasTasks = true }
                end += 1
            }
            all.append((Candidate(index: index, level: 2, number: nil, title: text, heading: text, anchor: anchor), hasTasks))
        }
        let withTasks = all.filter(\.hasTasks)
        return (withTasks.isEmpty ? all : withTasks).map(\.candidate)
    }

    private func language(_ fields: FrontMatterFields, candidates: [Candidate], blocks: [MarkdownBlock]) -> Language {
        for key in ["ms.contentlocale", "ms.locale", "locale", "lang"] {
            if let value = fields[key]?.lowercased() {
                if value.hasPrefix("fr") { return .french }
                if value.hasPrefix("en") { return .english }
            }
        }
        if let language = candidates.lazy.compactMap(\.language).first { return language }
        // common words of the first paragraphs
        var french = 0
        var english = 0
        for block in blocks.prefix(12) {
            guard case .paragraph(let inlines) = block.content else { continue }
            for word in inlines.plainText.lowercased().split(whereSeparator: { !$0.isLetter }) {
                switch word {
                case "les", "des", "vous", "est", "une", "pour", "dans", "votre": french += 1
                case "the", "you", "and", "your", "for", "with", "this", "to": english += 1
                default: break
                }
            }
        }
        return french > english ? .french : .english
    }

    private static func baseName(_ fileName: String) -> String {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
