internal import CCmark
internal import SetupGuideModel
internal import SetupGuidePlanning

/// The one bridge to libcmark: parses CommonMark text and hands back Swift values.
///
/// Every string is copied while the tree is alive and the tree is freed before returning, so no
/// pointer leaves this file. Positions are shifted by `lineOffset`, the lines of front matter
/// that were cut off before parsing.
///
/// Lists, quotes, emphasis and links nested deeper than ``MarkdownParser/maxNesting`` are not
/// converted as such: each too-deep one becomes its plain text, and ``Conversion/tooDeep`` says
/// where the first one starts. So the Swift tree is never deeper than the limit, and no walk
/// of it (here, in the planner, the renderer or the importer) can exhaust a stack, whatever
/// thread it runs on. cmark itself builds and frees its tree without recursion.
struct CommonMarkConverter {
    /// Lines that precede the parsed text in the original file.
    var lineOffset: Int = 0
    /// How many lists, quotes, emphases and links may enclose one another.
    var maxNesting: Int = MarkdownParser.maxNesting

    /// The converted blocks, and where the first over-deep container starts, if any.
    struct Conversion {
        var blocks: [MarkdownBlock]
        var tooDeep: SourcePosition?
    }

    /// Parses `bytes` and converts the tree.
    func convert(_ bytes: UnsafeBufferPointer<UInt8>) -> Conversion {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        let root: OpaquePointer? = bytes.withMemoryRebound(to: CChar.self) { chars in
            cmark_parse_document(chars.baseAddress, chars.count, options)
        }
        guard let root else { return Conversion(blocks: []) }
        defer { cmark_node_free(root) }
        var state = State()
        let blocks = blocks(under: root, depth: 0, &state)
        return Conversion(blocks: blocks, tooDeep: state.tooDeep)
    }

    /// What the walk learns on the way.
    private struct State {
        var tooDeep: SourcePosition?
    }

    /// Whether `node` opens one more level of nesting.
    private static func nests(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK,
            CMARK_NODE_IMAGE:
            true
        default:
            false
        }
    }

    /// The text under `node`, gathered with cmark's iterator (no recursion), words separated
    /// by single spaces.
    private func flatText(_ node: OpaquePointer) -> String {
        var out = ""
        guard let iterator = cmark_iter_new(node) else { return out }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                out += string(cmark_node_get_literal(current))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM:
                if !out.isEmpty, out.last != " " { out += " " }
            default:
                break
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// Records the first over-deep container; true when `node` may not nest one level more.
    private func isTooDeep(_ node: OpaquePointer, depth: Int, _ state: inout State) -> Bool {
        guard Self.nests(node), depth >= maxNesting else { return false }
        if state.tooDeep == nil { state.tooDeep = position(node) }
        return true
    }

    private func blocks(under parent: OpaquePointer, depth: Int, _ state: inout State) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if isTooDeep(node, depth: depth, &state) {
                let text = flatText(node)
                if !text.isEmpty { result.append(MarkdownBlock(.paragraph([.text(text)]), at: position(node))) }
            } else if let block = block(node, depth: Self.nests(node) ? depth + 1 : depth, &state) {
                result.append(block)
            }
            child = cmark_node_next(node)
        }
        return result
    }

    private func position(_ node: OpaquePointer) -> SourcePosition {
        SourcePosition(
            line: Int(cmark_node_get_start_line(node)) + lineOffset,
            column: max(1, Int(cmark_node_get_start_column(node))))
    }

    private func block(_ node: OpaquePointer, depth: Int, _ state: inout State) -> MarkdownBlock? {
        let at = position(node)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return MarkdownBlock(.paragraph(inlines(under: node, depth: depth, &state)), at: at)
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            return MarkdownBlock(.heading(level: level, inlines: inlines(under: node, depth: depth, &state), anchor: nil), at: at)
        case CMARK_NODE_BLOCK_QUOTE:
            return MarkdownBlock(.quote(blocks(under: node, depth: depth, &state)), at: at)
        case CMARK_NODE_LIST:
            var items: [MarkdownListItem] = []
            var child = cmark_node_first_child(node)
            while let item = child {
                items.append(MarkdownListItem(position: position(item), blocks: blocks(under: item, depth: depth, &state)))
                child = cmark_node_next(item)
            }
            let list = MarkdownList(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0,
                items: items)
            return MarkdownBlock(.list(list), at: at)
        case CMARK_NODE_CODE_BLOCK:
            return MarkdownBlock(
                .code(info: string(cmark_node_get_fence_info(node)), text: string(cmark_node_get_literal(node))),
                at: at)
        case CMARK_NODE_HTML_BLOCK:
            return MarkdownBlock(.html(string(cmark_node_get_literal(node))), at: at)
        case CMARK_NODE_THEMATIC_BREAK:
            return MarkdownBlock(.thematicBreak, at: at)
        default:
            // custom blocks do not come out of the parser; nothing else is a block
            return nil
        }
    }

    private func inlines(under parent: OpaquePointer, depth: Int, _ state: inout State) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if isTooDeep(node, depth: depth, &state) {
                let text = flatText(node)
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + text)
                } else {
                    result.append(.text(text))
                }
                child = cmark_node_next(node)
                continue
            }
            let depth = depth + 1
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                // cmark splits text at brackets and entities; one run reads better downstream
                let text = string(cmark_node_get_literal(node))
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + text)
                } else {
                    result.append(.text(text))
                }
            case CMARK_NODE_CODE: result.append(.code(string(cmark_node_get_literal(node))))
            case CMARK_NODE_HTML_INLINE: result.append(.html(string(cmark_node_get_literal(node))))
            case CMARK_NODE_SOFTBREAK: result.append(.softBreak)
            case CMARK_NODE_LINEBREAK: result.append(.lineBreak)
            case CMARK_NODE_EMPH: result.append(.emphasis(inlines(under: node, depth: depth, &state)))
            case CMARK_NODE_STRONG: result.append(.strong(inlines(under: node, depth: depth, &state)))
            case CMARK_NODE_LINK:
                result.append(
                    .link(
                        destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                        inlines(under: node, depth: depth, &state)))
            case CMARK_NODE_IMAGE:
                result.append(
                    .image(
                        source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                        inlines(under: node, depth: depth, &state)))
            default:
                break
            }
            child = cmark_node_next(node)
        }
        return result
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
