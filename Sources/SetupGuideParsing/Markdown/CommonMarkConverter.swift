internal import CCmark
internal import SetupGuideModel
internal import SetupGuidePlanning

/// The one bridge to libcmark: parses CommonMark text and hands back Swift values.
///
/// Every string is copied while the tree is alive and the tree is freed before returning, so no
/// pointer leaves this file. Positions are shifted by `lineOffset`, the lines of front matter
/// that were cut off before parsing.
struct CommonMarkConverter {
    /// Lines that precede the parsed text in the original file.
    var lineOffset: Int = 0

    /// Parses `bytes` and converts the tree.
    func convert(_ bytes: UnsafeBufferPointer<UInt8>) -> [MarkdownBlock] {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        let root: OpaquePointer? = bytes.withMemoryRebound(to: CChar.self) { chars in
            cmark_parse_document(chars.baseAddress, chars.count, options)
        }
        guard let root else { return [] }
        defer { cmark_node_free(root) }
        return blocks(under: root)
    }

    private func blocks(under parent: OpaquePointer) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if let block = block(node) { result.append(block) }
            child = cmark_node_next(node)
        }
        return result
    }

    private func position(_ node: OpaquePointer) -> SourcePosition {
        SourcePosition(
            line: Int(cmark_node_get_start_line(node)) + lineOffset,
            column: max(1, Int(cmark_node_get_start_column(node))))
    }

    private func block(_ node: OpaquePointer) -> MarkdownBlock? {
        let at = position(node)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return MarkdownBlock(.paragraph(inlines(under: node)), at: at)
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            return MarkdownBlock(.heading(level: level, inlines: inlines(under: node), anchor: nil), at: at)
        case CMARK_NODE_BLOCK_QUOTE:
            return MarkdownBlock(.quote(blocks(under: node)), at: at)
        case CMARK_NODE_LIST:
            var items: [MarkdownListItem] = []
            var child = cmark_node_first_child(node)
            while let item = child {
                items.append(MarkdownListItem(position: position(item), blocks: blocks(under: item)))
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

    private func inlines(under parent: OpaquePointer) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
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
            case CMARK_NODE_EMPH: result.append(.emphasis(inlines(under: node)))
            case CMARK_NODE_STRONG: result.append(.strong(inlines(under: node)))
            case CMARK_NODE_LINK:
                result.append(
                    .link(
                        destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                        inlines(under: node)))
            case CMARK_NODE_IMAGE:
                result.append(
                    .image(
                        source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                        inlines(under: node)))
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
