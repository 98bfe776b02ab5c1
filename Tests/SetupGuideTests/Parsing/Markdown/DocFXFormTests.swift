import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification
@testable import SetupGuideImport
@testable import SetupGuideWizard

@Suite("DocFX forms in small documents")
struct DocFXFormTests {
    private func parse(_ text: String) -> [MarkdownBlock] { MarkdownParser().parse(text, path: "t.md").blocks }

    @Test("alerts become typed callouts", arguments: CalloutKind.allCases)
    func alerts(kind: CalloutKind) {
        let blocks = parse("> [!\(kind.rawValue)]\n> Be careful with **this**.\n")
        guard case .callout(let parsed, let children)? = blocks.first?.content else {
            Issue.record("no callout: \(blocks)")
            return
        }
        #expect(parsed == kind)
        guard case .paragraph(let inlines)? = children.first?.content else {
            Issue.record("no paragraph in callout")
            return
        }
        #expect(inlines.plainText == "Be careful with this.")
    }

    @Test("a quote that is not an alert stays a quote")
    func plainQuote() {
        #expect(parse("> [!BOGUS] text\n").first.map { if case .quote = $0.content { true } else { false } } == true)
    }

    @Test("anchors inside, above and below a heading")
    func anchors() {
        let inside = parse("## <a name=\"x\"></a>Étape 1 : titre\n")
        #expect(inside.first?.content == .heading(level: 2, inlines: [.text("Étape 1 : titre")], anchor: "x"))
        let above = parse("<a name=\"y\"></a>\n\n## Titre\n")
        #expect(above.count == 1)
        #expect(above.first?.content == .heading(level: 2, inlines: [.text("Titre")], anchor: "y"))
        let below = parse("## Titre\n<a name=\"z\"> </a>\n\nTexte\n")
        #expect(below.first?.content == .heading(level: 2, inlines: [.text("Titre")], anchor: "z"))
    }

    @Test("task markers open checkbox items")
    func tasks() {
        let blocks = parse("1. [ ] first\n2. [x] second\n3. third\n")
        guard case .list(let list)? = blocks.first?.content else {
            Issue.record("no list")
            return
        }
        #expect(list.items.map(\.checked) == [false, true, nil])
        #expect(list.items[0].blocks.first?.content == .paragraph([.text("first")]))
    }

    @Test("a one-cell table is a box, and the list it splits keeps its numbers")
    func boxes() {
        let text = "1. one\n2. two\n\n||\n|:-----|\n|**IMPORTANT**: read this|\n\n3. three\n"
        let blocks = parse(text)
        #expect(blocks.count == 3)
        #expect(blocks[1].content == .box([.strong([.text("IMPORTANT")]), .text(": read this")]))
        if case .list(let list) = blocks[2].content { #expect(list.start == 3) } else { Issue.record("no second list") }
    }

    @Test("nested lists indented by four spaces stay nested, with images and links")
    func nesting() {
        let text = "1. Step\n\n    1. Sub [link](a.md)\n    2. ![alt](img.png)\n"
        guard case .list(let list)? = parse(text).first?.content, case .list(let inner)? = list.items[0].blocks.last?.content
        else {
            Issue.record("not nested")
            return
        }
        #expect(inner.items.count == 2)
        #expect(inner.items[0].blocks.first?.content == .paragraph([.text("Sub "), .link(destination: "a.md", title: "", [.text("link")])]))
    }

    @Test("CRLF front matter and a byte order mark keep exact lines")
    func crlf() {
        let document = MarkdownParser().parse("\u{FEFF}---\r\ntitle: x\r\n---\r\n\r\n# Head\r\n", path: "t.md")
        #expect(document.frontMatter?.yaml == "title: x\r\n")
        #expect(document.blocks.first?.position == SourcePosition(line: 5, column: 1))
    }

    @Test("an unclosed front matter fence is ordinary Markdown")
    func unclosedFrontMatter() {
        let document = MarkdownParser().parse("---\ntitle: x\n", path: "t.md")
        #expect(document.frontMatter == nil)
        #expect(!document.blocks.isEmpty)
    }

    @Test("invalid UTF-8 is reported with its line and column")
    func invalidUTF8() {
        let data = Data("ok\nab\u{FF}".utf8) + Data([0xC3, 0x28])
        #expect(MarkdownParser.firstInvalidUTF8(data) == SourcePosition(line: 2, column: 5))
    }
}

import Foundation

@Suite("Anchors in odd HTML")
struct AnchorNameTests {
    @Test("anchor names are read from bytes, whatever the case or the characters around them",
          arguments: [
            ("<a name=\"x\">", "x"), ("<A NAME='y'>", "y"), ("<a id=\"z\" name=\"w\">", "w"), ("<abbr>", nil),
            ("<a name=x>", nil), ("<a name=\"unterminated>", nil), ("<a title=\"İİİİ\" name=\"é\">", "é"),
          ] as [(String, String?)])
    func names(html: String, expected: String?) {
        #expect(DocFXNormalizer.anchorName(html) == expected)
    }
}
