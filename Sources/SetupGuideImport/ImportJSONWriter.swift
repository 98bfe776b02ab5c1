internal import SetupGuideModel
internal import SetupGuideParsing

/// Writes an ``ImportedArticle`` as compact JSON, the same document its `Encodable` conformance
/// gives, several times faster.
///
/// A folder of thousands of articles spent more time in `JSONEncoder` than in parsing; this
/// writer appends bytes to one buffer and knows every key in advance.
///
/// ```swift
/// let bytes = ImportJSONWriter().write(article)
/// ```
public struct ImportJSONWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The article as one line of JSON.
    public func write(_ article: ImportedArticle) -> [UInt8] {
        var out = Output()
        out.bytes.reserveCapacity(4096)
        out.object { o in
            o.field("path", article.path)
            o.field("title", article.title)
            o.optional("description", article.description)
            o.optional("date", article.date)
            o.optional("source", article.source)
            o.field("language", article.language.rawValue)
            o.key("plainText")
            o.raw(article.plainText ? "true" : "false")
            o.field("stepSource", article.stepSource.rawValue)
            o.key("steps")
            o.array(article.steps) { o, step in write(step, &o) }
            o.key("links")
            o.array(article.links) { o, link in write(link, &o) }
            o.key("orderingSuggestions")
            o.array(article.orderingSuggestions) { o, suggestion in write(suggestion, &o) }
            o.key("diagnostics")
            o.array(article.diagnostics) { o, diagnostic in write(diagnostic, &o) }
        }
        return out.bytes
    }

    private func write(_ step: ImportedStep, _ out: inout Output) {
        out.object { o in
            o.field("id", step.id)
            if let number = step.number { o.field("number", number) }
            o.field("title", step.title)
            o.field("heading", step.heading)
            o.field("level", step.level)
            o.optional("anchor", step.anchor)
            o.field("location", step.location)
            o.key("tasks")
            o.array(step.tasks) { o, task in write(task, &o) }
            o.key("callouts")
            o.array(step.callouts) { o, callout in
                o.object { o in
                    o.field("kind", callout.kind)
                    o.field("text", callout.text)
                    o.optional("task", callout.task)
                    o.field("location", callout.location)
                }
            }
            o.key("links")
            o.array(step.links) { o, link in write(link, &o) }
        }
    }

    private func write(_ task: ImportedTask, _ out: inout Output) {
        out.object { o in
            if let number = task.number { o.field("number", number) }
            o.field("path", task.path)
            o.field("text", task.text)
            if let checked = task.checked {
                o.key("checked")
                o.raw(checked ? "true" : "false")
            }
            o.field("location", task.location)
            if !task.subtasks.isEmpty {
                o.key("subtasks")
                o.array(task.subtasks) { o, subtask in write(subtask, &o) }
            }
            o.optional("section", task.section)
        }
    }

    private func write(_ link: ImportedLink, _ out: inout Output) {
        out.object { o in
            o.field("kind", link.kind.rawValue)
            o.field("text", link.text)
            o.field("destination", link.destination)
            o.field("url", link.url)
            o.optional("title", link.title)
            o.field("location", link.location)
        }
    }

    private func write(_ suggestion: OrderingSuggestion, _ out: inout Output) {
        out.object { o in
            o.field("step", suggestion.step)
            o.field("stepID", suggestion.stepID)
            o.field("relation", suggestion.relation.rawValue)
            o.field("target", suggestion.target)
            o.optional("targetID", suggestion.targetID)
            o.optional("condition", suggestion.condition)
            o.field("sentence", suggestion.sentence)
            o.field("location", suggestion.location)
        }
    }

    private func write(_ diagnostic: Diagnostic, _ out: inout Output) {
        out.object { o in
            o.key("location")
            o.object { o in
                o.field("path", diagnostic.location.path)
                o.field("line", diagnostic.location.line)
                o.field("column", diagnostic.location.column)
            }
            o.field("severity", diagnostic.severity.rawValue)
            o.field("identifier", diagnostic.identifier.rawValue)
            o.field("message", diagnostic.message)
            o.optional("hint", diagnostic.hint)
            o.optional("messageFrench", diagnostic.messageFrench)
            o.optional("hintFrench", diagnostic.hintFrench)
        }
    }

    /// A byte buffer with JSON punctuation handled: commas between members, escapes in strings.
    private struct Output {
        var bytes: [UInt8] = []
        private var needsComma = false

        mutating func raw(_ text: StaticString) {
            text.withUTF8Buffer { bytes.append(contentsOf: $0) }
            needsComma = true
        }

        mutating func key(_ name: StaticString) {
            if needsComma { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            name.withUTF8Buffer { bytes.append(contentsOf: $0) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: ":"))
            needsComma = false
        }

        mutating func field(_ name: StaticString, _ value: String) {
            key(name)
            string(value)
        }

        mutating func field(_ name: StaticString, _ value: Int) {
            key(name)
            digits(value)
            needsComma = true
        }

        /// A location as `path:line:column`.
        mutating func field(_ name: StaticString, _ location: SourceLocation) {
            key(name)
            string(location.path, closing: false)
            bytes.append(UInt8(ascii: ":"))
            digits(location.line)
            bytes.append(UInt8(ascii: ":"))
            digits(location.column)
            bytes.append(UInt8(ascii: "\""))
            needsComma = true
        }

        mutating func digits(_ value: Int) {
            if value < 0 {
                bytes.append(contentsOf: String(value).utf8)
                return
            }
            if value >= 10 { digits(value / 10) }
            bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
        }

        mutating func optional(_ name: StaticString, _ value: String?) {
            if let value { field(name, value) }
        }

        mutating func object(_ body: (inout Output) -> Void) {
            if needsComma { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "{"))
            needsComma = false
            body(&self)
            bytes.append(UInt8(ascii: "}"))
            needsComma = true
        }

        mutating func array<Element>(_ elements: [Element], _ body: (inout Output, Element) -> Void) {
            bytes.append(UInt8(ascii: "["))
            needsComma = false
            for element in elements { body(&self, element) }
            bytes.append(UInt8(ascii: "]"))
            needsComma = true
        }

        mutating func string(_ value: String, closing: Bool = true) {
            if needsComma { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            var value = value
            value.withUTF8 { utf8 in
                var start = 0
                for index in 0..<utf8.count {
                    let byte = utf8[index]
                    guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                    start = index + 1
                    bytes.append(UInt8(ascii: "\\"))
                    switch byte {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                    case 0x0A: bytes.append(UInt8(ascii: "n"))
                    case 0x0D: bytes.append(UInt8(ascii: "r"))
                    case 0x09: bytes.append(UInt8(ascii: "t"))
                    default:
                        let hex: [UInt8] = Array("0123456789abcdef".utf8)
                        bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                    }
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
            }
            if closing { bytes.append(UInt8(ascii: "\"")) }
            needsComma = true
        }
    }
}

extension ImportJSONWriter {
    /// Compact JSON laid out one member per line, two spaces per level, for people to read.
    /// Iterative, so any depth works.
    public static func indented(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count * 2)
        var depth = 0
        var inString = false
        var escaped = false
        func newline() {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: depth * 2))
        }
        var index = 0
        while index < json.count {
            let byte = json[index]
            if inString {
                out.append(byte)
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                out.append(byte)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                out.append(byte)
                // empty containers stay on one line
                if index + 1 < json.count, json[index + 1] == UInt8(ascii: "}") || json[index + 1] == UInt8(ascii: "]") {
                    out.append(json[index + 1])
                    index += 2
                    continue
                }
                depth += 1
                newline()
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth = max(0, depth - 1)
                newline()
                out.append(byte)
            case UInt8(ascii: ","):
                out.append(byte)
                newline()
            case UInt8(ascii: ":"):
                out.append(byte)
                out.append(0x20)
            default:
                out.append(byte)
            }
            index += 1
        }
        out.append(0x0A)
        return out
    }
}
