import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// Checks the `{{> name}}` tags of a set of templates before anything is rendered: Mustache
/// writes nothing for a partial it cannot find, and recurses until the stack runs out when a
/// partial includes itself, so both become template errors with the file and line.
struct PartialChecker {
    /// A partial tag and where it is.
    struct Reference {
        var name: String
        var line: Int
        var column: Int
    }

    private static let pattern = try! NSRegularExpression(pattern: #"\{\{>\s*([^\s}]+)\s*\}\}"#)

    /// The partial tags in `text`, in order.
    static func references(in text: String) -> [Reference] {
        var result: [Reference] = []
        var lineStarts: [String.Index] = [text.startIndex]
        for index in text.indices where text[index] == "\n" { lineStarts.append(text.index(after: index)) }
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let whole = Range(match.range, in: text), let name = Range(match.range(at: 1), in: text) else { continue }
            let line = lineStarts.lastIndex { $0 <= whole.lowerBound } ?? 0
            let column = text.utf8.distance(from: lineStarts[line], to: whole.lowerBound) + 1
            result.append(Reference(name: String(text[name]), line: line + 1, column: column))
        }
        return result
    }

    /// Throws for the first partial that does not exist or leads back to a template including it.
    static func check(_ templates: [String: (text: String, file: String)]) throws(TemplateError) {
        let graph = templates.mapValues { references(in: $0.text) }
        for name in templates.keys.sorted() {
            let file = templates[name]!.file
            for reference in graph[name] ?? [] where templates[reference.name] == nil {
                throw TemplateError(
                    file: file, line: reference.line, column: reference.column,
                    message: "no template '\(reference.name)' for this partial: add \(reference.name).mustache",
                    frenchMessage: "aucun modèle '\(reference.name)' pour ce partiel : ajoutez \(reference.name).mustache")
            }
        }
        // depth-first search from each template; a name met again on the current path is a loop
        var finished: Set<String> = []
        func visit(_ name: String, path: [String]) throws(TemplateError) {
            if finished.contains(name) { return }
            for reference in graph[name] ?? [] {
                if reference.name == name || path.contains(reference.name) {
                    let loop = (path + [name, reference.name]).drop { $0 != reference.name }.joined(separator: " → ")
                    throw TemplateError(
                        file: templates[name]!.file, line: reference.line, column: reference.column,
                        message: "partials include each other without end: \(loop)",
                        frenchMessage: "des partiels s'incluent sans fin : \(loop)")
                }
                try visit(reference.name, path: path + [name])
            }
            finished.insert(name)
        }
        for name in templates.keys.sorted() { try visit(name, path: []) }
    }
}
