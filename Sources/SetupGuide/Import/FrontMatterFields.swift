/// The top-level `key: value` scalars of Microsoft Learn front matter that import reads.
///
/// Learn front matter is flat: scalars, plain or quoted, and a few lists. Reading it by hand,
/// on bytes and only for the keys wanted, keeps a folder of thousands of articles from paying
/// for a YAML parser (or even a `String` per line) per file; lists and nested values are skipped.
struct FrontMatterFields {
    /// The keys import uses.
    static let wanted: Set<String> = [
        "title", "description", "ms.date", "source", "original_content_git_url", "ms.contentlocale", "ms.locale",
        "locale", "lang",
    ]

    private(set) var values: [String: String] = [:]

    init(_ yaml: String) {
        var yaml = yaml
        yaml.withUTF8 { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                read(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
                lineStart = lineEnd + 1
            }
        }
    }

    private mutating func read(_ line: UnsafeBufferPointer<UInt8>) {
        // indented lines, list items and comments are not top-level scalars
        guard let first = line.first, first != 0x20, first != 0x09, first != 0x2D, first != 0x23, first != 0x0D else { return }
        guard let colon = line.firstIndex(of: 0x3A) else { return }
        var keyEnd = colon
        while keyEnd > 0, line[keyEnd - 1] == 0x20 || line[keyEnd - 1] == 0x09 { keyEnd -= 1 }
        let key = String(decoding: UnsafeBufferPointer(rebasing: line[0..<keyEnd]), as: UTF8.self)
        guard Self.wanted.contains(key), values[key] == nil else { return }
        var start = colon + 1
        var end = line.count
        while start < end, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
        while end > start, line[end - 1] == 0x20 || line[end - 1] == 0x09 || line[end - 1] == 0x0D { end -= 1 }
        values[key] = Self.scalar(String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self)[...])
    }

    subscript(_ key: String) -> String? {
        guard let value = values[key], !value.isEmpty else { return nil }
        return value
    }

    /// A plain or quoted YAML scalar, quotes removed and simple escapes undone.
    private static func scalar(_ text: Substring) -> String {
        guard let quote = text.first, quote == "\"" || quote == "'" else {
            // a plain scalar stops at a comment
            if let hash = text.firstRange(of: " #") { return String(text[..<hash.lowerBound]) }
            return String(text)
        }
        var out = ""
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == quote {
                // '' is a quote inside single quotes
                if quote == "'", next < text.endIndex, text[next] == "'" {
                    out.append("'")
                    index = text.index(after: next)
                    continue
                }
                break
            }
            if quote == "\"", character == "\\", next < text.endIndex {
                switch text[next] {
                case "n": out.append("\n")
                case "t": out.append("\t")
                default: out.append(text[next])
                }
                index = text.index(after: next)
                continue
            }
            out.append(character)
            index = next
        }
        return out
    }
}
