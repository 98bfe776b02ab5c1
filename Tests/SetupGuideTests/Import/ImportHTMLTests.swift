import Foundation
import GuideRenderer
import SetupGuide
import Testing

@Suite("Import: HTML output")
struct ImportHTMLTests {
    @Test("Escaping covers & < > \" '")
    func escaping() {
        #expect(HTMLEscaping.escape("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
        #expect(HTMLEscaping.escape("nul\u{0}bell\u{7}") == "nulbell")
    }

    @Test("A hostile article renders inert")
    func hostile() {
        let article = ArticleImporter().importMarkdown(
            """
            ---
            title: "\\"onmouseover=alert(1) x=\\"<script>alert('t')</script>"
            description: "</title><script>alert(2)</script>"
            source: "javascript:alert(3)"
            ---
            # Title

            <script>alert(4)</script>

            ## Step 1: <script>alert(5)</script> "onmouseover=alert(6)

            1. [click](javascript:alert(7)) and [CLICK](JAVASCRIPT:alert(8)) and [ok](https://example.com/?a=1&b=\\"2\\")
            2. ![pic](data:image/svg+xml;base64,PHN2Zz4= "\\"onerror=alert(9)")
            3. <img src=x onerror=alert(10)> and [v](vbscript:msgbox)

            > [!TIP]
            > <iframe src="https://evil.example"></iframe>
            >
            > tip & trick
            """)
        let html = ArticleHTMLRenderer(baseURL: "https://learn.microsoft.com/en-us/microsoftteams/").render(article)
        #expect(!html.contains("<script"))
        #expect(!html.lowercased().contains("javascript:"))
        #expect(!html.contains("vbscript:"))
        #expect(!html.contains("data:image"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("<img src=\"x\""))
        #expect(!html.contains("\"onmouseover="))
        #expect(!html.contains("\"onerror="))
        #expect(!html.contains(" onerror="))
        #expect(html.contains("alert(5) &quot;onmouseover=alert(6)"))
        #expect(html.contains("<title>&quot;onmouseover=alert(1) x=&quot;&lt;script&gt;"))
        #expect(html.contains("href=\"https://example.com/?a=1&amp;b=&quot;2&quot;\""))
        #expect(html.contains("tip &amp; trick"))
        // the text of a refused link stays
        #expect(html.contains("click"))
    }

    @Test("Fixture 001 renders steps, tasks, callouts and the suggestion")
    func fixture001() throws {
        let article = try Articles.article("001")
        let html = ArticleHTMLRenderer(baseURL: Articles.baseURL).render(article)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(html.components(separatedBy: "<section class=\"step\"").count == 6)
        #expect(html.contains("<aside class=\"callout callout-tip\" aria-label=\"Conseil\"><p class=\"callout-title\">Conseil</p>"))
        #expect(html.contains("<ol start=\"4\" class=\"tasks\">"))
        #expect(html.contains("Ordre suggéré (à confirmer)"))
        #expect(html.contains("<img src=\"https://learn.microsoft.com/fr-fr/images/compteur-licences.png\""))
        #expect(!html.contains("<a name="))
    }
}
