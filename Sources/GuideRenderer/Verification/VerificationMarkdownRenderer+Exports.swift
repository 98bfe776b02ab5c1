internal import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

extension VerificationMarkdownRenderer {
    /// The manifest, the users left out and the warnings, each a section; empty when the report
    /// has none of them.
    func exportsSections(_ report: VerificationReport, _ language: Language) -> String {
        let cell = ReportEscaping.markdownCell
        var out = ""
        if let manifest = report.manifest {
            out += "\n## \(cell(VerificationWords.manifestHeading(language)))\n\n"
            for fact in VerificationWords.manifestFacts(manifest, language) { out += "- \(cell(fact.label))" + BilingualText(": ", " : ")[language] + "\(cell(fact.value))\n" }
        }
        if let groups = report.leftOut, !groups.isEmpty {
            out += "\n## \(cell(VerificationWords.leftOutHeading(language)))\n\n"
            for group in groups { out += "- \(cell(VerificationWords.leftOut(group, language)))\n" }
        }
        if let warnings = report.warnings, !warnings.isEmpty {
            out += "\n## \(cell(VerificationWords.warningsHeading(language)))\n\n"
            for warning in warnings { out += "- \(cell(VerificationWords.warning(warning, language)))\n" }
        }
        return out
    }
}
