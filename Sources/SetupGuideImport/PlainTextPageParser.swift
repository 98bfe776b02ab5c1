internal import SetupGuideModel
internal import SetupGuideParsing

/// Reads the plain-text copy of a web page (what "select all, copy" gives) as Markdown blocks.
///
/// Such a page has no markup: headings are short lines standing alone, numbered items are
/// indented "1. …" lines, and alerts are indented lines opening with "Conseil :" or "Note:".
/// cmark would read the four-space continuation lines as code, so the page is read line by line.
struct PlainTextPageParser {
    private struct Line {
        var number: Int
        var indent: Int
        var text: Substring
        var isBlank: Bool { text.isEmpty }
    }

    private var lines: [Line] = []
    private var cursor = 0
    /// Where the first list nested past ``MarkdownParser/maxNesting`` starts: its lines are read
    /// as paragraphs instead, as the Markdown parser does.
    private(set) var tooDeep: SourcePosition?

    /// Parses the whole page; the first non-blank line is the title.
    static func parse(_ text: String) -> [MarkdownBlock] {
        parseReporting(text).blocks
    }

    /// The blocks and where the first too-deep list starts, if any.
    static func parseReporting(_ text: String) -> (blocks: [MarkdownBlock], tooDeep: SourcePosition?) {
        var parser = PlainTextPageParser()
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = raw
            if line.last == "\r" { line = line.dropLast() }
            var indent = 0
            var start = line.startIndex
            while start < line.endIndex, line[start] == " " || line[start] == "\t" {
                indent += line[start] == "\t" ? 4 : 1
                start = line.index(after: start)
            }
            var end = line.endIndex
            while end > start, let last = line[..<end].last, last.isWhitespace { end = line.index(before: end) }
            parser.lines.append(Line(number: number, indent: indent, text: line[start..<end]))
        }
        let blocks = parser.blocks()
        return (blocks, parser.tooDeep)
    }

    private mutating func blocks() -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        var titleSeen = false
        while cursor < lines.count {
            let line = lines[cursor]
            if line.isBlank {
                cursor += 1
                continue
            }
            if Self.listMarker(line.text) != nil {
                result.append(list(indent: line.indent, depth: 1))
                continue
            }
            if line.indent == 0, !titleSeen {
                titleSeen = true
                result.append(MarkdownBlock(.heading(level: 1, inlines: [.text(String(line.text))], anchor: nil), at: position(line)))
                cursor += 1
                continue
            }
            if line.indent == 0, isHeadingLine(cursor) {
                result.append(MarkdownBlock(.heading(level: 2, inlines: [.text(String(line.text))], anchor: nil), at: position(line)))
                cursor += 1
                continue
            }
            result.append(paragraphOrCallout(minIndent: line.indent))
        }
        return result
    }

    /// A short line standing alone that does not end a sentence, or any "Étape N :" line.
    private func isHeadingLine(_ index: Int) -> Bool {
        let text = lines[index].text
        if StepHeadingMatcher.match(String(text)) != nil { return true }
        let previousBlank = index == 0 || lines[index - 1].isBlank
        let nextBlank = index + 1 >= lines.count || lines[index + 1].isBlank || lines[index + 1].indent > 0
        guard previousBlank, nextBlank, text.count <= 100, text.count >= 3, let last = text.last else { return false }
        return !".,;:!×".contains(last) && text.contains(where: \.isLetter)
    }

    private func position(_ line: Line) -> SourcePosition {
        SourcePosition(line: line.number, column: line.indent + 1)
    }

    /// `(number, text)` for "12. text", `(nil, text)` for "• text" or "- text".
    private static func listMarker(_ text: Substring) -> (Int?, Substring)? {
        if let first = text.first, "•·-*◦▪".contains(first) {
            let rest = text.dropFirst()
            guard rest.first == " " || rest.first == "\t" else { return nil }
            return (nil, rest.drop { $0 == " " || $0 == "\t" })
        }
        var number = 0
        var index = text.startIndex
        var digits = 0
        while index < text.endIndex, let value = text[index].wholeNumberValue, text[index].isASCII, digits < 4 {
            number = number * 10 + value
            index = text.index(after: index)
            digits += 1
        }
        guard digits > 0, index < text.endIndex, text[index] == "." || text[index] == ")" else { return nil }
        let rest = text[text.index(after: index)...]
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return (number, rest.drop { $0 == " " || $0 == "\t" })
    }

    /// Items at `indent`, each with the indented lines under it.
    private mutating func list(indent: Int, depth: Int) -> MarkdownBlock {
        let first = lines[cursor]
        let ordered = Self.listMarker(first.text)?.0 != nil
        var items: [MarkdownListItem] = []
        var start = 1
        while cursor < lines.count {
            let line = lines[cursor]
            if line.isBlank {
                cursor += 1
                continue
            }
            guard line.indent == indent, let (number, text) = Self.listMarker(line.text), (number != nil) == ordered else {
                break
            }
            if items.isEmpty, let number { start = number }
            cursor += 1
            var blocks = [MarkdownBlock(.paragraph(Self.inlines(text, continuation: continuationLines(deeperThan: indent))), at: position(line))]
            // everything indented deeper belongs to the item
            while cursor < lines.count {
                let next = lines[cursor]
                if next.isBlank {
                    cursor += 1
                    continue
                }
                guard next.indent > indent else { break }
                if Self.listMarker(next.text) != nil, depth < MarkdownParser.maxNesting {
                    blocks.append(list(indent: next.indent, depth: depth + 1))
                } else if Self.listMarker(next.text) != nil {
                    if tooDeep == nil { tooDeep = position(next) }
                    blocks.append(MarkdownBlock(.paragraph([.text(String(next.text))]), at: position(next)))
                    cursor += 1
                } else {
                    blocks.append(paragraphOrCallout(minIndent: next.indent))
                }
            }
            items.append(MarkdownListItem(position: position(line), blocks: blocks))
        }
        return MarkdownBlock(.list(MarkdownList(ordered: ordered, start: start, tight: false, items: items)), at: position(first))
    }

    /// Lines right under the current one (no blank between) that continue its text.
    private mutating func continuationLines(deeperThan indent: Int) -> [Substring] {
        var out: [Substring] = []
        while cursor < lines.count, !lines[cursor].isBlank, lines[cursor].indent > indent,
            Self.listMarker(lines[cursor].text) == nil
        {
            out.append(lines[cursor].text)
            cursor += 1
        }
        return out
    }

    /// A paragraph: lines at the same indent up to a blank line. One opening with an alert word
    /// ("Conseil :", "Important:") is a callout.
    private mutating func paragraphOrCallout(minIndent: Int) -> MarkdownBlock {
        let first = lines[cursor]
        cursor += 1
        var rest: [Substring] = []
        while cursor < lines.count, !lines[cursor].isBlank, lines[cursor].indent >= minIndent, lines[cursor].indent <= first.indent,
            Self.listMarker(lines[cursor].text) == nil, !(lines[cursor].indent == 0 && isHeadingLine(cursor))
        {
            rest.append(lines[cursor].text)
            cursor += 1
        }
        if let (kind, body) = Self.alert(first.text) {
            let paragraph = MarkdownBlock(.paragraph(Self.inlines(body, continuation: rest)), at: position(first))
            return MarkdownBlock(.callout(kind: kind, blocks: body.isEmpty && rest.isEmpty ? [] : [paragraph]), at: position(first))
        }
        return MarkdownBlock(.paragraph(Self.inlines(first.text, continuation: rest)), at: position(first))
    }

    private static func inlines(_ text: Substring, continuation: [Substring]) -> [MarkdownInline] {
        var out: [MarkdownInline] = [.text(String(text))]
        for line in continuation {
            out.append(.softBreak)
            out.append(.text(String(line)))
        }
        return out
    }

    private static let alertWords: [(String, CalloutKind)] = [
        ("remarque", .note), ("note", .note), ("conseil", .tip), ("astuce", .tip), ("tip", .tip),
        ("important", .important), ("attention", .caution), ("caution", .caution),
        ("avertissement", .warning), ("warning", .warning),
    ]

    /// "Conseil : texte" → (.tip, "texte").
    private static func alert(_ text: Substring) -> (CalloutKind, Substring)? {
        guard let colon = text.prefix(16).firstIndex(of: ":") else { return nil }
        let word = StepHeadingMatcher.normalizedSpaces(String(text[..<colon])).trimmingUnicodeWhitespace().lowercased()
        guard let kind = alertWords.first(where: { $0.0 == word })?.1 else { return nil }
        let body = text[text.index(after: colon)...].drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
        return (kind, body)
    }
}
