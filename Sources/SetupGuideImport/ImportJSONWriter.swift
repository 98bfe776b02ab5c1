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
        var out = JSONOutput(capacity: 4096)
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

    private func write(_ step: ImportedStep, _ out: inout JSONOutput) {
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

    private func write(_ task: ImportedTask, _ out: inout JSONOutput) {
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

    private func write(_ link: ImportedLink, _ out: inout JSONOutput) {
        out.object { o in
            o.field("kind", link.kind.rawValue)
            o.field("text", link.text)
            o.field("destination", link.destination)
            o.field("url", link.url)
            o.optional("title", link.title)
            o.field("location", link.location)
        }
    }

    private func write(_ suggestion: OrderingSuggestion, _ out: inout JSONOutput) {
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

    private func write(_ diagnostic: Diagnostic, _ out: inout JSONOutput) {
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
}

/// The members the import writes, on the package's one JSON writer.
extension JSONOutput {
    fileprivate mutating func field(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    fileprivate mutating func field(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    /// A location as `path:line:column`.
    fileprivate mutating func field(_ name: StaticString, _ location: SourceLocation) {
        key(name)
        string("\(location.path):\(location.line):\(location.column)")
    }

    fileprivate mutating func optional(_ name: StaticString, _ value: String?) {
        if let value { field(name, value) }
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
