internal import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

extension VerificationTextRenderer {
    /// The manifest, the users left out and the warnings, each a short section; empty when the
    /// report has none of them.
    func exportsSections(_ report: VerificationReport, _ language: Language) -> String {
        let clean = ReportEscaping.terminal
        var out = ""
        if let manifest = report.manifest {
            out += "\n" + style.bold(VerificationWords.manifestHeading(language)) + "\n"
            for fact in VerificationWords.manifestFacts(manifest, language) { out += "  \(clean(fact.label)): \(clean(fact.value))\n" }
        }
        if let groups = report.leftOut, !groups.isEmpty {
            out += "\n" + style.bold(VerificationWords.leftOutHeading(language)) + "\n"
            for group in groups { out += "  " + clean(VerificationWords.leftOut(group, language)) + "\n" }
        }
        if let warnings = report.warnings, !warnings.isEmpty {
            out += "\n" + style.bold(VerificationWords.warningsHeading(language)) + "\n"
            for warning in warnings {
                let line = clean(VerificationWords.warning(warning, language))
                out += "  " + (warning.severity == "warning" ? style.yellow(line) : style.dim(line)) + "\n"
            }
        }
        return out
    }
}
