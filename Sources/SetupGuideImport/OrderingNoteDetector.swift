internal import SetupGuideModel
internal import SetupGuideParsing

/// Finds ordering notes written in prose, such as "si vous êtes en dehors des États-Unis,
/// procédez d'abord comme Étape 3, puis effectuez étape 2", and turns them into suggested rules.
///
/// A sentence counts when it names another step by number and holds an ordering word
/// (fr: d'abord, avant, après, puis; en: first, before, after, then). The result is only a
/// suggestion: the author confirms it and writes the country condition.
struct OrderingNoteDetector {
    /// A step as the detector needs it.
    struct StepInfo {
        var number: Int
        var id: String
        var body: ArraySlice<MarkdownBlock>
    }

    var path: String

    func suggestions(for steps: [StepInfo]) -> [OrderingSuggestion] {
        let ids = Dictionary(steps.map { ($0.number, $0.id) }, uniquingKeysWith: { first, _ in first })
        var out: [OrderingSuggestion] = []
        var seen: Set<String> = []
        for step in steps {
            forEachText(in: step.body) { text, position in
                for sentence in Self.sentences(text) {
                    for found in suggestions(in: sentence, step: step.number) where ids[found.target] != nil {
                        let key = "\(step.number)|\(found.relation)|\(found.target)"
                        guard seen.insert(key).inserted else { continue }
                        out.append(
                            OrderingSuggestion(
                                step: step.number, stepID: step.id, relation: found.relation, target: found.target,
                                targetID: ids[found.target], condition: found.condition, sentence: sentence,
                                location: SourceLocation(path: path, line: position.line, column: position.column)))
                    }
                }
            }
        }
        return out
    }

    /// Calls `body` with the plain text of every paragraph-like block that may name a step.
    private func forEachText(in blocks: some Collection<MarkdownBlock>, _ body: (String, SourcePosition) -> Void) {
        for block in blocks {
            switch block.content {
            case .paragraph(let inlines), .box(let inlines):
                // a cheap look at the text runs first: most paragraphs name no step
                if Self.mayMentionStep(inlines) { body(inlines.plainText, block.position) }
            case .list(let list): for item in list.items { forEachText(in: item.blocks, body) }
            case .callout(_, let children), .quote(let children): forEachText(in: children, body)
            default: break
            }
        }
    }

    private static func mayMentionStep(_ inlines: [MarkdownInline]) -> Bool {
        for inline in inlines {
            switch inline {
            case .text(let text): if mayMentionStep(text) { return true }
            case .emphasis(let children), .strong(let children), .link(_, _, let children):
                if mayMentionStep(children) { return true }
            default: break
            }
        }
        return false
    }

    /// Whether `text` holds "tep" (step) or "tap" (étape), in any case.
    private static func mayMentionStep(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            var index = 0
            let end = bytes.count - 2
            while index < end {
                if bytes[index] | 0x20 == UInt8(ascii: "t"), bytes[index + 2] | 0x20 == UInt8(ascii: "p") {
                    let middle = bytes[index + 1] | 0x20
                    if middle == UInt8(ascii: "e") || middle == UInt8(ascii: "a") { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// Sentences end at `.`, `?` or `!` followed by a space.
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if character == " " || character == "\u{00A0}", ".?!".contains(previous) {
                let trimmed = current.trimmingUnicodeWhitespace()
                if !trimmed.isEmpty { out.append(trimmed) }
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        let trimmed = current.trimmingUnicodeWhitespace()
        if !trimmed.isEmpty { out.append(trimmed) }
        return out
    }

    struct Found: Equatable {
        var relation: OrderingRule.Relation
        var target: Int
        var condition: String?
    }

    private enum Word {
        case first, before, after, then
    }

    private static let words: [(String, Word)] = [
        ("d'abord", .first), ("first", .first), ("avant", .before), ("before", .before), ("après", .after),
        ("apres", .after), ("after", .after), ("puis", .then), ("then", .then), ("ensuite", .then),
    ]
    private static let conditionWords = ["si", "s'il", "if", "when", "lorsque", "quand", "unless", "sauf"]

    /// The rules one sentence suggests for step `step`.
    func suggestions(in sentence: String, step: Int) -> [Found] {
        guard Self.mayMentionStep(sentence) else { return [] }
        let original = Array(sentence)
        let lower: [Character] = original.map { character in
            switch character {
            case "\u{2019}", "\u{02BC}", "`": return "'"
            case "\u{00A0}", "\u{202F}", "\u{2009}", "\t": return " "
            default:
                let lowered = character.lowercased()
                return lowered.count == 1 ? Character(lowered) : character
            }
        }
        let mentions = Self.stepMentions(lower)
        let others = mentions.filter { $0.number != step }
        guard !others.isEmpty else { return [] }
        let selfMention = mentions.first { $0.number == step }
        var orderWords: [(Word, Int)] = []
        for (word, kind) in Self.words {
            for offset in Self.occurrences(of: Array(word), in: lower) { orderWords.append((kind, offset)) }
        }
        guard !orderWords.isEmpty else { return [] }
        var out: [Found] = []
        var targets: Set<Int> = []
        for mention in others where targets.insert(mention.number).inserted {
            guard let relation = Self.relation(of: mention.offset, selfAt: selfMention?.offset, words: orderWords) else { continue }
            out.append(Found(relation: relation, target: mention.number, condition: Self.condition(original, lower, before: mention.offset)))
        }
        return out
    }

    /// Whether this step goes before or after the step mentioned at `target`.
    private static func relation(of target: Int, selfAt: Int?, words: [(Word, Int)]) -> OrderingRule.Relation? {
        let has = { (kind: Word) in words.contains { $0.0 == kind } }
        // "do step 3 first, then step 2": the order of the two mentions decides
        if let selfAt, has(.first) || has(.then) {
            return target < selfAt ? .after : .before
        }
        // "before step 3" / "after step 3": an ordering word right in front of the mention decides
        let inFront = words.filter { ($0.0 == .before || $0.0 == .after) && $0.1 < target && target - $0.1 <= 30 }
            .max { $0.1 < $1.1 }
        if let (kind, _) = inFront { return kind == .before ? .before : .after }
        // "complete step 3 first"; a lone "then" is too weak ("then follow step 3 of that article")
        if has(.first) { return .after }
        return nil
    }

    /// "étape 3", "l'étape 3", "step 3": the number and where the word starts.
    private static func stepMentions(_ lower: [Character]) -> [(number: Int, offset: Int)] {
        var out: [(number: Int, offset: Int)] = []
        for word in [Array("étape"), Array("etape"), Array("step")] {
            for offset in occurrences(of: word, in: lower, wordEndRequired: false) {
                var index = offset + word.count
                while index < lower.count, lower[index] == " " { index += 1 }
                var number = 0
                var digits = 0
                while index < lower.count, let value = lower[index].wholeNumberValue, lower[index].isASCII, digits < 4 {
                    number = number * 10 + value
                    index += 1
                    digits += 1
                }
                if digits > 0 { out.append((number, offset)) }
            }
        }
        return out.sorted { $0.offset < $1.offset }
    }

    /// Offsets where `word` starts as a whole word.
    private static func occurrences(of word: [Character], in text: [Character], wordEndRequired: Bool = true) -> [Int] {
        guard word.count <= text.count else { return [] }
        var out: [Int] = []
        var index = 0
        while index + word.count <= text.count {
            if text[index] == word[0], Array(text[index..<(index + word.count)]) == word {
                let startsWord = index == 0 || !text[index - 1].isLetter
                let end = index + word.count
                let endsWord = !wordEndRequired || end == text.count || !text[end].isLetter
                if startsWord && endsWord { out.append(index) }
            }
            index += 1
        }
        return out
    }

    /// The clause opening with "si"/"if"/"when" before the mention, up to its comma.
    private static func condition(_ original: [Character], _ lower: [Character], before limit: Int) -> String? {
        var best: Int?
        for word in conditionWords {
            for offset in occurrences(of: Array(word), in: lower) where offset < limit {
                if best == nil || offset > best! { best = offset }
            }
        }
        guard let start = best else { return nil }
        var end = start
        while end < limit, original[end] != "," { end += 1 }
        let text = String(original[start..<end]).trimmingUnicodeWhitespace()
        return text.isEmpty ? nil : text
    }
}
