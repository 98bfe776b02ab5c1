import Foundation
import SetupGuide
import Testing

@Suite("Import: fixture articles")
struct ArticleImporterFixtureTests {
    @Test(
        "Each fixture yields its steps",
        arguments: [
            ("001", 5, ImportedArticle.StepSource.numberedHeadings, false),
            ("003", 10, .numberedHeadings, false),
            ("004", 7, .numberedHeadings, false),
            ("000", 5, .numberedHeadings, true),
            ("002", 2, .sections, true),
        ])
    func fixtureSteps(prefix: String, count: Int, source: ImportedArticle.StepSource, plain: Bool) throws {
        try Self.checkSteps(try Articles.article(prefix), count: count, source: source, plain: plain)
    }

    /// What every French article of the corpus or the fixtures must give: its steps, numbered
    /// in order when headings number them, with distinct ids and no diagnostic.
    static func checkSteps(_ article: ImportedArticle, count: Int, source: ImportedArticle.StepSource, plain: Bool) throws {
        #expect(article.steps.count == count)
        #expect(article.stepSource == source)
        #expect(article.plainText == plain)
        #expect(article.diagnostics.isEmpty)
        #expect(article.language == .french)
        if source == .numberedHeadings {
            #expect(article.steps.map(\.number) == Array(1...count))
        }
        #expect(Set(article.steps.map(\.id)).count == count)
    }

    @Test("Front matter gives title, date, description and source")
    func frontMatter() throws {
        let article = try Articles.article("001")
        #expect(article.title == "Mettre en service les forfaits d'appels Teams")
        #expect(article.date == "03/14/2019")
        #expect(article.description?.hasPrefix("How to license Teams Phone with a Calling Plan") == true)
        #expect(article.source == "https://learn.microsoft.com/fr-fr/microsoftteams/001-forfaits")
    }

    @Test("Fixture 001: step headings, tasks and positions")
    func fixture001Steps() throws {
        let article = try Articles.article("001")
        let step2 = article.steps[1]
        #expect(step2.title == "réserver des numéros de téléphone")
        #expect(step2.id == "reserver-des-numeros-de-telephone")
        #expect(step2.location.description == "articles/001.md:38:1")
        // a one-cell table splits the list after item 3; numbering goes on at 4
        #expect(step2.tasks.map(\.number) == Array(1...9).map(Optional.some))
        #expect(step2.tasks[3].location.line == 52)
        // the anchor on the line under the heading belongs to it
        #expect(article.steps[2].anchor == "bkmk_adresses")
        #expect(article.steps[3].anchor == "bkmk_attribuer")
    }

    @Test("Fixture 003: no-break spaces and anchors inside headings")
    func fixture003Headings() throws {
        let article = try Articles.article("003")
        #expect(article.steps[0].anchor == "step-1-check-that-teams-phone-is-offered-in-your-country")
        #expect(article.steps[9].number == 10)
        #expect(article.steps[9].title == "Configurer les crédits de communication de l’organisation")
        // numbering restarts under each sub-heading, which the tasks name
        let step5 = article.steps[4]
        #expect(step5.tasks.map(\.path) == ["1", "2", "3", "4", "1", "2", "3", "4", "5", "1", "2", "3"])
        #expect(step5.tasks[0].section == "Déclarer les adresses d’urgence des sites")
        #expect(step5.tasks[4].section?.hasPrefix("Attribuer les numéros") == true)
        #expect(article.steps[0].tasks[0].section == nil)
    }

    @Test("Fixture 004: 'Étape 2.' with a full stop")
    func fixture004FullStop() throws {
        let article = try Articles.article("004")
        #expect(article.steps[1].number == 2)
        #expect(article.steps[1].title.hasPrefix("Choisir une option de connectivité"))
    }

    @Test("Plain-text page 000: 'Étape N :' lines, tasks and callouts")
    func plainText000() throws {
        let article = try Articles.article("000")
        #expect(article.title == "Mettre en service les forfaits d’appels Teams")
        let step2 = article.steps[1]
        #expect(step2.tasks.count == 9)
        #expect(step2.callouts.map(\.kind) == ["important", "tip", "warning"])
        #expect(step2.callouts.map(\.task) == ["3", "4", "6"])
        #expect(article.steps[3].callouts.first?.task == nil)
        #expect(step2.location.line == 13)
    }

    @Test("Plain-text page 002: sections with numbered items are the steps")
    func plainText002() throws {
        let article = try Articles.article("002")
        #expect(article.steps.map(\.title) == ["Pour ajouter une adresse d’urgence", "Pour retirer une adresse d’urgence"])
        #expect(article.steps.map { $0.tasks.count } == [6, 3])
        #expect(article.steps[0].callouts.map(\.kind) == ["important", "warning"])
    }
}
