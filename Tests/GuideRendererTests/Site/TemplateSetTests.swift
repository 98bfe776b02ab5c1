import Foundation
import GuideRenderer
import SetupGuide
import Testing

@Suite("Templates: shipped, overridden, broken")
struct TemplateSetTests {
    @Test("a broken template is reported with its file, line and column",
          arguments: [
            ("page.mustache", "<html>\n<body>\n{{#steps}}\n<p>{{title}}</p>\n{{/step}}\n</body>", 5, "does not match"),
            ("index.mustache", "<h1>{{title</h1>\n", 1, "not finished"),
            ("step.mustache", "<section>\n{{#status}}\n", 3, "never closed"),
          ])
    func broken(file: String, text: String, line: Int, words: String) throws {
        let folder = try Fixture.temporaryFolder()
        try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        do {
            _ = try TemplateSet.load(overridesIn: folder)
            Issue.record("a broken template was accepted")
        } catch {
            #expect(error.file == folder.appendingPathComponent(file).path)
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(words), "\(error)")
            #expect(error.description.hasPrefix("\(folder.appendingPathComponent(file).path):\(line):"))
        }
    }

    @Test("a partial that does not exist, or that includes itself through others, names the file and line",
          arguments: [
            (["page.mustache": "<main>\n  {{> stepp}}\n</main>"], "page.mustache", 2, 3, "no template 'stepp'"),
            (["step.mustache": "<section>\n{{#steps}}{{>step}}{{/steps}}</section>"], "step.mustache", 2, 11,
             "without end: step → step"),
            (["step.mustache": "{{>card}}", "card.mustache": "\n\n{{> step }}"], "step.mustache", 1, 1,
             "without end: card → step → card"),
          ])
    func partials(files: [String: String], file: String, line: Int, column: Int, words: String) throws {
        let folder = try Fixture.temporaryFolder()
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        do {
            _ = try TemplateSet.load(overridesIn: folder)
            Issue.record("the partials were accepted")
        } catch {
            #expect(error.file == folder.appendingPathComponent(file).path, "\(error)")
            #expect((error.line, error.column) == (line, column), "\(error)")
            #expect(error.message.contains(words), "\(error)")
        }
    }

    @Test("a template of the folder replaces the shipped one; the others stay")
    func override() throws {
        let folder = try Fixture.temporaryFolder()
        try "<!DOCTYPE html><title>Contoso — {{title}}</title>{{#steps}}{{>step}}{{/steps}}"
            .write(to: folder.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
        try "body { color: #000 }".write(to: folder.appendingPathComponent("style.css"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet.load(overridesIn: folder)
        let page = ChecklistPageBuilder(plan: try Fixture.plan(), guideTitles: Fixture.guideTitles()).build()
        let html = templates.render("page", page.context)
        #expect(html.hasPrefix("<!DOCTYPE html><title>Contoso — Liste de contrôle Teams Phone — France</title>"))
        #expect(html.contains(#"<section class="step" id="licences">"#), "the shipped step partial is still used")
        #expect(templates.assets["style.css"] == "body { color: #000 }")
        #expect(templates.assets["checklist.js"]?.contains("localStorage") == true)
    }

    @Test("{{x}} and {{{x}}} write the same escaped value: nothing is escaped twice or not at all")
    func bothStashes() throws {
        let folder = try Fixture.temporaryFolder()
        try "[{{subtitle}}][{{{subtitle}}}]".write(to: folder.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
        let page = ChecklistPageBuilder(plan: try Fixture.plan(), guideTitles: Fixture.guideTitles()).build()
        let html = try TemplateSet.load(overridesIn: folder).render("page", page.context)
        #expect(html == "[Connectivité : Forfait d&#39;appels · Fonctions : aucune][Connectivité : Forfait d&#39;appels · Fonctions : aucune]")
    }

    @Test("the shipped templates can be written out to start a brand, and are not overwritten")
    func writeDefaults() throws {
        let folder = try Fixture.temporaryFolder().appendingPathComponent("brand")
        let names = try TemplateSet.writeDefaults(to: folder)
        #expect(names == ["checklist.js", "head.mustache", "index.mustache", "page.mustache", "step.mustache", "style.css"])
        _ = try TemplateSet.load(overridesIn: folder)
        #expect(throws: SiteWriter.Failure.self) { try TemplateSet.writeDefaults(to: folder) }
    }
}
