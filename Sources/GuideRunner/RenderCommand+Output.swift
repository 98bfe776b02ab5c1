import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

/// What `render` prints: its summary, and the templates it writes for branding.
extension SetupGuideCommand.Render {
    /// "Wrote 76 checklists (38 countries × 2 languages) and the index to site: 3.8 MB in 0.15 s", plurals right.
    func summary(_ site: RenderedSite, request: SiteRequest, out: String, seconds: Double, in language: Language) -> String {
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

    /// Writes the shipped templates as files; an existing file is left alone and reported.
    func writeShippedTemplates(to folder: URL, messages: Language) throws {
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
