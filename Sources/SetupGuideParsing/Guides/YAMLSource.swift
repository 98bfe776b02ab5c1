import Foundation
internal import Yams
internal import SetupGuideModel
internal import SetupGuidePlanning

/// YAML text taken from somewhere inside a file, so that Yams's marks become file locations.
struct YAMLSource {
    /// The file.
    var path: String
    /// The YAML.
    var text: String
    /// The file line of the YAML's first line.
    var firstLine: Int
    /// The file column where the YAML's first line starts (1 unless it shares a line).
    var firstColumn: Int = 1

    /// The text of a YAML file, or the diagnostic at its first line when it cannot be read or is
    /// not UTF-8: the one place the content's YAML files are read from disk.
    static func readText(_ url: URL, path: String, _ message: BilingualText, hint: BilingualText) throws(ContentError) -> String {
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw ContentError(Diagnostic(.unreadableFile, at: SourceLocation(path: path, line: 1, column: 1), message, hint: hint))
        }
        return text
    }

    /// A YAML file read and parsed with `parse`, or `empty` and the diagnostic when it cannot be
    /// read: for the tables that keep what is usable rather than fail.
    static func readParsed<Value>(
        _ url: URL, path: String, _ message: BilingualText, hint: BilingualText, empty: Value,
        _ parse: (String, String) -> (Value, [Diagnostic])
    ) -> (Value, [Diagnostic]) {
        do {
            return parse(try readText(url, path: path, message, hint: hint), path)
        } catch {
            return (empty, [error.diagnostic])
        }
    }

    /// Yams's default encoding, looked up once: `Parser.Encoding.default` reads the whole process
    /// environment (for `YAMS_DEFAULT_ENCODING`) on every call, a tenth of the time of a guide.
    private static let encodingName = Parser.Encoding.default.rawValue
    private static var encoding: Parser.Encoding { Parser.Encoding(rawValue: encodingName) ?? .utf8 }

    /// Parses the text into a node; a syntax error becomes a diagnostic at its place. The parser's
    /// own description of the error stays in English in both wordings.
    func compose(_ identifier: DiagnosticID, hint: BilingualText) -> Result<Node?, ContentError> {
        if let deep = YAMLNesting.firstTooDeep(text) {
            return .failure(
                ContentError(
                    Diagnostic(
                        .tooDeep, at: fileLocation(line: deep.line, utf8Column: deep.column),
                        .init("the YAML is nested more than \(YAMLNesting.limit) levels deep here",
                              "le YAML est imbriqué sur plus de \(YAMLNesting.limit) niveaux ici"),
                        hint: .init("flatten the lists and mappings", "réduisez l'imbrication des listes et des dictionnaires"))))
        }
        do {
            // the basic resolver tags nothing: we read every scalar as text, and it skips a regex per scalar
            return .success(try Yams.compose(yaml: text, Resolver.basic, .default, Self.encoding))
        } catch let error as YamlError {
            let (problem, mark) = Self.describe(error)
            return .failure(
                ContentError(
                    Diagnostic(identifier, at: mark.map(location) ?? location(line: 1, column: 1), problem, hint: hint)))
        } catch {
            return .failure(
                ContentError(Diagnostic(identifier, at: location(line: 1, column: 1), .init("\(error)", "\(error)"), hint: hint)))
        }
    }

    /// A file location from a YAML line and a byte column.
    func fileLocation(line: Int, utf8Column: Int) -> SourceLocation {
        SourceLocation(path: path, line: firstLine + line - 1, column: line == 1 ? utf8Column + firstColumn - 1 : utf8Column)
    }

    func location(_ mark: Mark) -> SourceLocation { location(line: mark.line, column: mark.column) }

    /// The location of a node, or of the YAML's start when Yams gives none.
    func location(of node: Node) -> SourceLocation {
        node.mark.map(location) ?? location(line: 1, column: 1)
    }

    /// Converts a YAML line and Unicode-scalar column into a file line and UTF-8 column.
    func location(line: Int, column: Int) -> SourceLocation {
        var utf8Column = column
        if let bytes = utf8ColumnOffset(line: line, scalars: max(0, column - 1)) { utf8Column = bytes + 1 }
        let fileColumn = line == 1 ? utf8Column + firstColumn - 1 : utf8Column
        return SourceLocation(path: path, line: firstLine + line - 1, column: fileColumn)
    }

    /// The UTF-8 length of the first `scalars` Unicode scalars of line `line` (1-based), stopping
    /// at the line's end; `nil` when the text has fewer lines. It walks the UTF-8 bytes, not
    /// Characters: a decoder asks for a location per node, and the country catalogue has
    /// hundreds of them.
    private func utf8ColumnOffset(line: Int, scalars: Int) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            var start = 0
            var current = 1
            while current < line {
                guard let newline = bytes[start...].firstIndex(of: 0x0A) else { return nil }
                start = newline + 1
                current += 1
            }
            // A scalar starts at every byte that is not a continuation byte (10xxxxxx).
            var index = start
            var seen = 0
            while index < bytes.count, bytes[index] != 0x0A {
                if bytes[index] & 0xC0 != 0x80 {
                    if seen == scalars { break }
                    seen += 1
                }
                index += 1
            }
            return index - start
        }
    }

    private static func describe(_ error: YamlError) -> (BilingualText, Mark?) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.joined(separator: ": ")
            return (.init("invalid YAML: \(text)", "YAML invalide : \(text)"), mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (.init("the key '\(duplicates.joined(separator: "', '"))' appears twice",
                          "la clé « \(duplicates.joined(separator: " », « ")) » apparaît deux fois"), context.mark)
        default:
            return (.init("invalid YAML: \(error)", "YAML invalide : \(error)"), nil)
        }
    }
}

extension Node {
    /// The scalar's text, for scalars.
    var text: String? { scalar?.string }

    /// The pairs of a mapping with string keys, in the order written.
    var pairs: [(key: String, keyNode: Node, value: Node)]? {
        guard let mapping else { return nil }
        return mapping.compactMap { pair in pair.key.text.map { ($0, pair.key, pair.value) } }
    }

    /// A scalar or a sequence of scalars, as a list of strings.
    var stringList: [String]? {
        if let text { return [text] }
        guard let sequence else { return nil }
        let values = sequence.compactMap(\.text)
        return values.count == sequence.count ? values : nil
    }
}
