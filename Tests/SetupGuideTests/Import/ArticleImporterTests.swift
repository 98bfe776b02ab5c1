import Foundation
import SetupGuide
import Testing

@Suite("Import: tasks, callouts, links and diagnostics")
struct ArticleImporterTests {
    @Test("Nested items stay nested under their task")
    func nestedTasks() {
        let article = ArticleImporter().importMarkdown(
            """
            ## Step 1: Prepare

            1. Open the admin centre.
               1. Sign in.
               2. Choose **Voice**.
                  - Check the licence.
            2. [x] Done already.

            - A bullet outside tasks is prose.
            """)
        let tasks = article.steps[0].tasks
        #expect(tasks.map(\.path) == ["1", "2"])
        #expect(tasks[0].subtasks.map(\.path) == ["1.1", "1.2"])
        #expect(tasks[0].subtasks[1].text == "Choose Voice.")
        #expect(tasks[0].subtasks[1].subtasks.map(\.path) == ["1.2.1"])
        #expect(tasks[0].subtasks[1].subtasks[0].number == nil)
        #expect(tasks[1].checked == true)
        #expect(tasks[1].text == "Done already.")
        #expect(article.steps[0].allTasks.count == 5)
    }

    @Test("Alerts and one-cell tables become callouts, attached to their task")
    func callouts() throws {
        let step = try Articles.article("001").steps[1]
        #expect(step.callouts.map(\.kind) == ["important", "tip", "caution"])
        #expect(step.callouts.map(\.task) == [nil, "4", "6"])
        #expect(step.callouts[1].text.hasPrefix("Le quota de numéros"))
        #expect(step.callouts[0].location.line == 48)
    }

    @Test(
        "Relative links resolve against the base URL",
        arguments: [
            ("../skype/calling-plans.md", "https://learn.microsoft.com/fr-fr/skype/calling-plans"),
            ("transfer.md#step-2", "https://learn.microsoft.com/fr-fr/microsoftteams/transfer#step-2"),
            ("../images/a.png", "https://learn.microsoft.com/fr-fr/images/a.png"),
            ("/teams/licensing.md", "https://learn.microsoft.com/teams/licensing"),
            ("./a/../b.md?view=1", "https://learn.microsoft.com/fr-fr/microsoftteams/b?view=1"),
            ("../../../../x.md", "https://learn.microsoft.com/x"),
            ("https://technet.microsoft.com/a.aspx", "https://technet.microsoft.com/a.aspx"),
            ("#bkmk", "#bkmk"),
            ("mailto:someone@example.com", "mailto:someone@example.com"),
            ("//cdn.example.com/x.png", "https://cdn.example.com/x.png"),
        ])
    func linkResolution(destination: String, expected: String) throws {
        let resolver = try #require(LinkResolver(base: Articles.baseURL))
        #expect(resolver.resolve(destination, isImage: destination.hasSuffix(".png")) == expected)
    }

    @Test("A base URL without a trailing slash names a folder")
    func baseWithoutSlash() throws {
        let resolver = try #require(LinkResolver(base: "https://learn.microsoft.com/en-us/microsoftteams"))
        #expect(resolver.resolve("a.md") == "https://learn.microsoft.com/en-us/microsoftteams/a")
        #expect(LinkResolver(base: "not a url") == nil)
        #expect(LinkResolver(base: "javascript://x") == nil)
    }

    @Test("Fixture 001 links and images are kept, resolved, with positions")
    func fixtureLinks() throws {
        let step = try Articles.article("001").steps[0]
        let link = try #require(step.links.first)
        #expect(link.kind == .link)
        #expect(link.text == "forfait d'appels Teams")
        #expect(link.destination == "../licensing/forfaits-appels-teams.md")
        #expect(link.url == "https://learn.microsoft.com/fr-fr/licensing/forfaits-appels-teams")
        #expect(link.location.line == 31)
        let images = try Articles.article("001").steps[1].links.filter { $0.kind == .image }
        #expect(images.count == 3)
        #expect(images[0].url == "https://learn.microsoft.com/fr-fr/images/compteur-licences.png")
        // links outside the steps ("Voir aussi", the introduction) belong to the article
        let outside = try Articles.article("001").links.map(\.destination)
        #expect(outside.contains("conditions-appels-urgence.md"))
        #expect(outside.contains("https://learn.microsoft.com/powershell/module/teams/get-csphonenumberassignment"))
        #expect(!outside.contains(link.destination))
        // without a base URL, links stay as written
        let unresolved = try Articles.article("001", baseURL: nil).steps[0].links[0]
        #expect(unresolved.url == unresolved.destination)
    }

    @Test("An article without steps gets a diagnostic, not a crash")
    func noSteps() {
        let article = ArticleImporter().importMarkdown("# Just a page\n\nSome prose, no numbered items.\n", path: "empty.md")
        #expect(article.steps.isEmpty)
        #expect(article.stepSource == .none)
        #expect(article.diagnostics.map(\.identifier) == [.noSteps])
        #expect(article.diagnostics.first?.location.description == "empty.md:1:1")
    }

    @Test("Sections without numbered items are all taken when none has any")
    func sectionFallback() {
        let article = ArticleImporter().importMarkdown("# T\n\n## One\n\ntext\n\n## Two\n\ntext\n\n## \n")
        #expect(article.stepSource == .sections)
        #expect(article.steps.map(\.id) == ["one", "two"])
    }

    @Test("Step ids are ASCII, unique and never empty")
    func stepIDs() {
        let article = ArticleImporter().importMarkdown(
            "## Étape 1 : Créer\n\n## Étape 2 : Créer\n\n## Étape 3 :\n\n## Step 4: 日本語\n\n## Step 5: 2024 plan\n")
        #expect(article.steps.map(\.id) == ["creer", "creer-2", "step-3", "step-4", "step-5-2024-plan"])
        let folded = ArticleImporter().importMarkdown("## Step 1: Œuvre E\u{0301}te\u{0301} — ça_va l'été, très\u{00A0}bien! and more words here\n")
        #expect(folded.steps.map(\.id) == ["oeuvre-ete-ca-va-l-ete-tres"], "l’été is one word")
    }

    @Test("Language comes from front matter, else from the step word")
    func language() {
        #expect(ArticleImporter().importMarkdown("## Step 1: Go\n").language == .english)
        #expect(ArticleImporter().importMarkdown("## Étape 1 : Aller\n").language == .french)
        #expect(ArticleImporter().importMarkdown("---\nms.contentlocale: fr-FR\n---\n## Step 1: Go\n").language == .french)
    }

    @Test("Unreadable and non-UTF-8 files name their file")
    func unreadable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let latin1 = folder.appendingPathComponent("latin1.md")
        try Data([0x23, 0x20, 0xE9, 0x74, 0xE9, 0x0A]).write(to: latin1)
        #expect(throws: ContentError.self) { try ArticleImporter().importFile(at: latin1, displayPath: "latin1.md") }
        do {
            _ = try ArticleImporter().importFile(at: latin1, displayPath: "latin1.md")
        } catch let error as ContentError {
            #expect(error.diagnostic.location.description == "latin1.md:1:3")
            #expect(error.diagnostic.identifier == .unreadableFile)
        }
        #expect(throws: ContentError.self) {
            try ArticleImporter().importFile(at: folder.appendingPathComponent("missing.md"))
        }
    }
}
