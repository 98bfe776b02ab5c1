internal import SetupGuideModel
internal import SetupGuideParsing

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
        values[key] = Self.scalar(UnsafeBufferPointer(rebasing: line[start..<end]))
    }

    subscript(_ key: String) -> String? {
        guard let value = values[key], !value.isEmpty else { return nil }
        return value
    }

    /// A plain or quoted YAML scalar, quotes removed and simple escapes undone.
    private static func scalar(_ text: UnsafeBufferPointer<UInt8>) -> String {
        guard let quote = text.first, quote == 0x22 || quote == 0x27 else {
            // a plain scalar stops at a comment
            var end = text.count
            for index in 1..<max(1, text.count) where text[index] == 0x23 && text[index - 1] == 0x20 {
                end = index - 1
                break
            }
            return String(decoding: UnsafeBufferPointer(rebasing: text[0..<end]), as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var index = 1
        while index < text.count {
            let byte = text[index]
            if byte == quote {
                // '' is a quote inside single quotes
                if quote == 0x27, index + 1 < text.count, text[index + 1] == 0x27 {
                    out.append(0x27)
                    index += 2
                    continue
                }
                break
            }
            if quote == 0x22, byte == 0x5C, index + 1 < text.count {
                switch text[index + 1] {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                default: out.append(text[index + 1])
                }
                index += 2
                continue
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
