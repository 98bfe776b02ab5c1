import GuideRenderer
import Testing

@Suite("HTML escaping")
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

    @Test("control characters are dropped from text and attributes; new lines and tabs stay",
          arguments: [
            ("nul\u{0}bell\u{7}", "nulbell"),
            ("esc\u{1B}[31mred", "esc[31mred"),
            ("csi\u{9B}31m", "csi31m"),
            ("del\u{7F}", "del"),
            ("a\tb\nc", "a\tb\nc"),
            ("l\u{2028}s", "l\u{2028}s"),
          ])
    func controls(input: String, expected: String) {
        #expect(HTML.text(input).markup == expected)
        #expect(HTMLEscaping.escape(input) == expected)
        #expect(HTML.attribute("title", input).markup == " title=\"\(expected)\"")
    }
}
