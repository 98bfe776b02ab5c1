import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning

/// Turns CommonMark blocks into the DocFX forms Microsoft Learn articles mean: alerts become
/// callouts, `<a name>` anchors attach to their headings, one-cell tables become boxes and
/// `[ ]`/`[x]` open checkbox items.
enum DocFXNormalizer {
    static func normalize(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        result.reserveCapacity(blocks.count)
        // an anchor line that does not follow a heading waits for the next block
        var pending: (name: String, block: MarkdownBlock)?
        for block in blocks {
            var block = block
            switch block.content {
            case .paragraph(let inlines):
                if let anchor = standaloneAnchor(inlines) {
                    // DocFX writes the anchor on the line under a heading as often as above it
                    if pending == nil, let last = result.last, case .heading(let level, let text, nil) = last.content {
                        result[result.count - 1].content = .heading(level: level, inlines: text, anchor: anchor)
                        continue
                    }
                    if let pending { result.append(pending.block) }
                    pending = (anchor, block)
                    continue
                }
                if let box = box(from: inlines) { block.content = .box(box) }
                if let rest = withoutDivMarker(inlines) {
                    // a `[!div …]` line outside a quote: the marker goes, the words stay
                    if rest.isEmpty { continue }
                    block.content = .paragraph(rest)
                }
            case .heading(let level, let inlines, _):
                let (anchor, rest) = extractAnchor(inlines)
                block.content = .heading(level: level, inlines: rest, anchor: anchor ?? pending?.name)
                if anchor == nil { pending = nil }
            case .quote(let children):
                if let unwrapped = divContent(children).map(normalize) {
                    // `> [!div class="checklist"]` and `> [!div class="nextstepaction"]` are layout
                    // for Learn's pages, not a quotation: their list or link is the article's text
                    if let waiting = pending {
                        result.append(waiting.block)
                        pending = nil
                    }
                    result.append(contentsOf: unwrapped)
                    continue
                }
                // normalised once: doing it in both branches doubles the work at every level of nesting
                let normalized = normalize(children)
                block.content = callout(from: normalized) ?? .quote(normalized)
            case .list(var list):
                list.items = list.items.map(normalizeItem)
                block.content = .list(list)
            default:
                break
            }
            if let waiting = pending {
                // not followed by a heading: it stays where it was, as written
                result.append(waiting.block)
                pending = nil
            }
            result.append(block)
        }
        if let pending { result.append(pending.block) }
        return result
    }

    private static func normalizeItem(_ item: MarkdownListItem) -> MarkdownListItem {
        var item = item
        item.blocks = normalize(item.blocks)
        guard case .paragraph(var inlines)? = item.blocks.first?.content, case .text(let text)? = inlines.first
        else { return item }
        let marker = text.prefix(4)
        let checked: Bool? =
            switch marker {
            case "[ ] ": false
            case "[x] ", "[X] ": true
            default: nil
            }
        guard let checked else { return item }
        inlines[0] = .text(String(text.dropFirst(4)))
        item.checked = checked
        item.blocks[0].content = .paragraph(inlines)
        return item
    }

    /// The blocks of a `> [!div …]` quote without its marker, or `nil` when the quote has none.
    private static func divContent(_ blocks: [MarkdownBlock]) -> [MarkdownBlock]? {
        guard case .paragraph(let inlines)? = blocks.first?.content, let rest = withoutDivMarker(inlines) else { return nil }
        var body = blocks
        if rest.isEmpty { body.removeFirst() } else { body[0].content = .paragraph(rest) }
        return body
    }

    /// The inlines after a leading DocFX `[!div …]` marker (`[!div class="checklist"]`,
    /// `[!div class="nextstepaction"]`, `[!div class="op_single_selector"]`…), or `nil` when the
    /// paragraph does not open with one. Learn uses the marker for layout; its text is never
    /// the article's.
    static func withoutDivMarker(_ inlines: [MarkdownInline]) -> [MarkdownInline]? {
        guard case .text(let first)? = inlines.first else { return nil }
        let trimmed = first.trimmingLeadingSpaces()
        guard trimmed.lowercased().hasPrefix("[!div"), let close = trimmed.firstIndex(of: "]") else { return nil }
        var inlines = inlines
        let rest = trimmed[trimmed.index(after: close)...].trimmingLeadingSpaces()
        if rest.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(String(rest)) }
        while let first = inlines.first, first == .softBreak || first == .lineBreak { inlines.removeFirst() }
        return inlines
    }

    /// `> [!TIP]` and friends: the first text of the first paragraph is the marker.
    private static func callout(from blocks: [MarkdownBlock]) -> MarkdownBlock.Content? {
        guard case .paragraph(var inlines)? = blocks.first?.content, case .text(let first)? = inlines.first
        else { return nil }
        let trimmed = first.trimmingLeadingSpaces()
        guard trimmed.hasPrefix("[!"), let close = trimmed.firstIndex(of: "]") else { return nil }
        let name = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close].uppercased()
        guard let kind = CalloutKind(rawValue: name) else { return nil }
        let rest = trimmed[trimmed.index(after: close)...].trimmingLeadingSpaces()
        if rest.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(String(rest)) }
        while let first = inlines.first, first == .softBreak || first == .lineBreak { inlines.removeFirst() }
        var body = blocks
        if inlines.isEmpty { body.removeFirst() } else { body[0].content = .paragraph(inlines) }
        return .callout(kind: kind, blocks: body)
    }

    /// The anchor of a paragraph that holds nothing but `<a name="x"></a>`.
    private static func standaloneAnchor(_ inlines: [MarkdownInline]) -> String? {
        var anchor: String?
        for inline in inlines {
            switch inline {
            case .html(let html):
                if let name = anchorName(html) { anchor = name } else if !isClosingAnchor(html) { return nil }
            case .text(let text) where text.allSatisfy(\.isWhitespace): continue
            case .softBreak, .lineBreak: continue
            default: return nil
            }
        }
        return anchor
    }

    private static func extractAnchor(_ inlines: [MarkdownInline]) -> (String?, [MarkdownInline]) {
        var anchor: String?
        var rest: [MarkdownInline] = []
        for inline in inlines {
            if case .html(let html) = inline {
                if let name = anchorName(html) {
                    anchor = name
                    continue
                }
                if isClosingAnchor(html) { continue }
            }
            rest.append(inline)
        }
        guard anchor != nil else { return (nil, inlines) }
        if case .text(let text)? = rest.first { rest[0] = .text(String(text.trimmingLeadingSpaces())) }
        if case .text(let text)? = rest.first, text.isEmpty { rest.removeFirst() }
        return (anchor, rest)
    }

    /// `x` from `<a name="x">` or `<a name='x' id="x">`.
    static func anchorName(_ html: String) -> String? {
        // ASCII-only matching on bytes: cheap for every inline tag, and no index from a
        // lower-cased copy is ever used on the original
        let bytes = Array(html.utf8)
        guard bytes.count > 3, bytes[0] == UInt8(ascii: "<"), bytes[1] | 0x20 == UInt8(ascii: "a"), bytes[2] == 0x20
        else { return nil }
        let key = Array("name=".utf8)
        var i = 3
        while i + key.count < bytes.count {
            if zip(bytes[i..<(i + key.count)], key).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) {
                let quote = bytes[i + key.count]
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
                return value(bytes, from: i + key.count + 1, until: quote)
            }
            i += 1
        }
        return nil
    }

    private static func value(_ bytes: [UInt8], from start: Int, until quote: UInt8) -> String? {
        guard let end = bytes[start...].firstIndex(of: quote) else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private static func isClosingAnchor(_ html: String) -> Bool {
        let bytes = html.utf8.filter { $0 != 0x20 }
        return bytes.count == 4 && bytes[0] == UInt8(ascii: "<") && bytes[1] == UInt8(ascii: "/")
            && bytes[2] | 0x20 == UInt8(ascii: "a") && bytes[3] == UInt8(ascii: ">")
    }

    /// A one-cell table: `||`, then `|:---|`, then rows `|content|`.
    private static func box(from inlines: [MarkdownInline]) -> [MarkdownInline]? {
        guard case .text(let first)? = inlines.first, first.hasPrefix("||") else { return nil }
        var lines: [[MarkdownInline]] = [[]]
        for inline in inlines {
            if inline == .softBreak || inline == .lineBreak { lines.append([]) } else { lines[lines.count - 1].append(inline) }
        }
        guard lines.count >= 2, lines[0].plainText.trimmed() == "||", isDelimiterRow(lines[1].plainText.trimmed())
        else { return nil }
        var out: [MarkdownInline] = []
        for (index, row) in lines.dropFirst(2).enumerated() {
            var row = row
            if case .text(let t)? = row.first, t.hasPrefix("|") { row[0] = .text(String(t.dropFirst())) }
            if case .text(let t)? = row.last {
                let trimmed = t.trimmed()
                if trimmed.hasSuffix("|") { row[row.count - 1] = .text(String(trimmed.dropLast())) }
            }
            row.removeAll { $0 == .text("") }
            if index > 0 { out.append(.lineBreak) }
            out.append(contentsOf: row)
        }
        return out
    }

    private static func isDelimiterRow(_ line: String) -> Bool {
        guard line.count >= 3, line.hasPrefix("|"), line.hasSuffix("|") else { return false }
        return line.dropFirst().dropLast().allSatisfy { $0 == "-" || $0 == ":" }
    }
}

extension MarkdownBlock {
    var isHeading: Bool {
        if case .heading = content { return true }
        return false
    }
}

extension StringProtocol {
    func trimmingLeadingSpaces() -> Substring {
        let s = self[...]
        return Substring(s.drop { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
    }

    func trimmed() -> String {
        String(self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
