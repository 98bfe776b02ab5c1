/// The top-level `key: value` scalars of Microsoft Learn front matter.
///
/// Learn front matter is flat: scalars, plain or quoted, and a few lists. Reading it by hand
/// keeps a folder of thousands of articles from paying for a YAML parser per file; lists and
/// nested values are skipped.
struct FrontMatterFields {
    private(set) var values: [String: String] = [:]

    init(_ yaml: String) {
        for rawLine in yaml.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            guard let first = rawLine.first, first != " ", first != "\t", first != "-", first != "#" else { continue }
            guard let colon = rawLine.firstIndex(of: ":") else { continue }
            let key = String(rawLine[..<colon].trimmingBlanks())
            guard !key.isEmpty else { continue }
            let value = Self.scalar(rawLine[rawLine.index(after: colon)...].trimmingBlanks())
            if values[key] == nil { values[key] = value }
        }
    }

    subscript(_ key: String) -> String? {
        guard let value = values[key], !value.isEmpty else { return nil }
        return value
    }

    /// A plain or quoted YAML scalar, quotes removed and simple escapes undone.
    private static func scalar(_ text: Substring) -> String {
        guard let quote = text.first, quote == "\"" || quote == "'" else {
            // a plain scalar stops at a comment
            if let hash = text.range(of: " #") { return String(text[..<hash.lowerBound]) }
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

extension Substring {
    fileprivate func trimmingBlanks() -> Substring {
        let set = " \t"
        var start = startIndex
        var end = endIndex
        while start < end, set.contains(self[start]) { start = index(after: start) }
        while end > start, set.contains(self[index(before: end)]) { end = index(before: end) }
        return self[start..<end]
    }
}
