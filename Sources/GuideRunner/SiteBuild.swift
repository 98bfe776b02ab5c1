import Foundation
import GuideRenderer
import SetupGuide

/// `render`'s pages from its templates, their problems turned into its exit codes: 2 for a
/// broken template, 1 for content that gives no pages.
struct SiteBuild {
    var templates: String?
    var messages: Language

    /// The rendered site of `content` (read from `folder`) for `request`.
    func render(_ content: ContentSet, request: SiteRequest, folder: URL) throws(CommandFailure) -> RenderedSite {
        let templateSet: TemplateSet
        do {
            templateSet = try TemplateSet.load(overridesIn: templates.map { URL(fileURLWithPath: $0) })
        } catch {
            throw CommandFailure(exitCode: 2, message: error.description(in: messages))
        }
        do {
            return try SiteRenderer(templates: templateSet).render(content, request: request)
        } catch {
            switch error {
            case .noGuides(let language):
                throw CommandFailure(exitCode: 1, message: BilingualText(
                    "No guide in '\(language.rawValue)' in \(folder.path)", "Aucun guide en '\(language.rawValue)' dans \(folder.path)")[messages])
            case .planning(let diagnostic):
                throw CommandFailure(
                    exitCode: 1, message: DiagnosticPrinter(style: TerminalStyle.detect(fileDescriptor: STDERR_FILENO), language: messages).format(diagnostic))
            }
        }
    }

    /// Writes the site into `out` whole; a refused or unwritable folder exits 2.
    func write(_ site: RenderedSite, to out: String) throws(CommandFailure) {
        do {
            try SiteWriter().write(site, to: URL(fileURLWithPath: out))
        } catch {
            throw CommandFailure(exitCode: 2, message: BilingualText("Error: ", "Erreur : ")[messages] + error.message(in: messages))
        }
    }
}

extension SiteSelection {
    /// The renderer's request for these pages.
    func request(allowsRawHTML: Bool) -> SiteRequest {
        SiteRequest(
            countries: countries, languages: languages, connectivity: connectivity, features: features, allowsRawHTML: allowsRawHTML,
            statusProvider: statusProvider)
    }
}
