internal import SetupGuideModel
internal import SetupGuideParsing

/// Collects the tasks, callouts and links of a step's blocks.
struct BlockExtractor {
    var path: String
    var resolver: LinkResolver?
    private(set) var tasks: [ImportedTask] = []
    private(set) var callouts: [ImportedCallout] = []
    private(set) var links: [ImportedLink] = []

    init(path: String, resolver: LinkResolver?) {
        self.path = path
        self.resolver = resolver
    }

    private func location(_ position: SourcePosition) -> SourceLocation {
        SourceLocation(path: path, line: position.line, column: position.column)
    }

    /// Tasks, callouts and links of a step body.
    mutating func collect(_ blocks: ArraySlice<MarkdownBlock>) {
        tasks = walk(blocks, task: nil)
    }

    /// Walks blocks; numbered items become tasks, and every item nested under a task is one too.
    private mutating func walk(_ blocks: some Collection<MarkdownBlock>, task: String?) -> [ImportedTask] {
        var found: [ImportedTask] = []
        // under a sub-heading of the step, numbering starts again: say which one
        var section: String?
        for block in blocks {
            if task == nil, case .heading(_, let inlines, _) = block.content {
                let text = Self.text(inlines)
                section = text.isEmpty ? nil : text
            }
            switch block.content {
            case .list(let list):
                let isTaskList = list.ordered || task != nil
                for (offset, item) in list.items.enumerated() {
                    guard isTaskList else {
                        // bullet items outside tasks are prose, but may hold callouts and links
                        _ = walk(item.blocks, task: nil)
                        continue
                    }
                    let number = list.ordered ? list.start + offset : nil
                    let label = String(number ?? offset + 1)
                    let taskPath = task.map { "\($0).\(label)" } ?? label
                    var text = ""
                    if case .paragraph(let inlines)? = item.blocks.first?.content { text = Self.text(inlines) }
                    let subtasks = walk(item.blocks, task: taskPath)
                    found.append(
                        ImportedTask(number: number, path: taskPath, text: text, checked: item.checked,
                                     location: location(item.position), subtasks: subtasks, section: section))
                }
            case .callout(let kind, let children):
                callouts.append(
                    ImportedCallout(kind: kind.rawValue.lowercased(), text: Self.text(of: children), task: task,
                                    location: location(block.position)))
                found += walk(children, task: task)
            case .box(let inlines):
                callouts.append(
                    ImportedCallout(kind: Self.boxKind(inlines), text: Self.text(inlines), task: task,
                                    location: location(block.position)))
                collectLinks(inlines, at: block.position)
            case .quote(let children):
                found += walk(children, task: task)
            case .paragraph(let inlines), .heading(_, let inlines, _):
                collectLinks(inlines, at: block.position)
            case .code, .html, .thematicBreak:
                break
            }
        }
        return found
    }

    /// Links of a block outside any step.
    mutating func collectLinks(in block: MarkdownBlock) {
        switch block.content {
        case .paragraph(let inlines), .heading(_, let inlines, _), .box(let inlines): collectLinks(inlines, at: block.position)
        case .list(let list): for item in list.items { for child in item.blocks { collectLinks(in: child) } }
        case .callout(_, let children), .quote(let children): for child in children { collectLinks(in: child) }
        case .code, .html, .thematicBreak: break
        }
    }

    mutating func collectLinks(_ inlines: [MarkdownInline], at position: SourcePosition) {
        for inline in inlines {
            switch inline {
            case .link(let destination, let title, let children):
                links.append(
                    ImportedLink(kind: .link, text: Self.text(children), destination: destination,
                                 url: resolver?.resolve(destination) ?? destination, title: title.isEmpty ? nil : title,
                                 location: location(position)))
                collectLinks(children, at: position)
            case .image(let source, let title, let children):
                links.append(
                    ImportedLink(kind: .image, text: Self.text(children), destination: source,
                                 url: resolver?.resolve(source, isImage: true) ?? source, title: title.isEmpty ? nil : title,
                                 location: location(position)))
            case .emphasis(let children), .strong(let children):
                collectLinks(children, at: position)
            case .text, .code, .html, .softBreak, .lineBreak:
                break
            }
        }
    }

    /// Plain text with runs of spaces (no-break ones included) made single.
    static func text(_ inlines: [MarkdownInline]) -> String {
        collapse(inlines.plainText)
    }

    static func text(of blocks: [MarkdownBlock]) -> String {
        var parts: [String] = []
        for block in blocks {
            switch block.content {
            case .paragraph(let inlines), .box(let inlines), .heading(_, let inlines, _): parts.append(text(inlines))
            case .list(let list): for item in list.items { parts.append(text(of: item.blocks)) }
            case .callout(_, let children), .quote(let children): parts.append(text(of: children))
            case .code(_, let code): parts.append(collapse(code))
            case .html, .thematicBreak: break
            }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `text` with runs of spaces, line ends and no-break spaces made one space, and trimmed.
    ///
    /// Works on UTF-8 bytes: `Character.isWhitespace` looks up Unicode properties for every
    /// character, and this runs over every word of every task.
    static func collapse(_ text: String) -> String {
        let original = text
        var text = text
        return text.withUTF8 { bytes -> String in
            var needsWork = bytes.first.map(isSpaceStart) ?? false || bytes.last.map(isSpaceStart) ?? false
            if !needsWork {
                var previousSpace = false
                for byte in bytes {
                    if byte == 0x20 {
                        if previousSpace { needsWork = true; break }
                        previousSpace = true
                    } else {
                        if isSpaceStart(byte) { needsWork = true; break }
                        previousSpace = false
                    }
                }
            }
            if !needsWork { return original }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let width = spaceWidth(bytes, at: index)
                if width > 0 {
                    pendingSpace = !out.isEmpty
                    index += width
                    continue
                }
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(bytes[index])
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Bytes that may open a space: ASCII blanks, and the lead bytes of U+00A0 and U+2000…U+205F.
    private static func isSpaceStart(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C || byte == 0xC2
            || byte == 0xE2 || byte == 0xE3
    }

    /// How many bytes of space start at `index`: ASCII blanks, U+00A0, U+2000…U+200A, U+202F,
    /// U+205F and U+3000; 0 for anything else.
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return 1
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE2:
            guard index + 2 < bytes.count else { return 0 }
            let b1 = bytes[index + 1], b2 = bytes[index + 2]
            if b1 == 0x80, (0x80...0x8A).contains(b2) || b2 == 0xAF { return 3 }
            if b1 == 0x81, b2 == 0x9F { return 3 }
            return 0
        case 0xE3:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// A one-cell table opening with "IMPORTANT" or "Note" is that kind of callout.
    private static func boxKind(_ inlines: [MarkdownInline]) -> String {
        let lead = text(inlines).prefix(14).lowercased()
        for kind in CalloutKind.allCases where lead.hasPrefix(kind.rawValue.lowercased()) { return kind.rawValue.lowercased() }
        return "box"
    }
}
