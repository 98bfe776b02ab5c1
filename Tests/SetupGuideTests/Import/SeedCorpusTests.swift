import Foundation
import GuideRenderer
import SetupGuide
import Testing

/// The same checks as the fixture suites, over the real Microsoft articles the importer was
/// built against, with the assertions that only hold for them. The corpus is outside the
/// repository (see ``SeedCorpus``), so a clone without it skips this suite and says why;
/// ``SeedCorpusPresenceTests`` turns that skip into a failure on CI.
@Suite("Seed corpus", .enabled(if: SeedCorpus.isAvailable, Comment(rawValue: SeedCorpus.skipReason)))
struct SeedCorpusTests {
    static let prefixes = ["000", "001", "002", "003", "004"]

    @Test("Each seed yields its steps", arguments: FrenchArticleChecks.stepCounts)
    func seedSteps(prefix: String, count: Int, source: ImportedArticle.StepSource, plain: Bool) throws {
        try FrenchArticleChecks.seeds.checkSteps(prefix, count: count, source: source, plain: plain)
    }

    @Test("Front matter gives title, date, description and source")
    func frontMatter() throws { try FrenchArticleChecks.seeds.checkFrontMatter() }

    @Test("Seed 001: step headings, tasks and positions")
    func seed001Steps() throws { try FrenchArticleChecks.seeds.check001Steps() }

    @Test("Seed 003: no-break spaces and anchors inside headings")
    func seed003Headings() throws { try FrenchArticleChecks.seeds.check003Headings() }

    @Test("Seed 004: 'Étape 2.' with a full stop")
    func seed004FullStop() throws { try FrenchArticleChecks.seeds.check004FullStop() }

    @Test("Plain-text page 000: 'Étape N :' lines, tasks and callouts")
    func plainText000() throws { try FrenchArticleChecks.seeds.checkPlainText000() }

    @Test("Plain-text page 002: sections with numbered items are the steps")
    func plainText002() throws { try FrenchArticleChecks.seeds.checkPlainText002() }

    @Test("Seed 001: alerts and one-cell tables become callouts, attached to their task")
    func callouts() throws {
        let step = try SeedCorpus.article("001").steps[1]
        #expect(step.callouts.map(\.kind) == ["important", "tip", "caution"])
        #expect(step.callouts.map(\.task) == [nil, "4", "6"])
        #expect(step.callouts[1].text.hasPrefix("Vous pouvez acquérir plusieurs numéros"))
        #expect(step.callouts[0].location.line == 48)
    }

    @Test("Seed 001 links and images are kept, resolved, with positions")
    func seedLinks() throws {
        let step = try SeedCorpus.article("001").steps[0]
        let link = try #require(step.links.first)
        #expect(link.kind == .link)
        #expect(link.text == "Plans d'appel pour Office 365")
        #expect(link.destination == "../skype-for-business-and-microsoft-teams-add-on-licensing/calling-plans-for-office-365.md")
        #expect(link.url == "https://learn.microsoft.com/fr-fr/skype-for-business-and-microsoft-teams-add-on-licensing/calling-plans-for-office-365")
        #expect(link.location.line == 31)
        let images = try SeedCorpus.article("001").steps[1].links.filter { $0.kind == .image }
        #expect(images.count == 3)
        #expect(images[0].url == "https://learn.microsoft.com/fr-fr/images/6af8653d-4b9c-41fa-85b4-88e763d08f4c.png")
        // links outside the steps ("Voir aussi", the introduction) belong to the article
        let outside = try SeedCorpus.article("001").links.map(\.destination)
        #expect(outside.contains("emergency-calling-terms-and-conditions.md"))
        #expect(outside.contains("https://technet.microsoft.com/en-us/library/mt243818.aspx"))
        #expect(!outside.contains(link.destination))
        // without a base URL, links stay as written
        let unresolved = try SeedCorpus.article("001", baseURL: nil).steps[0].links[0]
        #expect(unresolved.url == unresolved.destination)
    }

    @Test("Seed 001: outside the United States, step 3 comes before step 2")
    func ordering001() throws {
        let article = try SeedCorpus.article("001")
        #expect(article.orderingSuggestions.count == 1)
        let suggestion = try #require(article.orderingSuggestions.first)
        #expect(suggestion.step == 2)
        #expect(suggestion.stepID == "obtenir-des-numeros-de-telephone")
        #expect(suggestion.relation == .after)
        #expect(suggestion.target == 3)
        #expect(suggestion.targetID == "ajouter-des-adresses-et-des-emplacements")
        #expect(suggestion.condition == "si vous êtes en dehors des États-Unis")
        #expect(suggestion.location.description == "seeds/001.md:40:1")
        #expect(suggestion.sentence.hasPrefix("Par conséquent"))
    }

    @Test("The plain-text copy of seed 001 gives the same rule")
    func ordering000() throws {
        let suggestions = try SeedCorpus.article("000").orderingSuggestions
        #expect(suggestions.map { "\($0.step) \($0.relation) \($0.target)" } == ["2 after 3"])
    }

    @Test("No rule where the prose has none", arguments: ["003", "004", "002"])
    func noFalseRules(prefix: String) throws {
        #expect(try SeedCorpus.article(prefix).orderingSuggestions.isEmpty)
    }

    @Test("Every seed round-trips through GuideLoader and passes lint but for unverified steps", arguments: prefixes)
    func roundTrip(prefix: String) throws {
        try ImportGuideWriterTests.checkRoundTrip(try SeedCorpus.article(prefix))
    }

    @Test("Seed 001 as a guide: front matter and the ordering suggestion as comments")
    func seed001Text() throws {
        let text = GuideWriter(baseURL: Articles.baseURL).write(try SeedCorpus.article("001"))
        #expect(text.hasPrefix("---\nguide: configurer-l-appel-d-offre\nlang: fr\ntitle: \"Configurer l'appel d'offre\"\n"))
        #expect(text.contains("ms.date: \"11/15/2017\"\n"))
        #expect(text.contains("## Étape 2 : obtenir des numéros de téléphone\n<!-- step\nid: obtenir-des-numeros-de-telephone\n"))
        #expect(text.contains("# order:\n#   - after: ajouter-des-adresses-et-des-emplacements\n#     if: { }  # si vous êtes en dehors des États-Unis\n"))
        #expect(text.contains("(https://learn.microsoft.com/fr-fr/skype-for-business-and-microsoft-teams-add-on-licensing/calling-plans-for-office-365)"))
    }

    @Test("The fast JSON writer gives the same document as JSONEncoder", arguments: prefixes)
    func sameAsEncoder(prefix: String) throws {
        try ImportJSONWriterTests.checkSameAsEncoder(try SeedCorpus.url(prefix), displayPath: "seeds/\(prefix).md")
    }

    @Test("Seed 001 renders steps, tasks, callouts and the suggestion")
    func html001() throws {
        let html = ArticleHTMLRenderer(baseURL: Articles.baseURL).render(try SeedCorpus.article("001"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(html.components(separatedBy: "<section class=\"step\"").count == 6)
        #expect(html.contains("<aside class=\"callout callout-tip\" aria-label=\"Conseil\"><p class=\"callout-title\">Conseil</p>"))
        #expect(html.contains("<ol start=\"4\" class=\"tasks\">"))
        #expect(html.contains("Ordre suggéré (à confirmer)"))
        #expect(html.contains("<img src=\"https://learn.microsoft.com/fr-fr/images/6af8653d-4b9c-41fa-85b4-88e763d08f4c.png\""))
        #expect(!html.contains("<a name="))
    }

    @Test("Truncated and mangled seeds never crash", arguments: prefixes)
    func truncatedSeeds(prefix: String) throws {
        ImportRobustnessTests.cutAndMangle(try SeedCorpus.bytes(prefix), prefix: prefix)
    }

    @Test("Every word of a seed's body text is somewhere in the model", arguments: prefixes)
    func everyWordIsKept(prefix: String) throws {
        try ArticleParsingTests.checkEveryWordIsKept(try SeedCorpus.url(prefix))
    }

    @Test("Front matter is cut off and lines still count from the top of the file",
          arguments: [("001", 22), ("003", 28), ("004", 34)])
    func frontMatterKeepsLines(prefix: String, firstHeadingLine: Int) throws {
        try ArticleParsingTests.checkFrontMatterKeepsLines(try SeedCorpus.url(prefix), firstHeadingLine: firstHeadingLine)
    }

    @Test("Seed 001: alerts, anchors under headings, boxes that split a list")
    func structure001() throws {
        try ArticleParsingTests.check001Structure(try SeedCorpus.url("001"), anchor: "bkmk_add_addresses")
    }

    @Test("Seed 003: ten step headings with no-break spaces, nested lists kept")
    func structure003() throws {
        try ArticleParsingTests.check003Structure(try SeedCorpus.url("003"))
    }

    @Test("Every prefix of a seed parses", arguments: ["001", "003", "004"])
    func prefixesParse(prefix: String) throws {
        try RobustnessTests.checkEveryPrefixParses(try SeedCorpus.url(prefix))
    }
}
