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
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<":
                out.append("\\")
            case "&":
                if index + 1 < characters.count, characters[index + 1].isLetter || characters[index + 1] == "#" { out.append("\\") }
            default:
                break
            }
            out.append(character)
        }
        return out
    }

    /// Escapes what would open a block at the start of a line: `#`, `>`, `-`, `+`, `=`, `|`, `1.`.
    private func escapeLineStarts(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { line -> String in
            let spaces = line.prefix { $0 == " " }
            let rest = line.dropFirst(spaces.count)
            guard let first = rest.first else { return String(line) }
            if "#>-+=|~".contains(first) { return String(spaces) + "\\" + rest }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.count < 10, let after = rest.dropFirst(digits.count).first, after == "." || after == ")" {
                return String(spaces) + digits + "\\" + rest.dropFirst(digits.count)
            }
            // leading spaces would make an indented code block
            return spaces.count >= 4 ? String(rest) : String(line)
        }.joined(separator: "\n")
    }

    /// Prefixes the first line with `first` and the others with `rest` (blank lines stay blank).
    static func indent(_ text: String, first: String, rest: String) -> String {
        var out = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out += "\n" }
            if index == 0 {
                out += first + line
            } else if line.isEmpty {
                out += rest.trimmingUnicodeWhitespace() == ">" ? ">" : ""
            } else {
                out += rest + line
            }
        }
        return out
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
