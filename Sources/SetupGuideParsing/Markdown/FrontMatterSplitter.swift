internal import SetupGuideModel
internal import SetupGuidePlanning

/// Cuts YAML front matter off the top of a file, working on bytes so that `\r\n` counts as one
/// line end and positions stay exact.
enum FrontMatterSplitter {
    struct Split {
        var frontMatter: FrontMatter?
        /// Byte offset where the Markdown body starts.
        var bodyStart: Int
        /// File line of the body's first line.
        var bodyFirstLine: Int
    }

    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> Split {
        var start = 0
        // a UTF-8 byte order mark is not part of the text
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        guard let firstEnd = lineEnd(bytes, from: start), isFence(bytes, start, firstEnd.contentEnd, "-") else {
            return Split(frontMatter: nil, bodyStart: start, bodyFirstLine: 1)
        }
        var line = 2
        var cursor = firstEnd.next
        let yamlStart = cursor
        while cursor < bytes.count, let end = lineEnd(bytes, from: cursor) {
            if isFence(bytes, cursor, end.contentEnd, "-") || isFence(bytes, cursor, end.contentEnd, ".") {
                let yaml = String(decoding: UnsafeBufferPointer(rebasing: bytes[yamlStart..<cursor]), as: UTF8.self)
                return Split(
                    frontMatter: FrontMatter(yaml: yaml, firstLine: 2), bodyStart: end.next, bodyFirstLine: line + 1)
            }
            cursor = end.next
            line += 1
        }
        // an opening fence that never closes is not front matter: cmark reads it as a break
        return Split(frontMatter: nil, bodyStart: start, bodyFirstLine: 1)
    }

    /// The end of the line starting at `from`: where its content stops and where the next begins.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (contentEnd: Int, next: Int)? {
        guard from < bytes.count else { return nil }
        var i = from
        while i < bytes.count {
            if bytes[i] == 0x0A {
                let contentEnd = i > from && bytes[i - 1] == 0x0D ? i - 1 : i
                return (contentEnd, i + 1)
            }
            i += 1
        }
        return (bytes.count, bytes.count)
    }

    /// Whether the line is exactly three fence characters, trailing spaces allowed.
    private static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ char: Character)
        -> Bool
    {
        let c = char.asciiValue!
        var last = end
        while last > start, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 { last -= 1 }
        return last - start == 3 && bytes[start] == c && bytes[start + 1] == c && bytes[start + 2] == c
    }
}
