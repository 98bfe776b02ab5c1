import Foundation
import SetupGuide
import Testing

@Suite("Import: seed articles")
struct ArticleImporterSeedTests {
    @Test(
        "Each seed yields its steps",
        arguments: [
            ("001", 5, ImportedArticle.StepSource.numberedHeadings, false),
            ("003", 10, .numberedHeadings, false),
            ("004", 7, .numberedHeadings, false),
            ("000", 5, .numberedHeadings, true),
            ("002", 2, .sections, true),
        ])
    func seedSteps(prefix: String, count: Int, source: ImportedArticle.StepSource, plain: Bool) throws {
        let article = try Seeds.article(prefix)
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
        let article = try Seeds.article("001")
        #expect(article.title == "Configurer l'appel d'offre")
        #expect(article.date == "11/15/2017")
        #expect(article.description?.hasPrefix("Learn how in Office 365 Calling Plan") == true)
        #expect(article.source == "https://learn.microsoft.com/fr-fr/microsoftteams/001_d8b7c062c829fdc4")
    }

    @Test("Seed 001: step headings, tasks and positions")
    func seed001Steps() throws {
        let article = try Seeds.article("001")
        let step2 = article.steps[1]
        #expect(step2.title == "obtenir des numéros de téléphone")
        #expect(step2.id == "obtenir-des-numeros-de-telephone")
        #expect(step2.location.description == "seeds/001.md:38:1")
        // a one-cell table splits the list after item 3; numbering goes on at 4
        #expect(step2.tasks.map(\.number) == Array(1...9).map(Optional.some))
        #expect(step2.tasks[3].location.line == 52)
        // the anchor on the line under the heading belongs to it
        #expect(article.steps[2].anchor == "bkmk_add_addresses")
    }

    @Test("Seed 003: no-break spaces and anchors inside headings")
    func seed003Headings() throws {
        let article = try Seeds.article("003")
        #expect(article.steps[0].anchor == "step-1-make-sure-that-phone-system-is-available-in-your-country-or-region")
        #expect(article.steps[9].number == 10)
        #expect(article.steps[9].title == "Configurer les crédits de Communications pour votre organisation")
        // numbering restarts under each sub-heading, which the tasks name
        let step5 = article.steps[4]
        #expect(step5.tasks.map(\.path) == ["1", "2", "3", "4", "1", "2", "3", "4", "5", "1", "2", "3"])
        #expect(step5.tasks[0].section == "Ajouter des adresses d’urgence et les emplacements de votre organisation.")
        #expect(step5.tasks[4].section?.hasPrefix("Attribuer les numéros de téléphone") == true)
        #expect(article.steps[0].tasks[0].section == nil)
    }

    @Test("Seed 004: 'Étape 2.' with a full stop")
    func seed004FullStop() throws {
        let article = try Seeds.article("004")
        #expect(article.steps[1].number == 2)
        #expect(article.steps[1].title.hasPrefix("Choisir une option de connectivité"))
    }

    @Test("Plain-text page 000: 'Étape N :' lines, tasks and callouts")
    func plainText000() throws {
        let article = try Seeds.article("000")
        #expect(article.title == "Configurer l’appel d’offre")
        let step2 = article.steps[1]
        #expect(step2.tasks.count == 9)
        #expect(step2.callouts.map(\.kind) == ["important", "tip", "warning"])
        #expect(step2.callouts.map(\.task) == ["3", "4", "6"])
        #expect(article.steps[3].callouts.first?.task == nil)
        #expect(step2.location.line == 13)
    }

    @Test("Plain-text page 002: sections with numbered items are the steps")
    func plainText002() throws {
        let article = try Seeds.article("002")
        #expect(article.steps.map(\.title) == ["Pour ajouter une adresse de secours", "Pour supprimer une adresse de secours"])
        #expect(article.steps.map { $0.tasks.count } == [6, 3])
        #expect(article.steps[0].callouts.map(\.kind) == ["important", "warning"])
    }
}
