import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

extension SetupGuideCommand {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write static HTML checklists: one page per country and language, and an index.",
            discussion: """
                The site needs no network: styles and script are files in the output folder, and it works \
                from a file share. Ticked boxes are kept in the browser. With no --country every country of \
                the catalogue is rendered, with no --lang both languages.
                The folder is written whole: the pages are made in a hidden folder beside it, which then takes \
                its place. An existing folder is replaced only if an earlier render made it.
                --templates DIR replaces any of the shipped page.mustache, step.mustache, index.mustache, \
                style.css and checklist.js; --write-templates DIR writes the shipped ones there to start from.
                Exit codes: 0 site written; 1 the content has errors or steps cannot be ordered (run lint); \
                2 a template is broken, the output folder was refused or cannot be written, or the --tenant file \
                is missing, in use or not a tenant; 64 usage error.
                """)

        @Option(help: ArgumentHelp("Folder to write the site into.", valueName: "dir"))
        var out: String?

        @OptionGroup var choice: PlanChoiceOptions

        @Option(name: .customLong("lang"), help: ArgumentHelp("Repeat for both (default: both).", valueName: "lang"))
        var languages: [Language] = []

        @Option(help: ArgumentHelp("Folder of templates and static files that replace the shipped ones.", valueName: "dir"))
        var templates: String?

        @Option(name: .customLong("write-templates"),
                help: ArgumentHelp("Write the shipped templates into this folder, to brand them, and stop.", valueName: "dir"))
        var writeTemplates: String?

        @Flag(name: .customLong("unsafe-html"),
              help: "Let raw HTML in guides through as it is (trusted guides only). By default it is shown as text.")
        var unsafeHTML = false

        @Option(help: ArgumentHelp("Rehearsal tenant file: show, for each step, whether it is done there (default country and connectivity: the tenant's).", valueName: "path"))
        var tenant: String?

        @OptionGroup var contentOptions: ContentOptions

        func run() throws {
            let messages = languages.count == 1 ? languages[0] : .fromEnvironment()
            if let folder = writeTemplates { return try writeShippedTemplates(to: URL(fileURLWithPath: folder), messages: messages) }
            guard let out else { throw usageError(BilingualText("Missing '--out <dir>'", "Il manque '--out <dossier>'")[messages], in: messages) }
            let start = Date()
            let selection: SiteSelection
            do {
                selection = try SiteSelection(
                    countries: choice.countries, languages: languages, features: choice.features, connectivity: choice.connectivity,
                    tenant: tenant.map { URL(fileURLWithPath: $0) }, content: contentOptions.contentURL)
            } catch { throw CommandFailure(error, language: messages) }
            let request = selection.request(allowsRawHTML: unsafeHTML)
            let build = SiteBuild(templates: templates, messages: messages)
            let site = try build.render(selection.content, request: request, folder: contentOptions.contentURL)
            try build.write(site, to: out)
            print(summary(site, request: request, out: out, seconds: Date().timeIntervalSince(start), in: messages))
        }
    }
}
