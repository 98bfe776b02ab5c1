import Foundation
import SetupGuide
import Testing

@Suite("Import: guide output")
struct ImportGuideWriterTests {
    /// Writes the article as a guide and loads it back as lint would.
    private static func roundTrip(_ article: ImportedArticle) -> (Guide?, [Diagnostic]) {
        let text = GuideWriter(baseURL: Articles.baseURL).write(article)
        let document = MarkdownParser().parse(text, path: "imported.md")
        let loaded = GuideLoader().load(document)
        guard let guide = loaded.guide else { return (nil, loaded.diagnostics) }
        let content = ContentSet(countries: CountryCatalogue([]), guides: [guide], diagnostics: loaded.diagnostics)
        return (guide, Linter().lint(content))
    }

    @Test("Every fixture round-trips through GuideLoader and passes lint but for unverified steps",
          arguments: Articles.prefixes)
    func fixtureRoundTrip(prefix: String) throws {
        try Self.checkRoundTrip(try Articles.article(prefix))
    }

    /// The guide written for `article` loads with the same steps and tasks (the corpus does the same).
    static func checkRoundTrip(_ article: ImportedArticle) throws {
        let (guide, diagnostics) = roundTrip(article)
        let loaded = try #require(guide)
        #expect(loaded.steps.map(\.id) == article.steps.map(\.id))
        #expect(loaded.steps.map(\.title) == article.steps.map(\.heading))
        #expect(loaded.language == .french)
        #expect(loaded.title == article.title)
        #expect(diagnostics.filter { $0.identifier != .unverifiedStep }.isEmpty, "\(diagnostics)")
        #expect(diagnostics.count == article.steps.count)
        // the tasks survive: re-importing the guide finds the same ones
        let again = ArticleImporter().importArticle(text: GuideWriter().write(article), path: "again.md")
        #expect(again.steps.map { $0.allTasks.map(\.text) } == article.steps.map { $0.allTasks.map(\.text) })
        #expect(again.steps.map { $0.callouts.map(\.kind) } == article.steps.map { $0.callouts.map(\.kind) })
    }

    @Test("Front matter and the ordering suggestion as comments")
    func fixture001Text() throws {
        let text = GuideWriter(baseURL: Articles.baseURL).write(try Articles.article("001"))
        #expect(text.hasPrefix("---\nguide: mettre-en-service-les-forfaits-d-appels\nlang: fr\ntitle: \"Mettre en service les forfaits d'appels Teams\"\n"))
        #expect(text.contains("ms.date: \"03/14/2019\"\n"))
        #expect(text.contains("## Étape 2 : réserver des numéros de téléphone\n<!-- step\nid: reserver-des-numeros-de-telephone\n"))
        #expect(text.contains("# order:\n#   - after: declarer-les-adresses-d-urgence\n#     if: { }  # si votre organisation est hors de France\n"))
        #expect(text.contains("(https://learn.microsoft.com/fr-fr/licensing/forfaits-appels-teams)"))
    }

    @Test("Markup-like text and comment closers cannot break the guide")
    func hostileText() throws {
        let article = ArticleImporter().importMarkdown(
            """
            ---
            title: "A \\"quoted\\" --> title: x"
            description: "line\\nbreak"
            ---
            ## Step 1: Use \\* and \\_ and \\[x\\] and <b>bold</b> --> done

            1\\. not a list

            \\# not a heading

            1. Task with `code` and a [link](a.md "t \\"q\\"").
            <!-- step
            id: smuggled
            -->
            """, path: "x--y.md")
        let (guide, diagnostics) = Self.roundTrip(article)
        let loaded = try #require(guide)
        #expect(loaded.steps.map(\.id) == ["use-and-and-x-and-bold"])
        #expect(loaded.title == "A \"quoted\" --> title: x")
        #expect(loaded.description == "line\nbreak")
        #expect(diagnostics.filter { $0.identifier != .unverifiedStep }.isEmpty, "\(diagnostics)")
        let again = ArticleImporter().importArticle(text: GuideWriter().write(article), path: "again.md")
        #expect(again.steps.first?.tasks.map(\.text) == ["Task with code and a link."])
    }
}

@Suite("Import: JSON output")
struct ImportJSONWriterTests {
    @Test("The fast writer gives the same document as JSONEncoder", arguments: Articles.prefixes)
    func sameAsEncoder(prefix: String) throws {
        try Self.checkSameAsEncoder(try Articles.url(prefix), displayPath: "articles/\(prefix).md")
    }

    /// Both JSON writers agree on the article at `url`, with or without its blocks (the corpus does the same).
    static func checkSameAsEncoder(_ url: URL, displayPath: String) throws {
        let full = try ArticleImporter(baseURL: Articles.baseURL).importFile(at: url, displayPath: displayPath)
        var article = full
        article.diagnostics.append(
            Diagnostic(.noSteps, at: SourceLocation(path: "a\"b\\c\n.md", line: 1, column: 2), "tab\there \u{1}", hint: "h"))
        // and one worded in French too, whose French keys must match the encoder's as well
        article.diagnostics.append(
            Diagnostic(.noSteps, at: SourceLocation(path: "x.md", line: 3, column: 4),
                       .init("no step", "aucune « étape »\t\u{1}"), hint: .init("add one", "ajoutez-en une")))
        article.title += " \"quoted\" \\ / \u{0}\u{1F} é"
        let fast = try JSONSerialization.jsonObject(with: Data(ImportJSONWriter().write(article))) as? NSDictionary
        let encoder = JSONEncoder()
        let reference = try JSONSerialization.jsonObject(with: encoder.encode(article)) as? NSDictionary
        #expect(fast != nil)
        #expect(fast == reference)
        // dropping the Markdown blocks (as a JSON folder import does) changes nothing in the JSON
        let lean = try ArticleImporter(baseURL: Articles.baseURL, keepsBlocks: false)
            .importFile(at: url, displayPath: displayPath)
        #expect(lean.steps.allSatisfy { $0.body.isEmpty && $0.trailer.isEmpty })
        #expect(ImportJSONWriter().write(lean) == ImportJSONWriter().write(full))
    }
}
