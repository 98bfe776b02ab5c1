import Foundation
internal import SetupGuideModel
internal import SetupGuideParsing

/// Writes Markdown blocks back as CommonMark that reads the same, in the DocFX forms the guide
/// format understands (alerts, one-cell tables, `<a name>` anchors).
struct MarkdownWriter {
    /// Resolves link destinations as they are written; `nil` keeps them.
    var resolver: LinkResolver?

    /// Lists and quotes nested deeper than this are written as plain text: every level indents
    /// every line under it, so a hostile article nested thousands deep would make a guide of
    /// gigabytes.
    static let maxDepth = 32

    /// The blocks, separated by blank lines.
    func write(_ blocks: [MarkdownBlock], depth: Int = 0) -> String {
        var parts: [String] = []
        for block in blocks {
            if let text = write(block, depth: depth) { parts.append(text) }
        }
        return parts.joined(separator: "\n\n")
    }

    private func write(_ block: MarkdownBlock, depth: Int) -> String? {
        switch block.content {
        case .list, .callout, .quote:
            if depth >= Self.maxDepth { return escapeLineStarts(Self.escape(BlockExtractor.text(of: [block]))) }
        default:
            break
        }
        switch block.content {
        case .heading(let level, let inlines, let anchor):
            var text = String(repeating: "#", count: max(1, min(level, 6))) + " "
            if let anchor { text += "<a name=\"\(Self.attribute(anchor))\"></a>" }
            return text + escapeLineStarts(inline(inlines)).replacingNewlines(with: " ")
        case .paragraph(let inlines):
            return escapeLineStarts(inline(inlines))
        case .list(let list):
            var items: [String] = []
            for (offset, item) in list.items.enumerated() {
                let marker = list.ordered ? "\(list.start + offset). " : "- "
                var content = write(item.blocks, depth: depth + 1)
                if let checked = item.checked { content = (checked ? "[x] " : "[ ] ") + content }
                if content.isEmpty { content = " " }
                items.append(Self.indent(content, first: marker, rest: String(repeating: " ", count: marker.count)))
            }
            return items.joined(separator: list.tight ? "\n" : "\n\n")
        case .callout(let kind, let children):
            let body = write(children, depth: depth + 1)
            return Self.indent("[!\(kind.rawValue)]" + (body.isEmpty ? "" : "\n" + body), first: "> ", rest: "> ")
        case .quote(let children):
            return Self.indent(write(children, depth: depth + 1), first: "> ", rest: "> ")
        case .code(let info, let text):
            var fence = "```"
            while text.contains(fence) { fence += "`" }
            let body = text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
            return fence + info.replacingNewlines(with: " ") + "\n" + body + fence
        case .html(let html):
            // a step annotation copied from elsewhere would be read as this guide's own
            if html.hasPrefix("<!--"), html.dropFirst(4).drop(while: { $0 == " " }).hasPrefix("step") { return nil }
            return html.hasSuffix("\n") ? String(html.dropLast()) : html
        case .box(let inlines):
            var rows: [[MarkdownInline]] = [[]]
            for inline in inlines {
                if inline == .lineBreak || inline == .softBreak { rows.append([]) } else { rows[rows.count - 1].append(inline) }
            }
            let cells = rows.map { "|" + inline($0).replacingOccurrences(of: "|", with: "\\|").replacingNewlines(with: " ") + "|" }
            return "||\n|:-----|\n" + cells.joined(separator: "\n")
        case .thematicBreak:
            return "***"
        }
    }

    /// Inline content as Markdown source.
    func inline(_ inlines: [MarkdownInline]) -> String {
        var out = ""
        for item in inlines {
            switch item {
            case .text(let text): out += Self.escape(text)
            case .code(let code):
                var fence = "`"
                while code.contains(fence) { fence += "`" }
                let pad = code.hasPrefix("`") || code.hasSuffix("`") || code.hasPrefix(" ") ? " " : ""
                out += fence + pad + code + pad + fence
            case .emphasis(let children): out += "*" + inline(children) + "*"
            case .strong(let children): out += "**" + inline(children) + "**"
            case .link(let destination, let title, let children):
                out += "[" + inline(children) + "](" + target(resolver?.resolve(destination) ?? destination, title) + ")"
            case .image(let source, let title, let children):
                out += "![" + inline(children) + "](" + target(resolver?.resolve(source, isImage: true) ?? source, title) + ")"
            case .html(let html): out += html
            case .softBreak: out += "\n"
            case .lineBreak: out += "\\\n"
            }
        }
        return out
    }

    private func target(_ destination: String, _ title: String) -> String {
        var escaped = ""
        for character in destination {
            switch character {
            case " ": escaped += "%20"
            case "(": escaped += "%28"
            case ")": escaped += "%29"
            case "<": escaped += "%3C"
            case ">": escaped += "%3E"
            case "\n", "\r": break
            default: escaped.append(character)
            }
        }
        guard !title.isEmpty else { return escaped }
        let quoted = title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return escaped + " \"" + quoted.replacingNewlines(with: " ") + "\""
    }

    /// Backslash-escapes what would otherwise be read as markup inside a line.
    ///
    /// It works on UTF-8 bytes, as cmark reads them: a `*` followed by a combining accent is
    /// still a delimiter to cmark, though Swift sees one character.
    static func escape(_ text: String) -> String {
        // most text has nothing to escape: it is returned as it is, not copied
        guard text.utf8.contains(where: { isEscaped($0) || $0 == UInt8(ascii: "&") }) else { return text }
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8 + 4)
            for index in bytes.indices {
                let byte = bytes[index]
                if isEscaped(byte) || (byte == UInt8(ascii: "&") && opensReference(bytes, at: index + 1)) {
                    out.append(UInt8(ascii: "\\"))
                }
                out.append(byte)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `\\`, `` ` ``, `*`, `_`, `[`, `]` and `<`.
    private static func isEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "<"):
            true
        default: false
        }
    }

    /// Whether what follows an `&` at `index` could make an entity reference: a letter or `#`.
    private static func opensReference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        if byte < 0x80 { return byte == UInt8(ascii: "#") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) }
        var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isAlphabetic
    }

    /// Escapes what would open a block at the start of a line: `#`, `>`, `-`, `+`, `=`, `|`, `~`,
    /// `1.`; drops four or more leading spaces, which would make an indented code block.
    private func escapeLineStarts(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                if lineStart > 0 { out.append(0x0A) }
                Self.appendEscapingStart(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), to: &out)
                lineStart = lineEnd + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func appendEscapingStart(_ line: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var spaces = 0
        while spaces < line.count, line[spaces] == 0x20 { spaces += 1 }
        guard spaces < line.count else {
            out.append(contentsOf: line)
            return
        }
        let rest = UnsafeBufferPointer(rebasing: line[spaces...])
        switch rest[0] {
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "|"),
            UInt8(ascii: "~"):
            out.append(contentsOf: line[..<spaces])
            out.append(UInt8(ascii: "\\"))
            out.append(contentsOf: rest)
            return
        default:
            break
        }
        var digits = 0
        while digits < rest.count, rest[digits] >= UInt8(ascii: "0"), rest[digits] <= UInt8(ascii: "9") { digits += 1 }
        if digits > 0, digits < 10, digits < rest.count, rest[digits] == UInt8(ascii: ".") || rest[digits] == UInt8(ascii: ")") {
            out.append(contentsOf: line[..<(spaces + digits)])
            out.append(UInt8(ascii: "\\"))
            out.append(contentsOf: rest[digits...])
            return
        }
        out.append(contentsOf: spaces >= 4 ? rest : line)
    }

    /// Prefixes the first line with `first` and the others with `rest` (blank lines stay blank,
    /// or `>` in a quote).
    static func indent(_ text: String, first: String, rest: String) -> String {
        var text = text
        let blank: [UInt8] = rest.trimmingUnicodeWhitespace() == ">" ? [UInt8(ascii: ">")] : []
        let first = Array(first.utf8)
        let rest = Array(rest.utf8)
        return text.withUTF8 { bytes in
            var lines = 1
            for byte in bytes where byte == 0x0A { lines += 1 }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + first.count + lines * rest.count)
            out.append(contentsOf: first)
            var lineStart = 0
            for index in bytes.indices where bytes[index] == 0x0A {
                out.append(contentsOf: bytes[lineStart...index])
                lineStart = index + 1
                if lineStart == bytes.count || bytes[lineStart] == 0x0A { out.append(contentsOf: blank) } else { out.append(contentsOf: rest) }
            }
            out.append(contentsOf: bytes[lineStart...])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Escapes a value written inside a double-quoted HTML attribute.
    static func attribute(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        guard contains(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) else { return self }
        return split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .joined(separator: replacement)
    }
}
