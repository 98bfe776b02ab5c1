import Foundation
import SetupGuide
import Testing

/// `setup-guide import` on an article with Learn's layout markup and two ways of doing a step.
@Suite("setup-guide import: ids, [!div] markup, alternatives, HTML boxes")
struct ImportPagesEndToEndTests {
    static func article(_ language: Language) -> String {
        language == .french
            ? """
            ---
            title: Configurer les files
            ms.contentlocale: fr-fr
            ---
            # Configurer les files

            > [!div class="checklist"]
            > * Créer une file

            ## Étape 7 : Si vous utilisez des files d’attente d’appels

            ### Utiliser le Centre d'administration Teams

            1. Ouvrez le centre.

            ### Utiliser PowerShell

            1. Exécutez `New-CsCallQueue`.

            > [!div class="nextstepaction"]
            > [Configurer les standards](standards.md)

            """
            : """
            ---
            title: Set up queues
            ms.contentlocale: en-us
            ---
            # Set up queues

            > [!div class="checklist"]
            > * Create a queue

            ## Step 7: If you use call queues for your front desk and sales teams

            ### Use the Teams admin center

            1. Open the centre.

            ### Use PowerShell

            1. Run `New-CsCallQueue`.

            > [!div class="nextstepaction"]
            > [Set up attendants](attendants.md)

            """
    }

    @Test("guide and HTML output: no [!div], word-boundary ids, labelled alternatives, boxes beside their labels",
          arguments: [Language.french, .english])
    func importArticle(language: Language) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("queues.md")
        try Self.article(language).write(to: file, atomically: true, encoding: .utf8)
        let guide = try BinaryRunner.run(["import", file.path, "--format", "guide"])
        #expect(guide.status == 0, "\(guide.stderr)")
        let html = try BinaryRunner.run(["import", file.path, "--format", "html"])
        #expect(html.status == 0, "\(html.stderr)")
        for output in [guide.stdout, html.stdout] { #expect(!output.contains("[!div"), "\(output)") }
        if language == .french {
            #expect(guide.stdout.contains("id: si-vous-utilisez-des-files-d-attente\n"), "\(guide.stdout)")
            #expect(guide.stdout.contains("### Variante 1 sur 2 : Utiliser le Centre d'administration Teams"))
            #expect(guide.stdout.contains("### Variante 2 sur 2 : Utiliser PowerShell"))
            #expect(html.stdout.contains("Faites cette étape d&#39;une seule façon"))
        } else {
            #expect(guide.stdout.contains("id: if-you-use-call-queues-for\n") == false, "never ends on 'for'")
            #expect(guide.stdout.contains("id: if-you-use-call-queues\n"), "\(guide.stdout)")
            #expect(guide.stdout.contains("### Alternative 2 of 2: Use PowerShell"))
            #expect(!html.stdout.contains("Variante"))
        }
        #expect(html.stdout.contains(#"<input type="checkbox" class="task-box" id="#))
        #expect(html.stdout.contains(#"><label for=""#))
        #expect(html.stdout.contains("li.task>input{"))
    }
}
