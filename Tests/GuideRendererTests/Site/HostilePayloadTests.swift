import Foundation
import GuideRenderer
import SetupGuide
import Testing

/// Guide text, front matter and tenant data are not trusted: none of it may become markup.
@Suite("Hostile payloads stay text")
struct HostilePayloadTests {
    static let script = "<script>alert(1)</script>"
    static let breakout = "\"><img src=x onerror=alert(1)>"

    static let guide = """
        ---
        guide: evil
        lang: fr
        title: "Titre <script>alert(1)</script>"
        description: "Desc \\"><img src=x onerror=alert(1)>"
        order: 1
        ---

        ## Étape <script>alert(1)</script>
        <!-- step
        id: evil-step
        inputs:
          - id: name
            type: string
            label: "Nom <script>alert(1)</script>"
            help: "\\"><img src=x onerror=alert(1)>"
        checks:
          - check: manual.recorded
        -->

        1. Texte &lt;script&gt;alert(1)&lt;/script&gt; et <script>alert(1)</script> en ligne.
        2. [Cliquez](javascript:alert(1)) ou [là](JaVaScRiPt:alert(1)) ou [ici](vbscript:x) ou [data](data:text/html,x).
        3. ![image](javascript:alert(1) "\\"><img src=x onerror=alert(1)>")

        <script>alert(1)</script>

        > [!NOTE]
        > <img src=x onerror=alert(1)>

        ## Étape écartée "><img src=x onerror=alert(1)>
        <!-- step
        id: evil-removed
        when:
          features: [toll-free]
          because: "raison <script>alert(1)</script>"
        checks:
          - check: manual.recorded
        -->

        Rien.
        """

    private func site(provider: (any StepStatusProvider)? = nil) throws -> RenderedSite {
        let content = try Fixture.content(guide: Self.guide)
        #expect(content.diagnostics.filter { $0.severity == .error }.isEmpty, "\(content.diagnostics)")
        let request = SiteRequest(countries: [try Fixture.country("FR")], languages: [.french], statusProvider: provider)
        return try SiteRenderer(templates: .defaults()).render(content, request: request)
    }

    /// Every place a payload could become live markup.
    private func expectInert(_ html: String, file: String) {
        #expect(!html.contains("<script>alert"), "\(file): a script tag got through")
        #expect(!html.contains("<img src=x"), "\(file): an img tag got through")
        #expect(!html.contains("onerror=alert(1)>") || html.contains("onerror=alert(1)&gt;"), "\(file)")
        #expect(!html.lowercased().contains("javascript:"), "\(file): a javascript: address got through")
        #expect(!html.lowercased().contains("vbscript:"), "\(file)")
        #expect(!html.contains("href=\"data:") && !html.contains("src=\"data:"), "\(file)")
    }

    @Test("guide text, titles, inputs, reasons and front matter are escaped on every page")
    func guideText() throws {
        let site = try site()
        for file in site.files where file.path.hasSuffix(".html") { expectInert(file.contents, file: file.path) }
        let page = try #require(site.file("fr-FR.html")).contents
        #expect(page.contains(#"Étape <code class="raw-html">&lt;script&gt;</code>alert(1)"#), "a tag in a heading is shown as text")
        #expect(page.contains("Nom &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("Raison &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains(#"<span class="blocked-link">Cliquez</span>"#))
        let index = try #require(site.file("index.html")).contents
        #expect(index.contains("Titre &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(index.contains("Desc &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test("tenant names, display names and addresses from the provider are escaped")
    func tenantData() throws {
        var provider = FakeStatusProvider(statuses: [
            "evil-step": StepStatus(
                .notDone, detail: "1 / 2 \(Self.breakout)", count: .init(done: 1, total: 2),
                findings: ["Jean \(Self.breakout) <jean@fabrikam.fr>", "1 rue \(Self.script), 69001 Lyon"])
        ])
        provider.tenantName = "Fabrikam \(Self.breakout)"
        let page = try #require(try site(provider: provider).file("fr-FR.html")).contents
        expectInert(page, file: "fr-FR.html")
        #expect(page.contains("Jean &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &lt;jean@fabrikam.fr&gt;"))
        #expect(page.contains("1 rue &lt;script&gt;alert(1)&lt;/script&gt;, 69001 Lyon"))
        #expect(page.contains("Client Fabrikam &quot;&gt;&lt;img src=x onerror=alert(1)&gt;, relevé le"))
    }

    @Test("a step with thousands of findings shows the first ones and counts the rest")
    func manyFindings() throws {
        let findings = (1...10_000).map { "user\($0)@fabrikam.fr : pas de numéro" }
        let provider = FakeStatusProvider(statuses: ["evil-step": StepStatus(.notDone, findings: findings)])
        let page = try #require(try site(provider: provider).file("fr-FR.html")).contents
        #expect(page.contains("<summary>10000 éléments à reprendre</summary>"))
        #expect(page.contains("<li>user50@fabrikam.fr : pas de numéro</li>"))
        #expect(!page.contains("user51@"))
        #expect(page.contains("<li>… et 9950 autres</li>"))
    }

    @Test("--unsafe-html lets the guide's raw HTML through, and only that")
    func unsafeHTML() throws {
        let content = try Fixture.content(guide: Self.guide)
        let request = SiteRequest(countries: [try Fixture.country("FR")], languages: [.french], allowsRawHTML: true)
        let site = try SiteRenderer(templates: .defaults()).render(content, request: request)
        let page = try #require(site.file("fr-FR.html")).contents
        #expect(page.contains("<script>alert(1)</script>\n"), "the raw block passes")
        #expect(!page.lowercased().contains("javascript:"), "links are still checked")
        #expect(page.contains("Raison &lt;script&gt;"), "annotations are YAML, not Markdown: always text")
        let index = try #require(site.file("index.html")).contents
        #expect(index.contains("Titre &lt;script&gt;alert(1)&lt;/script&gt;"), "front matter is always text")
    }
}
