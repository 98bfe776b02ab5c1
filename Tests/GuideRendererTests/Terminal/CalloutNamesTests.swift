import GuideRenderer
import SetupGuide
import Testing

/// The wizard (through the terminal renderer) and the HTML pages name each callout with the
/// same word, from the one table `CalloutKind.label`.
@Suite("Callout names are the same in the wizard and in HTML")
struct CalloutNamesTests {
    @Test(arguments: CalloutKind.allCases)
    func sameWordEverywhere(kind: CalloutKind) {
        for language in [Language.french, .english] {
            let markdown = "> [!\(kind.rawValue)]\n> Texte de la note.\n"
            let document = MarkdownParser().parse(markdown, path: "t.md")
            let html = MarkdownHTMLRenderer(language: language).render(document.blocks, taskPrefix: "s").html.markup
            let terminal = MarkdownTerminalRenderer(style: TerminalStyle(colours: false), language: language)
                .render(document.blocks, indent: "").joined(separator: "\n")
            let word = kind.label[language]
            #expect(html.contains("<p class=\"callout-title\">\(word)</p>"), "\(html)")
            #expect(terminal.contains(word.uppercased()), "\(terminal)")
        }
    }

    @Test func frenchNamesAreLearnsOnes() {
        #expect(CalloutKind.allCases.map { $0.label.french } == ["Remarque", "Conseil", "Important", "Attention", "Avertissement"])
        #expect(CalloutKind.allCases.map { $0.label.english } == ["Note", "Tip", "Important", "Caution", "Warning"])
    }
}
