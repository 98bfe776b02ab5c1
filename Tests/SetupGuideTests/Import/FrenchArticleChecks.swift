import Foundation
import SetupGuide
import Testing

/// The checks the project's fixture articles and the real seed articles share, one table of
/// expected values per corpus: both play the same five roles (000 to 004) and must give the same
/// structure, only in their own words.
struct FrenchArticleChecks: Sendable {
    /// Reads the article of a role ("001").
    var article: @Sendable (String) throws -> ImportedArticle
    /// Front matter of 001: title, date, the start of the description, source.
    var title: String, date: String, descriptionPrefix: String, source: String
    /// 001's step 2: title, id and position; the anchors of the steps from step 3 on.
    var step2Title: String, step2ID: String, step2Location: String, anchorsFromStep3: [String]
    /// 003: the first step's anchor, the tenth step's title, the sections of step 5's first and fifth tasks.
    var anchor003: String, step10Title003: String, section003: String, fifthSectionPrefix003: String
    /// The title of the plain-text page 000.
    var title000: String
    /// The two section titles of the plain-text page 002.
    var titles002: [String]

    /// Each role's steps: how many, how they were found, whether the file is plain text.
    static let stepCounts: [(String, Int, ImportedArticle.StepSource, Bool)] = [
        ("001", 5, .numberedHeadings, false),
        ("003", 10, .numberedHeadings, false),
        ("004", 7, .numberedHeadings, false),
        ("000", 5, .numberedHeadings, true),
        ("002", 2, .sections, true),
    ]

    /// What every French article of the corpus or the fixtures must give: its steps, numbered
    /// in order when headings number them, with distinct ids and no diagnostic.
    func checkSteps(_ prefix: String, count: Int, source: ImportedArticle.StepSource, plain: Bool) throws {
        let article = try self.article(prefix)
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

    /// Front matter gives title, date, description and source.
    func checkFrontMatter() throws {
        let article = try self.article("001")
        #expect(article.title == title)
        #expect(article.date == date)
        #expect(article.description?.hasPrefix(descriptionPrefix) == true)
        #expect(article.source == source)
    }

    /// 001: step headings, tasks and positions.
    func check001Steps() throws {
        let article = try self.article("001")
        let step2 = article.steps[1]
        #expect(step2.title == step2Title)
        #expect(step2.id == step2ID)
        #expect(step2.location.description == step2Location)
        // a one-cell table splits the list after item 3; numbering goes on at 4
        #expect(step2.tasks.map(\.number) == Array(1...9).map(Optional.some))
        #expect(step2.tasks[3].location.line == 52)
        // the anchor on the line under the heading belongs to it
        #expect(article.steps[2...].prefix(anchorsFromStep3.count).map(\.anchor) == anchorsFromStep3.map(Optional.some))
    }

    /// 003: no-break spaces and anchors inside headings.
    func check003Headings() throws {
        let article = try self.article("003")
        #expect(article.steps[0].anchor == anchor003)
        #expect(article.steps[9].number == 10)
        #expect(article.steps[9].title == step10Title003)
        // numbering restarts under each sub-heading, which the tasks name
        let step5 = article.steps[4]
        #expect(step5.tasks.map(\.path) == ["1", "2", "3", "4", "1", "2", "3", "4", "5", "1", "2", "3"])
        #expect(step5.tasks[0].section == section003)
        #expect(step5.tasks[4].section?.hasPrefix(fifthSectionPrefix003) == true)
        #expect(article.steps[0].tasks[0].section == nil)
    }

    /// 004: "Étape 2." with a full stop.
    func check004FullStop() throws {
        let article = try self.article("004")
        #expect(article.steps[1].number == 2)
        #expect(article.steps[1].title.hasPrefix("Choisir une option de connectivité"))
    }

    /// Plain-text page 000: "Étape N :" lines, tasks and callouts.
    func checkPlainText000() throws {
        let article = try self.article("000")
        #expect(article.title == title000)
        let step2 = article.steps[1]
        #expect(step2.tasks.count == 9)
        #expect(step2.callouts.map(\.kind) == ["important", "tip", "warning"])
        #expect(step2.callouts.map(\.task) == ["3", "4", "6"])
        #expect(article.steps[3].callouts.first?.task == nil)
        #expect(step2.location.line == 13)
    }

    /// Plain-text page 002: sections with numbered items are the steps.
    func checkPlainText002() throws {
        let article = try self.article("002")
        #expect(article.steps.map(\.title) == titles002)
        #expect(article.steps.map { $0.tasks.count } == [6, 3])
        #expect(article.steps[0].callouts.map(\.kind) == ["important", "warning"])
    }
}

extension FrenchArticleChecks {
    /// The project's own fixture articles.
    static let fixtures = FrenchArticleChecks(
        article: { try Articles.article($0) },
        title: "Mettre en service les forfaits d'appels Teams", date: "03/14/2019",
        descriptionPrefix: "How to license Teams Phone with a Calling Plan",
        source: "https://learn.microsoft.com/fr-fr/microsoftteams/001-forfaits",
        step2Title: "réserver des numéros de téléphone", step2ID: "reserver-des-numeros-de-telephone",
        step2Location: "articles/001.md:38:1", anchorsFromStep3: ["bkmk_adresses", "bkmk_attribuer"],
        anchor003: "step-1-check-that-teams-phone-is-offered-in-your-country",
        step10Title003: "Configurer les crédits de communication de l’organisation",
        section003: "Déclarer les adresses d’urgence des sites", fifthSectionPrefix003: "Attribuer les numéros",
        title000: "Mettre en service les forfaits d’appels Teams",
        titles002: ["Pour ajouter une adresse d’urgence", "Pour retirer une adresse d’urgence"])

    /// The real Microsoft articles of the seed corpus.
    static let seeds = FrenchArticleChecks(
        article: { try SeedCorpus.article($0) },
        title: "Configurer l'appel d'offre", date: "11/15/2017",
        descriptionPrefix: "Learn how in Office 365 Calling Plan",
        source: "https://learn.microsoft.com/fr-fr/microsoftteams/001_d8b7c062c829fdc4",
        step2Title: "obtenir des numéros de téléphone", step2ID: "obtenir-des-numeros-de-telephone",
        step2Location: "seeds/001.md:38:1", anchorsFromStep3: ["bkmk_add_addresses"],
        anchor003: "step-1-make-sure-that-phone-system-is-available-in-your-country-or-region",
        step10Title003: "Configurer les crédits de Communications pour votre organisation",
        section003: "Ajouter des adresses d’urgence et les emplacements de votre organisation.",
        fifthSectionPrefix003: "Attribuer les numéros de téléphone",
        title000: "Configurer l’appel d’offre",
        titles002: ["Pour ajouter une adresse de secours", "Pour supprimer une adresse de secours"])
}
