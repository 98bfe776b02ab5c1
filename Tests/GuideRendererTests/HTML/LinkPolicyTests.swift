import GuideRenderer
import SetupGuide
import Testing

@Suite("Link policy")
struct LinkPolicyTests {
    /// Addresses a hostile guide or article could carry, each spelled the way a browser would
    /// still read as a scheme other than http, https or mailto.
    static let hostile: [String] = [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "JAVASCRIPT:alert(1)",
        "java\tscript:alert(1)", "java\nscript:alert(1)", "java\rscript:alert(1)", "javascript\t:alert(1)",
        " javascript:alert(1)", "\t\n javascript:alert(1)", "\u{01}\u{1F}javascript:alert(1)", "\u{0}javascript:alert(1)",
        "\u{85}javascript:alert(1)", "java\u{0}script:alert(1)",
        "vbscript:msgbox(1)", "VBScript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>", "data:text/html;base64,PHNjcmlwdD4=", "DATA:image/svg+xml;base64,PHN2Zz4=",
        "file:///etc/passwd", "ms-settings:privacy", "jar:https://example.com/a.jar!/",
    ]

    /// Addresses that open a page or a mail, and relative ones, which never carry a scheme.
    static let ordinary: [String] = [
        "https://learn.microsoft.com/fr-fr/microsoftteams/", "HTTPS://EXAMPLE.COM/", "http://example.com", "mailto:it@example.com",
        "#licences", "page.html", "../a.md", "/javascript/x", "./javascript:notascheme", "a/b:c", "?q=javascript:x",
        "//cdn.example.com/x.png",
        // as text, `&#106;` is no letter: the address is relative, and the escaper writes `&amp;#106;`
        // so a browser never decodes it into a scheme
        "&#106;avascript:alert(1)",
    ]

    @Test("an address is refused when its scheme, read as a browser reads it, is not http, https or mailto",
          arguments: hostile)
    func refused(url: String) {
        #expect(LinkPolicy.safeDestination(url) == nil)
        #expect(!LinkPolicy.isSafe(url))
    }

    @Test("web, mail, relative and fragment addresses are kept as they are", arguments: ordinary)
    func kept(url: String) {
        #expect(LinkPolicy.safeDestination(url) == url)
    }

    @Test("an entity written as text stays text in the attribute")
    func entityAsText() {
        #expect(HTML.attribute("href", "&#106;avascript:alert(1)").markup == #" href="&amp;#106;avascript:alert(1)""#)
    }

    @Test("neither the guide renderer nor the article renderer writes a refused address", arguments: hostile)
    func bothRenderers(url: String) {
        let link = MarkdownInline.link(destination: url, title: "", [.text("click")])
        let image = MarkdownInline.image(source: url, title: "", [.text("picture")])
        let guide = MarkdownHTMLRenderer(language: .english).render([link, image]).markup
        #expect(!guide.contains("href=") && !guide.contains("src="), "\(guide)")
        #expect(guide.contains("click") && guide.contains("picture"), "the words stay")

        var article = ArticleImporter().importArticle(text: "# Title\n\nText.\n", path: "hostile.md")
        let at = SourcePosition(line: 1, column: 1)
        article.introduction.append(MarkdownBlock(.paragraph([link, image]), at: at))
        article.source = url
        let page = ArticleHTMLRenderer(baseURL: "https://learn.microsoft.com/en-us/microsoftteams/").render(article)
        // the article resolves relative addresses first: what is left is on its own site, or nothing
        let written = Self.addresses(in: page)
        #expect(written.allSatisfy { $0.hasPrefix("https://learn.microsoft.com/") }, "\(written)")
        #expect(page.contains("click") && page.contains("picture"))
    }

    /// Every `href` and `src` value in `page`.
    static func addresses(in page: String) -> [String] {
        ["href=\"", "src=\""].flatMap { opening in
            page.components(separatedBy: opening).dropFirst().map { String($0.prefix { $0 != "\"" }) }
        }
    }
}
