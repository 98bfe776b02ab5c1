internal import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

extension VerificationJUnitRenderer {
    /// A test suite of no test cases holding the manifest as properties and the users left out
    /// and the warnings as its output, which CI pipelines show beside the results; empty when the
    /// report has none of them. It adds no test, so the counts stay those of the checks.
    func exportsSuite(_ report: VerificationReport) -> String {
        let language = Language(rawValue: report.language) ?? .english
        let x = ReportEscaping.xml
        let facts = report.manifest.map { VerificationWords.manifestFacts($0, language) } ?? []
        var lines: [String] = []
        if let groups = report.leftOut, !groups.isEmpty {
            lines.append(VerificationWords.leftOutHeading(language))
            lines += groups.map { "  " + VerificationWords.leftOut($0, language) }
        }
        if let warnings = report.warnings, !warnings.isEmpty {
            lines.append(VerificationWords.warningsHeading(language))
            lines += warnings.map { "  " + VerificationWords.warning($0, language) }
        }
        guard report.manifest != nil || !lines.isEmpty else { return "" }
        var out = "  <testsuite name=\"exports\" tests=\"0\" failures=\"0\" skipped=\"0\">\n"
        if !facts.isEmpty {
            out += "    <properties>\n"
            for fact in facts { out += "      <property name=\"\(x(fact.label))\" value=\"\(x(fact.value))\"/>\n" }
            out += "    </properties>\n"
        }
        if !lines.isEmpty { out += "    <system-out>\(lines.map(x).joined(separator: "&#10;"))</system-out>\n" }
        out += "  </testsuite>\n"
        return out
    }
}
