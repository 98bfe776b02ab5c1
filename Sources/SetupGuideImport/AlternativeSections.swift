internal import SetupGuideModel
internal import SetupGuideParsing

/// The two ways Microsoft Learn often gives for one step, in the admin centre and in
/// PowerShell, as sub-headings ("Use the Teams admin center" / "Use PowerShell") or as DocFX
/// tabs (`# [PowerShell](#tab/powershell)`): labelled as alternatives, so nobody ticks both.
///
/// When a step's sub-headings of one level include at least one portal way and one PowerShell
/// way, each of those headings gets "Alternative 1 of 2: " before its text and a sentence
/// before the first says to do the step one way. Other sub-headings are left as they are.
enum AlternativeSections {
    enum Way { case portal, powershell }

    /// Which way a heading names, from its words.
    static func way(of heading: String) -> Way? {
        let text = heading.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        if text.contains("powershell") { return .powershell }
        let portal = ["admin center", "admin centre", "centre d'administration", "portal", "portail"]
        return portal.contains(where: text.contains) ? .portal : nil
    }

    /// A DocFX tab heading: a heading whose only link points at `#tab/…`.
    static func isTabHeading(_ inlines: [MarkdownInline]) -> Bool {
        inlines.contains { inline in
            if case .link(let destination, _, _) = inline { return destination.hasPrefix("#tab/") }
            return false
        }
    }

    /// `body` with its alternative sub-headings labelled.
    static func labelled(_ body: ArraySlice<MarkdownBlock>, language: Language) -> ArraySlice<MarkdownBlock> {
        var byLevel: [Int: [(index: Int, way: Way)]] = [:]
        for index in body.indices {
            guard case .heading(let level, let inlines, _) = body[index].content, let way = way(of: inlines.plainText) else { continue }
            byLevel[level, default: []].append((index, way))
        }
        guard
            let group = byLevel.sorted(by: { $0.key < $1.key }).map(\.value).first(where: { headings in
                headings.contains { $0.way == .portal } && headings.contains { $0.way == .powershell }
            })
        else { return body }
        var out = Array(body)
        let offset = body.startIndex
        for (number, entry) in group.enumerated() {
            guard case .heading(let level, let inlines, let anchor) = out[entry.index - offset].content else { continue }
            let label = BilingualText("Alternative \(number + 1) of \(group.count): ", "Variante \(number + 1) sur \(group.count) : ")[language]
            out[entry.index - offset].content = .heading(level: level, inlines: [.text(label)] + inlines, anchor: anchor)
        }
        let first = group[0].index - offset
        let note = MarkdownBlock(
            .paragraph([.emphasis([.text(BilingualText(
                "Do this step one way only: in the admin centre or with PowerShell, not both.",
                "Faites cette étape d'une seule façon : dans le centre d'administration ou avec PowerShell, pas les deux.")[language])])]),
            at: out[first].position)
        out.insert(note, at: first)
        return out[...]
    }
}
