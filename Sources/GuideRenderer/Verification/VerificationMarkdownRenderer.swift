internal import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// The verification report as Markdown, to paste into a ticket: one table of checks, then one
/// table of subjects per failing check. Every cell is escaped.
public struct VerificationMarkdownRenderer: Sendable {
    /// Subjects listed per failing check; the rest are counted.
    public var maxSubjects: Int?

    /// Creates a renderer.
    public init(maxSubjects: Int? = 50) { self.maxSubjects = maxSubjects }

    /// The whole document, ending with a newline.
    public func render(_ report: VerificationReport) -> String {
        let language = Language(rawValue: report.language) ?? .english
        let cell = ReportEscaping.markdownCell
        var out = "# " + BilingualText("Teams Phone verification", "Vérification Téléphonie Teams")[language] + "\n\n"
        out += "- " + BilingualText("Source: ", "Source : ")[language] + "\(cell(report.source.kind)) `\(report.source.path.replacingOccurrences(of: "`", with: "'"))`\n"
        out += "- " + BilingualText("Country: ", "Pays : ")[language] + "\(cell(report.country)) · \(cell(report.connectivity))"
        out += report.features.isEmpty ? "\n" : " · \(cell(report.features.joined(separator: ", ")))\n"
        out += "- **" + cell(VerificationWords.verdict(report, language)) + "**\n\n"
        out += "| " + [BilingualText("Status", "Statut")[language], BilingualText("Step", "Étape")[language], BilingualText("Check", "Vérification")[language],
                       BilingualText("Result", "Résultat")[language]].joined(separator: " | ") + " |\n"
        out += "| --- | --- | --- | --- |\n"
        for step in report.steps {
            for check in step.checks {
                out += "| \(VerificationWords.status(check.status, language)) | \(cell(step.id)) | \(cell(check.check)) | \(cell(check.summary)) |\n"
            }
        }
        for step in report.steps {
            // "Follow step …" is said once per step, under its first section.
            var followed = false
            func follow(_ check: VerificationReport.CheckReport) -> String {
                guard !followed, let step = VerificationWords.stepToFollow(check) else { return "" }
                followed = true
                return cell(VerificationWords.followStep(step, language)) + "\n\n"
            }
            for check in step.checks where check.fix != nil && check.failures.isEmpty {
                out += "\n## \(cell(step.title)) — `\(check.check)`\n\n" + follow(check)
                out += VerificationWords.fixLines(check.fix, language, withStep: false).map { "- " + cell($0) + "\n" }.joined()
            }
            for check in step.checks where !check.failures.isEmpty {
                out += "\n## \(cell(step.title)) — `\(check.check)`\n\n" + follow(check)
                out += "| " + [BilingualText("Kind", "Type")[language], BilingualText("Subject", "Élément")[language], BilingualText("Why", "Motif")[language]].joined(separator: " | ") + " |\n"
                out += "| --- | --- | --- |\n"
                let shown = maxSubjects.map { Array(check.failures.prefix($0)) } ?? check.failures
                for failure in shown {
                    let extra = ([VerificationWords.naming(failure, language)] + VerificationWords.fixLines(failure.fix, language, withStep: false)).filter { !$0.isEmpty }
                    let why = ([failure.reason] + extra).joined(separator: " — ")
                    out += "| \(cell(failure.kind)) | \(cell(failure.subject)) | \(cell(why)) |\n"
                }
                if check.failures.count > shown.count {
                    out += "\n" + cell(VerificationWords.more(check.failures.count - shown.count, language)) + "\n"
                }
            }
        }
        out += exportsSections(report, language)
        return out
    }
}
