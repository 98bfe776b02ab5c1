import GuideRenderer
import Testing

@Suite("HTML escaping and link policy")
struct HTMLEscapingTests {
    @Test("text escapes the five characters that end text or an attribute",
          arguments: [
            ("plain", "plain"),
            ("a & b", "a &amp; b"),
            ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            ("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
            ("l'adresse", "l&#39;adresse"),
            ("Zürich — « été »", "Zürich — « été »"),
          ])
    func text(input: String, expected: String) {
        #expect(HTML.text(input).markup == expected)
    }

    @Test("attribute values are quoted and escaped")
    func attribute() {
        #expect(HTML.attribute("title", "a\"b'c<d>").markup == #" title="a&quot;b&#39;c&lt;d&gt;""#)
    }

    @Test("addresses that run code or carry a document are refused, however they are spelled",
          arguments: [
            "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "java\nscript:alert(1)", "\u{01}javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
            "DATA:image/svg+xml;base64,PHN2Zz4=",
          ])
    func blocked(url: String) {
        #expect(LinkPolicy.safeDestination(url) == nil)
    }

    @Test("ordinary addresses are kept",
          arguments: ["https://learn.microsoft.com/fr-fr/microsoftteams/", "#licences", "page.html", "mailto:it@example.com",
                      "./javascript:notascheme", "/javascript/x"])
    func kept(url: String) {
        #expect(LinkPolicy.safeDestination(url) == url)
    }
}
