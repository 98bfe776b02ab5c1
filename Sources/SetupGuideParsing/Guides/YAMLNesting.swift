internal import SetupGuideModel

/// How deep a YAML text may nest before it is composed.
///
/// Yams builds and frees its node tree by recursion, so `[[[[…` forty thousand deep in a step
/// comment or an answers file would exhaust any thread's stack. This scan runs first, on the
/// bytes, without recursion. It finds an upper bound of the nesting at each point: the flow
/// brackets open (`[`, `{`, outside quotes and comments), plus the block levels (each deeper
/// indentation of a line opens at most one, each compact `- ` or `? ` at the start of a line one
/// more). Real annotations, answers and catalogues nest four or five levels.
enum YAMLNesting {
    /// The most levels a YAML text may nest (README, "Limits").
    static let limit = 64

    /// The 1-based line and column (in bytes) where the bound first passes `limit`, or `nil`.
    ///
    /// Where it may misread the YAML it errs towards more depth: a quote opens a scalar only
    /// where YAML starts one, and the lines of a `|` or `>` block scalar are skipped.
    static func firstTooDeep(_ text: String, limit: Int = limit) -> (line: Int, column: Int)? {
        var text = text
        return text.withUTF8 { bytes -> (line: Int, column: Int)? in
            var indents: [Int] = []
            var flow = 0
            var quote: UInt8? = nil
            var blockScalarParent: Int? = nil
            var line = 1
            var index = 0
            let count = bytes.count
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
            while index < count {
                defer { line += 1 }
                var end = index
                while end < count, bytes[end] != 0x0A { end += 1 }
                defer { index = end + 1 }
                var position = index
                var expectingScalar = quote == nil
                if quote == nil, flow == 0 {
                    var indent = 0
                    while position < end, bytes[position] == 0x20 { indent += 1; position += 1 }
                    let blank = position >= end || bytes[position] == 0x23 || bytes[position] == 0x0D
                    if let parent = blockScalarParent {
                        if blank || indent > parent { continue }
                        blockScalarParent = nil
                    }
                    if blank { continue }
                    while let last = indents.last, last >= indent { indents.removeLast() }
                    indents.append(indent)
                    // compact nesting: "- - - x", "? - x"
                    var compact = 0
                    while position + 1 < end, bytes[position] == 0x2D || bytes[position] == 0x3F, isSpace(bytes[position + 1]) {
                        compact += 1
                        position += 2
                        while position < end, isSpace(bytes[position]) { position += 1 }
                    }
                    if indents.count + compact > limit { return (line, position - index + 1) }
                }
                let base = indents.count + 1
                var previous: UInt8 = 0x20
                while position < end {
                    let byte = bytes[position]
                    if let open = quote {
                        if open == 0x22, byte == 0x5C {
                            position += 2
                            continue
                        }
                        if byte == open {
                            // '' inside single quotes is an escaped quote
                            if open == 0x27, position + 1 < end, bytes[position + 1] == 0x27 {
                                position += 2
                                continue
                            }
                            quote = nil
                        }
                        position += 1
                        continue
                    }
                    switch byte {
                    case 0x22 where expectingScalar, 0x27 where expectingScalar:
                        quote = byte
                    case 0x23 where isSpace(previous):
                        position = end
                        continue
                    case 0x5B, 0x7B:
                        flow += 1
                        if base + flow > limit { return (line, position - index + 1) }
                        expectingScalar = true
                    case 0x5D, 0x7D:
                        flow = max(0, flow - 1)
                        expectingScalar = false
                    case 0x2C where flow > 0:
                        expectingScalar = true
                    case 0x2D, 0x3F, 0x3A:
                        // an indicator when a space follows, or in flow for ':'
                        let next = position + 1 < end ? bytes[position + 1] : 0x20
                        expectingScalar = isSpace(next) || (flow > 0 && byte == 0x3A)
                    case 0x20, 0x09, 0x0D:
                        break
                    default:
                        expectingScalar = false
                    }
                    previous = byte
                    position += 1
                }
                // a block scalar's lines are text, whatever they hold
                if quote == nil, flow == 0, blockIndicatorEnds(bytes, from: index, to: end) {
                    blockScalarParent = indents.last ?? 0
                }
            }
            return nil
        }
    }

    /// Whether the line's last word is a block scalar header such as `|-`, `>+` or `|2`.
    private static func blockIndicatorEnds(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var last = end
        while last > start, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 || bytes[last - 1] == 0x0D { last -= 1 }
        var first = last
        while first > start, bytes[first - 1] != 0x20, bytes[first - 1] != 0x09 { first -= 1 }
        guard first < last, bytes[first] == 0x7C || bytes[first] == 0x3E, last - first <= 3 else { return false }
        return bytes[(first + 1)..<last].allSatisfy { $0 == 0x2B || $0 == 0x2D || (0x31...0x39).contains($0) }
    }
}
