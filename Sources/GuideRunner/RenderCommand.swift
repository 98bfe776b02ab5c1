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

        @Option(name: .customLong("country"),
                help: ArgumentHelp("ISO code of a country, such as FR. Repeat for several (default: all).", valueName: "cc"))
        var countries: [String] = []

        @Option(name: .customLong("lang"),
                help: ArgumentHelp("fr or en. Repeat for both (default: both).", valueName: "lang"))
        var languages: [String] = []

        @Option(name: .customLong("feature"),
                help: ArgumentHelp("An optional feature: \(Feature.allCases.map(\.rawValue).joined(separator: ", ")). Repeat for several.",
                                   valueName: "feature"))
        var features: [String] = []

        @Option(help: ArgumentHelp("calling-plan, operator-connect or direct-routing (default: the tenant's, else calling-plan).",
                                   valueName: "option"))
        var connectivity: String?

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
            let messages = languages.count == 1 ? Language(rawValue: languages[0].lowercased()) ?? .fromEnvironment() : .fromEnvironment()
            if let folder = writeTemplates {
                try writeShippedTemplates(to: URL(fileURLWithPath: folder), messages: messages)
                return
            }
            guard let out else {
                throw usageError(BilingualText("Missing '--out <dir>'", "Il manque '--out <dossier>'")[messages], in: messages)
            }
            let start = Date()
            let request = try makeRequest(messages: messages)
            let templateSet: TemplateSet
            do {
                templateSet = try TemplateSet.load(overridesIn: templates.map { URL(fileURLWithPath: $0) })
            } catch {
                printError(error.description(in: messages))
                throw ExitCode(2)
            }
            let site: RenderedSite
            do {
                site = try SiteRenderer(templates: templateSet).render(request.content, request: request.site)
            } catch .noGuides(let language) {
                printError(BilingualText("No guide in '\(language.rawValue)' in \(contentOptions.contentURL.path)",
                                         "Aucun guide en '\(language.rawValue)' dans \(contentOptions.contentURL.path)")[messages])
                throw ExitCode(1)
            } catch .planning(let diagnostic) {
                printError(DiagnosticPrinter(style: TerminalStyle.detect(fileDescriptor: STDERR_FILENO), language: messages).format(diagnostic))
                throw ExitCode(1)
            }
            do {
                try SiteWriter().write(site, to: URL(fileURLWithPath: out))
            } catch {
                printError(BilingualText("Error: ", "Erreur : ")[messages] + error.message(in: messages))
                throw ExitCode(2)
            }
            print(summary(site, request: request.site, out: out, seconds: Date().timeIntervalSince(start), in: messages))
        }

        /// "Wrote 76 checklists (38 countries × 2 languages) and the index to site: 3.8 MB in 0.15 s", plurals right.
        private func summary(_ site: RenderedSite, request: SiteRequest, out: String, seconds: Double, in language: Language) -> String {
            let countries = request.countries.count, languages = request.languages.count, pages = countries * languages
            let size =
                site.byteCount < 1_048_576
                ? "\(max(1, site.byteCount / 1024)) " + BilingualText("kB", "ko")[language]
                : String(format: "%.1f ", Double(site.byteCount) / 1_048_576) + BilingualText("MB", "Mo")[language]
            let time = String(format: "%.2f", seconds)
            func plural(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
            return BilingualText(
                "Wrote \(plural(pages, "checklist", "checklists")) (\(plural(countries, "country", "countries")) × \(plural(languages, "language", "languages"))) and the index to \(out): \(size) in \(time) s",
                "\(plural(pages, "liste écrite", "listes écrites")) (\(plural(countries, "pays", "pays")) × \(plural(languages, "langue", "langues"))) avec l'index dans \(out) : \(size) en \(time) s")[language]
        }

        /// Reads the content and checks every name given, refusing unknown ones with the valid choices.
        private func makeRequest(messages: Language) throws -> (content: ContentSet, site: SiteRequest) {
            var chosenLanguages: [Language] = []
            for name in languages {
                guard let language = Language(rawValue: name.lowercased()) else {
                    throw usageError(BilingualText("Unknown language '\(name)'. Valid choices: fr, en",
                                                   "Langue inconnue '\(name)'. Choix possibles : fr, en")[messages], in: messages)
                }
                if !chosenLanguages.contains(language) { chosenLanguages.append(language) }
            }
            var chosenFeatures: Set<Feature> = []
            for name in features {
                guard let feature = Feature(rawValue: name) else {
                    let valid = Feature.allCases.map(\.rawValue).joined(separator: ", ")
                    throw usageError(BilingualText("Unknown feature '\(name)'. Valid choices: \(valid)",
                                                   "Fonction inconnue '\(name)'. Choix possibles : \(valid)")[messages], in: messages)
                }
                chosenFeatures.insert(feature)
            }
            var chosenConnectivity: Connectivity?
            if let connectivity {
                guard let known = Connectivity(rawValue: connectivity) else {
                    let valid = Connectivity.allCases.map(\.rawValue).joined(separator: ", ")
                    throw usageError(BilingualText("Unknown connectivity '\(connectivity)'. Valid choices: \(valid)",
                                                   "Connectivité inconnue '\(connectivity)'. Choix possibles : \(valid)")[messages], in: messages)
                }
                chosenConnectivity = known
            }
            let content = ContentSet.load(paths: [contentOptions.contentURL])
            let errors = content.diagnostics.filter { $0.severity == .error }
            if !errors.isEmpty {
                let printer = DiagnosticPrinter(style: TerminalStyle.detect(fileDescriptor: STDERR_FILENO), language: messages)
                for diagnostic in errors { printError(printer.format(diagnostic)) }
                printError(BilingualText("The guides have errors; run 'setup-guide lint'.",
                                         "Les guides comportent des erreurs ; lancez « setup-guide lint ».")[messages])
                throw ExitCode(1)
            }
            var chosenCountries: [Country] = []
            for code in countries {
                guard let country = content.countries.country(code) else {
                    let valid = content.countries.codes.joined(separator: " ")
                    throw usageError(BilingualText("Unknown country '\(code)'. Valid choices: \(valid)",
                                                   "Pays inconnu '\(code)'. Choix possibles : \(valid)")[messages], in: messages)
                }
                if !chosenCountries.contains(where: { $0.code == country.code }) { chosenCountries.append(country) }
            }
            var provider: CheckingStatusProvider?
            if let tenant {
                let opened = try openTenant(tenant, countries: content.countries, messages: messages)
                provider = opened.provider
                // a tenant is one organisation: its country and connectivity are the plan's
                if chosenCountries.isEmpty {
                    guard let code = opened.organisation.country, let country = content.countries.country(code) else {
                        throw usageError(BilingualText(
                            "The tenant '\(tenant)' has no country recorded; give --country",
                            "Le client '\(tenant)' n'a pas de pays enregistré ; indiquez --country")[messages], in: messages)
                    }
                    chosenCountries = [country]
                }
                if chosenConnectivity == nil { chosenConnectivity = opened.organisation.connectivity.flatMap(Connectivity.init(rawValue:)) }
            }
            if chosenCountries.isEmpty {
                chosenCountries = content.countries.codes.compactMap { content.countries.country($0) }
            }
            if chosenLanguages.isEmpty { chosenLanguages = content.languages }
            return (content, SiteRequest(
                countries: chosenCountries, languages: chosenLanguages, connectivity: chosenConnectivity ?? .callingPlan,
                features: chosenFeatures, allowsRawHTML: unsafeHTML, statusProvider: provider))
        }

        /// Opens the tenant read-only, so a render never waits for nor blocks a writer for long,
        /// and never changes it.
        private func openTenant(_ path: String, countries: CountryCatalogue, messages: Language) throws
            -> (provider: CheckingStatusProvider, organisation: (country: String?, connectivity: String?))
        {
            let url = URL(fileURLWithPath: path)
            do {
                let tenant = try RehearsalTenant(at: url, readOnly: true, countries: { countries.country($0) })
                // Inputs take the answers the tenant's run recorded, as in `verify`.
                let answers = ((try? tenant.entries()) ?? []).reduce(into: [String: [String: String]]()) { $0[$1.stepID] = $1.inputs }
                let provider = CheckingStatusProvider(
                    tenant: tenant, tenantName: url.deletingPathExtension().lastPathComponent, snapshotDate: tenant.snapshotDate,
                    binding: CheckBinding(answers: answers))
                return (provider, try tenant.organisation())
            } catch let error as TenantStoreError {
                printError(BilingualText("Error: ", "Erreur : ")[messages] + error.message(in: messages))
                throw ExitCode(2)
            } catch {
                printError("Error: " + BilingualText("cannot read the tenant '\(path)': \(error)",
                                                     "impossible de lire le client '\(path)' : \(error)")[messages])
                throw ExitCode(2)
            }
        }

        /// Writes the shipped templates as files; an existing file is left alone and reported.
        private func writeShippedTemplates(to folder: URL, messages: Language) throws {
            do {
                let written = try TemplateSet.writeDefaults(to: folder)
                print(BilingualText("Wrote \(written.joined(separator: ", ")) to \(folder.path)",
                                    "Écrits dans \(folder.path) : \(written.joined(separator: ", "))")[messages])
            } catch {
                printError(BilingualText("Error: ", "Erreur : ")[messages] + error.message(in: messages))
                throw ExitCode(2)
            }
        }
    }
}
