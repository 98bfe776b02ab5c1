import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// Renders guide Markdown for a terminal: bold, numbered and nested lists, callouts coloured by
/// kind, links with their address. Without colours it is plain, readable text.
public struct MarkdownTerminalRenderer: Sendable {
    /// The colours to use.
    public var style: TerminalStyle
    /// The language of callout labels.
    public var language: Language

    /// Creates a renderer.
    public init(style: TerminalStyle, language: Language) {
        self.style = style
        self.language = language
    }

    /// A step's body.
    public func render(_ step: Step) -> String {
        render(step.body, indent: "").joined(separator: "\n")
    }

    /// Blocks, as lines.
    public func render(_ blocks: [MarkdownBlock], indent: String) -> [String] {
        var lines: [String] = []
        for block in blocks {
            switch block.content {
            case .heading(_, let inlines, _):
                lines.append(indent + style.bold(inline(inlines)))
            case .paragraph(let inlines):
                lines += inline(inlines).split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 }
            case .list(let list):
                for (offset, item) in list.items.enumerated() {
                    var marker = list.ordered ? "\(list.start + offset). " : "• "
                    if let checked = item.checked { marker += checked ? "[x] " : "[ ] " }
                    let body = render(item.blocks, indent: indent + String(repeating: " ", count: marker.count))
                    if let first = body.first {
                        lines.append(indent + marker + first.dropFirst(indent.count + marker.count))
                        lines += body.dropFirst()
                    }
                }
            case .callout(let kind, let children):
                let label = calloutLabel(kind)
                for (offset, line) in render(children, indent: "").enumerated() {
                    lines.append(indent + colour(kind, offset == 0 ? label + " │ " : String(repeating: " ", count: label.count) + " │ ") + line)
                }
            case .quote(let children):
                lines += render(children, indent: indent + "│ ")
            case .code(_, let text):
                lines += text.split(separator: "\n").map { indent + "    " + style.dim(String($0)) }
            case .box(let inlines):
                let content = inline(inlines).split(separator: "\n").map(String.init)
                let width = content.map(\.count).max() ?? 0
                lines.append(indent + "┌" + String(repeating: "─", count: width + 2) + "┐")
                for line in content { lines.append(indent + "│ " + line + String(repeating: " ", count: width - line.count) + " │") }
                lines.append(indent + "└" + String(repeating: "─", count: width + 2) + "┘")
            case .html:
                continue  // comments and raw HTML are not for the terminal
            case .thematicBreak:
                lines.append(indent + String(repeating: "─", count: 20))
            }
            if case .list = block.content {} else { lines.append("") }
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The callout's name from the one table the HTML pages use too (``CalloutKind/label``), in capitals.
    private func calloutLabel(_ kind: CalloutKind) -> String {
        kind.label[language].uppercased(with: Locale(identifier: language == .french ? "fr_FR" : "en_GB"))
    }

    private func colour(_ kind: CalloutKind, _ text: String) -> String {
        switch kind {
        case .note: style.blue(text)
        case .tip: style.green(text)
        case .important: style.magenta(text)
        case .caution: style.yellow(text)
        case .warning: style.red(text)
        }
    }

    private func inline(_ inlines: [MarkdownInline]) -> String {
        inlines.map { item -> String in
            switch item {
            case .text(let text): sanitised(text)
            case .code(let text): style.cyan(sanitised(text))
            case .emphasis(let children): inline(children)
            case .strong(let children): style.bold(inline(children))
            case .link(let destination, _, let children):
                style.underline(inline(children)) + " (" + sanitised(destination) + ")"
            case .image(_, _, let children): "[" + inline(children) + "]"
            case .html: ""
            case .softBreak: " "
            case .lineBreak: "\n"
            }
        }.joined()
    }

    /// Guide text must not move the cursor or change colours: control characters go.
    private func sanitised(_ text: String) -> String {
        // C1 goes too: U+009B is a CSI to terminals that read 8-bit controls
        ControlCharacters.removing(text, keeping: ["\t", "\u{2028}", "\u{2029}"])
    }
}

/// A one-line progress bar: `Label [██████░░░░] 612/1000  00:04 left`.
public struct ProgressLine: Sendable {
    /// Creates the line.
    public static func format(done: Int, total: Int, label: String, remaining: Double?, width: Int = 24, language: Language) -> String {
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        var text = "\(label) [\(bar)] \(done)/\(total)"
        if let remaining, remaining.isFinite {
            let seconds = Int(remaining.rounded())
            let clock = String(format: "%02d:%02d", seconds / 60, seconds % 60)
            text += "  " + BilingualText("\(clock) left", "encore \(clock)")[language]
        }
        return text
    }
}
