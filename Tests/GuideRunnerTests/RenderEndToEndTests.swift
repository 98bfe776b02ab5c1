import Foundation
import Testing

@Suite("setup-guide render, run as a user would")
struct RenderEndToEndTests {
    private func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        return (enumerator?.allObjects as? [String] ?? []).sorted()
    }

    @Test("render --help documents the options and exit codes")
    func help() throws {
        let output = try BinaryRunner.run(["render", "--help"])
        #expect(output.status == 0)
        for word in ["--out", "--country", "--lang", "--feature", "--connectivity", "--templates", "--unsafe-html", "--tenant", "Exit codes: 0"] {
            #expect(output.stdout.contains(word), "\(word) missing from help")
        }
    }

    @Test("with no country and no language, every country in both languages, self-contained")
    func everything() throws {
        let out = try BinaryRunner.temporaryDirectory().appendingPathComponent("site")
        let output = try BinaryRunner.run(["render", "--out", out.path, "--feature", "call-queues"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("× 2 languages"), "\(output.stdout)")
        let names = files(under: out)
        #expect(names.contains("index.html") && names.contains("fr-FR.html") && names.contains("en-US.html") && names.contains("en-BR.html"))
        #expect(names.contains("assets/style.css") && names.contains("assets/checklist.js"))
        let pages = names.filter { $0.hasSuffix(".html") && $0 != "index.html" }
        #expect(pages.count % 2 == 0 && pages.count >= 70, "\(pages.count) pages")
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        for page in pages { #expect(index.contains("href=\"\(page)\""), "index links \(page)") }
        // French readers look for États-Unis among the E, after Espagne and before Finlande
        let spain = try #require(index.range(of: ">Espagne")), us = try #require(index.range(of: ">États-Unis")),
            finland = try #require(index.range(of: ">Finlande"))
        #expect(spain.lowerBound < us.lowerBound && us.lowerBound < finland.lowerBound)
        let french = try String(contentsOf: out.appendingPathComponent("fr-FR.html"), encoding: .utf8)
        #expect(french.contains(#"<a href="en-FR.html" lang="en" hreflang="en">In English</a>"#), "the page links its other language")
        for name in names where name.hasSuffix(".html") || name.hasSuffix(".css") {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            // guide links to learn.microsoft.com are fine; anything the page loads must be local
            #expect(text.range(of: #"<(script|link|img|iframe)[^>]*(src|href)="(https?:)?//"#, options: .regularExpression) == nil, "\(name) loads something remote")
            #expect(!text.contains("@import") && !text.contains("url(http") && !text.contains("@font-face"), "\(name)")
        }
    }

    @Test("--country and --lang narrow the site; a second render replaces the first whole")
    func narrowAndReplace() throws {
        let out = try BinaryRunner.temporaryDirectory().appendingPathComponent("site")
        #expect(try BinaryRunner.run(["render", "--out", out.path]).status == 0)
        let output = try BinaryRunner.run(["render", "--out", out.path, "--country", "fr", "--country", "BE", "--lang", "fr"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(files(under: out).filter { $0.hasSuffix(".html") } == ["fr-BE.html", "fr-FR.html", "index.html"])
        let page = try String(contentsOf: out.appendingPathComponent("fr-FR.html"), encoding: .utf8)
        #expect(page.contains("<html lang=\"fr\">") && page.contains("id=\"emergency-addresses\""))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(siblings == ["site"], "no staging or old folder left beside --out: \(siblings)")
    }

    @Test("unknown names exit 64 with the valid choices and write nothing",
          arguments: [
            (["--country", "../../etc"], "Unknown country '../../etc'. Valid choices: AT"),
            (["--country", "/etc/passwd"], "Unknown country '/etc/passwd'"),
            (["--lang", "de"], "Unknown language 'de'. Valid choices: fr, en"),
            (["--feature", "fax"], "Unknown feature 'fax'. Valid choices: audio-conferencing, "),
            (["--connectivity", "pigeon"], "Unknown connectivity 'pigeon'. Valid choices: calling-plan, "),
          ])
    func unknownNames(arguments: [String], message: String) throws {
        let parent = try BinaryRunner.temporaryDirectory()
        let output = try BinaryRunner.run(["render", "--out", parent.appendingPathComponent("site").path] + arguments)
        #expect(output.status == 64)
        #expect(output.stderr.contains(message), "\(output.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    }

    @Test("--out is required")
    func missingOut() throws {
        let output = try BinaryRunner.run(["render"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("--out"))
    }

    @Test("a folder that is not a site is refused with exit 2 and left alone")
    func foreignFolder() throws {
        let out = try BinaryRunner.temporaryDirectory()
        try "notes".write(to: out.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let output = try BinaryRunner.run(["render", "--out", out.path, "--country", "FR"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("was not written by 'setup-guide render'"), "\(output.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["notes.txt"])
    }

    @Test("a broken template names its file and line, exits 2 and writes nothing")
    func brokenTemplate() throws {
        let parent = try BinaryRunner.temporaryDirectory()
        let templates = parent.appendingPathComponent("brand")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "<ul>\n{{#steps}}\n<li>{{title}}</li>\n{{/stepz}}\n</ul>\n"
            .write(to: templates.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
        let output = try BinaryRunner.run(["render", "--out", parent.appendingPathComponent("site").path, "--templates", templates.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("brand/page.mustache:4:"), "\(output.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["brand"])
        let french = try BinaryRunner.run(
            ["render", "--out", parent.appendingPathComponent("site").path, "--templates", templates.path],
            environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.stderr.contains("brand/page.mustache:4:4: error: cette balise fermante ne correspond pas"), "\(french.stderr)")
    }

    @Test("--write-templates gives a starting point that --templates then uses")
    func brandedTemplates() throws {
        let parent = try BinaryRunner.temporaryDirectory()
        let brand = parent.appendingPathComponent("brand")
        #expect(try BinaryRunner.run(["render", "--write-templates", brand.path]).status == 0)
        let page = brand.appendingPathComponent("page.mustache")
        let text = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "<h1>{{heading}}</h1>", with: "<h1>Contoso · {{heading}}</h1>")
        try text.write(to: page, atomically: true, encoding: .utf8)
        let out = parent.appendingPathComponent("site")
        let output = try BinaryRunner.run(["render", "--out", out.path, "--templates", brand.path, "--country", "FR", "--lang", "en"])
        #expect(output.status == 0, "\(output.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("en-FR.html"), encoding: .utf8)
        #expect(html.contains("<h1>Contoso · Teams Phone checklist — France</h1>"))
    }

    @Test("--tenant shows each step done or not from the rehearsal tenant, with counts and the date read")
    func tenant() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = folder.appendingPathComponent("fabrikam.sqlite").path
        let users = BinaryRunner.packageRoot.appendingPathComponent("content/examples/demo-users.csv").path
        #expect(try BinaryRunner.run(["tenant", "init", "--tenant", tenant, "--country", "FR"]).status == 0)
        #expect(try BinaryRunner.run(["tenant", "import-users", "--tenant", tenant, users]).status == 0)
        let out = folder.appendingPathComponent("site")
        let output = try BinaryRunner.run(["render", "--out", out.path, "--lang", "fr", "--tenant", tenant])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(files(under: out).filter { $0.hasSuffix(".html") } == ["fr-FR.html", "index.html"], "the tenant's country only")
        let page = try String(contentsOf: out.appendingPathComponent("fr-FR.html"), encoding: .utf8)
        #expect(page.contains("<p class=\"tenant\">Client fabrikam, relevé le "), "the tenant and when it was read")
        #expect(page.contains("<strong>Fait dans le client</strong> — 13 utilisateurs dans le client"), "import-users is done")
        #expect(page.contains("<section class=\"step status-not-done\" id=\"licences\">"), "no licence bought yet")
    }

    @Test("a tenant without a country needs --country")
    func tenantWithoutCountry() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = folder.appendingPathComponent("empty.sqlite").path
        #expect(try BinaryRunner.run(["tenant", "init", "--tenant", tenant]).status == 0)
        let output = try BinaryRunner.run(["render", "--out", folder.appendingPathComponent("site").path, "--tenant", tenant])
        #expect(output.status == 64)
        #expect(output.stderr.contains("has no country recorded; give --country"), "\(output.stderr)")
        #expect(try BinaryRunner.run(["render", "--out", folder.appendingPathComponent("site").path, "--tenant", tenant, "--country", "BE"]).status == 0)
    }

    @Test("a missing --tenant file exits 2 and writes nothing")
    func missingTenant() throws {
        let parent = try BinaryRunner.temporaryDirectory()
        let output = try BinaryRunner.run(["render", "--out", parent.appendingPathComponent("site").path, "--tenant", parent.appendingPathComponent("none.sqlite").path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("none.sqlite"), "\(output.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    }

    @Test("a hostile guide renders as text; --unsafe-html lets only its raw HTML through")
    func hostileGuide() throws {
        let content = try BinaryRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: content.appendingPathComponent("guides/fr"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BinaryRunner.packageRoot.appendingPathComponent("content/countries.yaml"),
                                         to: content.appendingPathComponent("countries.yaml"))
        try """
            ---
            guide: evil
            lang: fr
            title: "<script>alert(1)</script>"
            ---

            ## Étape
            <!-- step
            id: evil
            checks:
              - check: manual.recorded
            -->

            1. [Lien](javascript:alert(1)) <img src=x onerror=alert(1)>

            <script>alert(2)</script>
            """.write(to: content.appendingPathComponent("guides/fr/evil.md"), atomically: true, encoding: .utf8)
        let safe = content.appendingPathComponent("safe"), unsafe = content.appendingPathComponent("unsafe")
        let common = ["render", "--content", content.path, "--country", "FR", "--lang", "fr", "--out"]
        #expect(try BinaryRunner.run(common + [safe.path]).status == 0)
        #expect(try BinaryRunner.run(common + [unsafe.path, "--unsafe-html"]).status == 0)
        let page = try String(contentsOf: safe.appendingPathComponent("fr-FR.html"), encoding: .utf8)
        let index = try String(contentsOf: safe.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!page.contains("<script>alert") && !page.contains("<img src=x") && !page.contains("javascript:"))
        #expect(index.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let trusted = try String(contentsOf: unsafe.appendingPathComponent("fr-FR.html"), encoding: .utf8)
        #expect(trusted.contains("<script>alert(2)</script>") && trusted.contains("<img src=x onerror=alert(1)>"))
        #expect(!trusted.contains("javascript:"), "links are checked even with --unsafe-html")
    }

    @Test("guides with errors stop the render with exit 1")
    func brokenContent() throws {
        let content = try BinaryRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: content.appendingPathComponent("guides/fr"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BinaryRunner.packageRoot.appendingPathComponent("content/countries.yaml"),
                                         to: content.appendingPathComponent("countries.yaml"))
        try "no front matter\n".write(to: content.appendingPathComponent("guides/fr/x.md"), atomically: true, encoding: .utf8)
        let output = try BinaryRunner.run(["render", "--out", content.appendingPathComponent("site").path, "--content", content.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("malformed-front-matter"), "\(output.stderr)")
    }
}
