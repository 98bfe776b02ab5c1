import Foundation
import GuideRenderer
@testable import SetupGuideImport
import SetupGuide
import Testing

/// Issue 16 §7, the importer: ids cut between words, no `[!div]` markup in the text, the
/// portal and PowerShell ways labelled as alternatives, and tickable boxes beside their text.
@Suite("Import: ids, DocFX div markup, alternatives, checkboxes")
struct ImportPagesTests {
    @Test("ids are cut between words, keep elided words whole and never end on a little word", arguments: [
        ("Étape 7 : Si vous utilisez des files d’attente d’appels", "si-vous-utilisez-des-files-d-attente"),
        ("Étape 10 : Configurer les crédits de communication de l’organisation", "configurer-les-credits-de-communication"),
        ("Step 4: Set up the numbers for the users of your organization", "set-up-the-numbers"),
        ("Step 2: Get service numbers for auto attendants and call queues", "get-service-numbers-for-auto-attendants"),
        ("Étape 2 : réserver des numéros de téléphone", "reserver-des-numeros-de-telephone"),
        ("Step 9: Ștefan’s Țara — naïve Straße", "stefan-s-tara-naive-strasse"),
        ("Step 1: Teams日本語Phone", "teamsphone"),
    ])
    func idsAtWordBoundaries(heading: String, id: String) {
        let article = ArticleImporter().importMarkdown("## \(heading)\n\n1. Faire.\n")
        #expect(article.steps.first?.id == id)
    }

    @Test("an id is at most 48 characters and is cut before the word that would pass that")
    func longIDs() {
        let id = Slug.make("Configuration administrative internationalisation télécommunications opérateurs")
        #expect(id == "configuration-administrative")
        #expect(id.count <= 48)
        #expect(Slug.make("Anticonstitutionnellement-ment") == "anticonstitutionnellement-ment")
    }

    @Test("DocFX [!div] markup never reaches the text: a checklist stays a list, a next-step link a link",
          arguments: [Language.french, .english])
    func divMarkup(language: Language) throws {
        let step = language == .french ? "Étape 1 : Créer" : "Step 1: Create"
        let markdown = """
            # T

            > [!div class="checklist"]
            > * Create a queue
            > * Give it a number

            ## \(step)

            1. Open the centre.

            > [!div class="nextstepaction"]
            > [Set up attendants](attendants.md)

            [!div class="op_single_selector"]
            """
        let article = ArticleImporter().importMarkdown(markdown)
        let guide = GuideWriter().write(article)
        let html = ArticleHTMLRenderer().render(article)
        for output in [guide, html] {
            #expect(!output.contains("[!div"), "\(output)")
            #expect(!output.contains("checklist\""))
            #expect(output.contains("Give it a number"))
            #expect(output.contains("attendants.md"))
        }
        #expect(guide.contains("\n- Create a queue\n"), "the checklist is a list, not a quote: \(guide)")
        #expect(!html.contains("<blockquote>"))
        #expect(article.steps[0].links.map(\.destination) == ["attendants.md"])
    }

    @Test("the portal and PowerShell ways of a step are labelled as alternatives, in French and English")
    func alternatives() throws {
        let french = ArticleImporter().importMarkdown("""
            ## Étape 3 : Créer la file

            ### Utiliser le centre d’administration Teams

            1. Ouvrez **Voix** > **Files d'attente**.

            ### Utiliser PowerShell

            1. Exécutez `New-CsCallQueue`.

            ### Vérifier

            1. Appelez le numéro.
            """)
        let sections = french.steps[0].allTasks.map(\.section)
        #expect(sections == ["Variante 1 sur 2 : Utiliser le centre d’administration Teams", "Variante 2 sur 2 : Utiliser PowerShell", "Vérifier"])
        let guide = GuideWriter().write(french)
        #expect(guide.contains("*Faites cette étape d'une seule façon : dans le centre d'administration ou avec PowerShell, pas les deux.*"))
        #expect(guide.contains("### Variante 2 sur 2 : Utiliser PowerShell"))

        // DocFX tabs: `#` headings linking to #tab/…, which do not end the step
        let english = ArticleImporter().importMarkdown("""
            ## Step 1: Buy licences

            1. Choose the plan.

            # [Microsoft 365 admin center](#tab/admin-center)

            1. Open **Billing**.

            # [PowerShell](#tab/powershell)

            1. Run `New-MgUserLicense`.

            ---

            ## Step 2: Assign

            1. Assign.
            """)
        #expect(english.steps.count == 2)
        #expect(english.steps[0].allTasks.map(\.section) == [nil, "Alternative 1 of 2: Microsoft 365 admin center", "Alternative 2 of 2: PowerShell"])
        let html = ArticleHTMLRenderer().render(english)
        #expect(html.contains("Do this step one way only: in the admin centre or with PowerShell, not both."))
        #expect(!html.contains("Variante"), "no French in an English page")
    }

    @Test("in the HTML output each checkbox can be ticked and stands right before its label")
    func checkboxes() throws {
        let article = ArticleImporter().importMarkdown("## Étape 1 : Créer\n\n1. Ouvrez le centre.\n\n   Puis attendez.\n\n2. Créez la file.\n")
        let html = ArticleHTMLRenderer().render(article)
        #expect(html.contains(#"<input type="checkbox" class="task-box" id="creer-t1"><label for="creer-t1">Ouvrez le centre.</label>"#), "\(html)")
        #expect(!html.contains("disabled"))
        #expect(html.contains("li.task>input{"), "the page lays the box out on the text's line")
        #expect(html.contains("@page{size:A4"))
    }
}
