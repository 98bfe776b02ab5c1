internal import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

extension VerificationHTMLRenderer {
    /// The manifest, the users left out and the warnings, as sections of the page; empty when
    /// the report has none of them.
    func exportsSections(_ report: VerificationReport, _ language: Language) -> String {
        let e = ReportEscaping.html
        var out = ""
        if let manifest = report.manifest {
            out += "<section class=\"manifest\">\n<h2>\(e(VerificationWords.manifestHeading(language)))</h2>\n<dl>\n"
            for fact in VerificationWords.manifestFacts(manifest, language) { out += "<dt>\(e(fact.label))</dt><dd>\(e(fact.value))</dd>\n" }
            out += "</dl>\n</section>\n"
        }
        if let groups = report.leftOut, !groups.isEmpty {
            out += "<section class=\"left-out\">\n<h2>\(e(VerificationWords.leftOutHeading(language)))</h2>\n<ul>\n"
            for group in groups { out += "<li data-reason=\"\(e(group.reason))\">\(e(VerificationWords.leftOut(group, language)))</li>\n" }
            out += "</ul>\n</section>\n"
        }
        if let warnings = report.warnings, !warnings.isEmpty {
            out += "<section class=\"warnings\">\n<h2>\(e(VerificationWords.warningsHeading(language)))</h2>\n<ul>\n"
            for warning in warnings { out += "<li class=\"\(e(warning.severity))\"><code>\(e(VerificationWords.warning(warning, language)))</code></li>\n" }
            out += "</ul>\n</section>\n"
        }
        return out
    }
}
