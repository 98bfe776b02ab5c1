public import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning

/// Parses Markdown as Microsoft Learn (DocFX) writes it into a ``MarkdownDocument``.
///
/// Front matter is cut off before cmark sees the text, and positions still count from the top
/// of the file. DocFX forms (alerts, anchors, one-cell tables, task markers) are recognised.
public struct MarkdownParser: Sendable {
    /// How many lists, block quotes, emphases and links may enclose one another. Real articles
    /// nest a handful; past this, the too-deep part is kept as plain text and the document gets
    /// a `too-deep` diagnostic (README, "Limits").
    public static let maxNesting = 64

    /// Creates a parser.
    public init() {}

    /// Parses text already in memory.
    public func parse(_ text: String, path: String) -> MarkdownDocument {
        var text = text
        return text.withUTF8 { parse(bytes: $0, path: path) }
    }

    /// Parses UTF-8 bytes.
    public func parse(bytes: UnsafeBufferPointer<UInt8>, path: String) -> MarkdownDocument {
        let split = FrontMatterSplitter.split(bytes)
        let body = UnsafeBufferPointer(rebasing: bytes[split.bodyStart...])
        let raw = CommonMarkConverter(lineOffset: split.bodyFirstLine - 1).convert(body)
        var diagnostics: [Diagnostic] = []
        if let deep = raw.tooDeep {
            diagnostics.append(Self.tooDeep(at: SourceLocation(path: path, line: deep.line, column: deep.column)))
        }
        return MarkdownDocument(
            path: path, frontMatter: split.frontMatter, blocks: DocFXNormalizer.normalize(raw.blocks),
            diagnostics: diagnostics)
    }

    /// The diagnostic for Markdown nested past ``maxNesting``.
    package static func tooDeep(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .tooDeep, at: location,
            .init("lists, quotes, emphasis or links are nested more than \(maxNesting) levels deep here",
                  "des listes, citations, mises en valeur ou liens sont imbriqués sur plus de \(maxNesting) niveaux ici"),
            hint: .init("flatten the nesting; the deeper part is read as plain text",
                        "réduisez l'imbrication ; la partie trop profonde est lue comme du texte simple"))
    }

    /// Reads and parses a file. The error names the file when it cannot be read or is not UTF-8.
    public func parseFile(at url: URL, displayPath: String? = nil) throws -> MarkdownDocument {
        let path = displayPath ?? url.path
        let data = try Self.readUTF8File(at: url, path: path)
        return data.withUnsafeBytes { raw in
            parse(bytes: raw.bindMemory(to: UInt8.self), path: path)
        }
    }

    /// The bytes of the file at `url`; a ``ContentError`` naming `path` (and the line and column of
    /// the first bad byte) when it cannot be read or is not UTF-8. Guides and imported articles
    /// are read through here alike.
    package static func readUTF8File(at url: URL, path: String) throws -> Data {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ContentError(
                Diagnostic(.unreadableFile, at: SourceLocation(path: path, line: 1, column: 1),
                           .init("cannot read the file", "impossible de lire le fichier"),
                           hint: .init("check that it exists and can be read", "vérifiez qu'il existe et qu'il peut être lu")))
        }
        if let bad = firstInvalidUTF8(data) {
            throw ContentError(
                Diagnostic(.unreadableFile, at: SourceLocation(path: path, line: bad.line, column: bad.column),
                           .init("the file is not valid UTF-8", "le fichier n'est pas en UTF-8 valide"),
                           hint: .init("save it as UTF-8", "enregistrez-le en UTF-8")))
        }
        return data
    }

    /// The line and column of the first byte that is not valid UTF-8, if any.
    static func firstInvalidUTF8(_ data: Data) -> SourcePosition? {
        if data.withUnsafeBytes({ isValidUTF8($0.bindMemory(to: UInt8.self)) }) { return nil }
        let bytes = [UInt8](data)
        var line = 1
        var lineStart = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            let length: Int =
                switch byte {
                case 0x00...0x7F: 1
                case 0xC2...0xDF: 2
                case 0xE0...0xEF: 3
                case 0xF0...0xF4: 4
                default: 0
                }
            let valid =
                length > 0 && i + length <= bytes.count
                && bytes[(i + 1)..<(i + length)].allSatisfy { $0 & 0xC0 == 0x80 }
            if !valid { return SourcePosition(line: line, column: i - lineStart + 1) }
            if byte == 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += length
        }
        // overlong or surrogate forms: the strict check refused the data, so point at its start
        return SourcePosition(line: 1, column: 1)
    }
}

extension MarkdownParser {
    /// Whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
                index + offset < count && range.contains(bytes[index + offset])
            }
            switch byte {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                index += 2
            case 0xE0:
                guard continuation(1, 0xA0...0xBF), continuation(2) else { return false }
                index += 3
            case 0xE1...0xEC, 0xEE...0xEF:
                guard continuation(1), continuation(2) else { return false }
                index += 3
            case 0xED:
                guard continuation(1, 0x80...0x9F), continuation(2) else { return false }
                index += 3
            case 0xF0:
                guard continuation(1, 0x90...0xBF), continuation(2), continuation(3) else { return false }
                index += 4
            case 0xF1...0xF3:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                index += 4
            case 0xF4:
                guard continuation(1, 0x80...0x8F), continuation(2), continuation(3) else { return false }
                index += 4
            default:
                return false
            }
        }
        return true
    }
}
