import GuideRenderer
import SetupGuide
import Testing

@Suite("Markdown model to HTML")
struct MarkdownHTMLRendererTests {
    private func render(_ markdown: String, language: Language = .french, unsafe: Bool = false) -> MarkdownHTMLRenderer.Output {
        let document = MarkdownParser().parse(markdown, path: "test.md")
        return MarkdownHTMLRenderer(language: language, allowsRawHTML: unsafe).render(document.blocks, taskPrefix: "s")
    }

    @Test("numbered items become labelled checkboxes, nested ones too, with stable ids")
    func tasks() {
        let output = render("1. Un\n2. Deux\n   1. Deux-un\n3. [x] Trois\n")
        #expect(output.tasks == ["s-t1", "s-t2", "s-t3", "s-t4"])
        #expect(output.html.markup.contains(#"<input type="checkbox" class="task-box" id="s-t1"><label for="s-t1">Un</label>"#))
        #expect(output.html.markup.contains(#"id="s-t3"><label for="s-t3">Deux-un</label>"#))
        #expect(output.html.markup.contains(#"id="s-t4" checked><label for="s-t4">Trois</label>"#))
    }

    @Test("bullets are tasks only when marked [ ] or [x]")
    func bullets() {
        let output = render("- [ ] À faire\n- Simple puce\n")
        #expect(output.tasks == ["s-t1"])
        #expect(output.html.markup.contains("<li>Simple puce</li>"))
    }

    @Test("callouts carry their kind as a class and a title in the page's language",
          arguments: [(CalloutKind.tip, Language.french, "Conseil"), (.warning, .english, "Warning"), (.caution, .french, "Attention")])
    func callouts(kind: CalloutKind, language: Language, title: String) {
        let output = render("> [!\(kind.rawValue)]\n> Texte.\n", language: language)
        #expect(output.html.markup.contains(#"<aside class="callout callout-\#(kind.rawValue.lowercased())" aria-label="\#(title)">"#))
    }

    @Test("raw HTML is shown as text unless --unsafe-html; comments disappear")
    func rawHTML() {
        let markdown = "<div onclick=\"x()\">bloc</div>\n\nTexte <b>gras</b>.\n\n<!-- note -->\n"
        let safe = render(markdown).html.markup
        #expect(!safe.contains("<div onclick"))
        #expect(safe.contains("&lt;div onclick=&quot;x()&quot;&gt;bloc&lt;/div&gt;"))
        #expect(safe.contains("<code class=\"raw-html\">&lt;b&gt;</code>"))
        #expect(!safe.contains("note"))
        let unsafe = render(markdown, unsafe: true).html.markup
        #expect(unsafe.contains("<div onclick=\"x()\">bloc</div>"))
    }

    @Test("a javascript: link keeps its words and loses its address")
    func javascriptLink() {
        let html = render("[cliquez](javascript:alert(1)) et ![img](data:image/png;base64,AAAA) [là](&#106;avascript:alert(1))\n").html.markup
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("data:"))
        #expect(html.contains(#"<span class="blocked-link">cliquez</span>"#))
        #expect(html.contains(#"<span class="blocked-link">là</span>"#), "an entity-encoded scheme is decoded first")
    }

    @Test("external links open without giving the page away")
    func externalLink() {
        let html = render("[doc](https://learn.microsoft.com/ \"Titre\")\n").html.markup
        #expect(html.contains(#"<a href="https://learn.microsoft.com/" title="Titre" rel="noopener noreferrer">doc</a>"#))
    }

    @Test("headings inside a step sit below the step's h2")
    func headings() {
        let document = MarkdownParser().parse("### Détail\n\n## Autre\n", path: "t.md")
        let html = MarkdownHTMLRenderer(language: .french, stepLevel: 2).render(document.blocks, taskPrefix: "s").html.markup
        #expect(html.contains("<h3>Détail</h3>"))
        #expect(html.contains("<h3>Autre</h3>"))
    }
}
