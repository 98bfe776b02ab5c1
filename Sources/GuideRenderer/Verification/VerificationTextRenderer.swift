internal import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// The verification report as a terminal table; colour only when `style` allows it.
///
/// ```swift
/// print(VerificationTextRenderer(style: .detect()).render(report), terminator: "")
/// ```
public struct VerificationTextRenderer: Sendable {
    /// Colours or not.
    public var style: TerminalStyle
    /// Subjects listed per failing check; the rest are counted.
    public var maxSubjects: Int?

    /// Creates a renderer.
    public init(style: TerminalStyle, maxSubjects: Int? = 20) {
        self.style = style
        self.maxSubjects = maxSubjects
    }

    /// The whole report, ending with a newline.
    public func render(_ report: VerificationReport) -> String {
        let language = Language(rawValue: report.language) ?? .english
        let clean = ReportEscaping.terminal
        var out = style.bold(BilingualText("Verification of ", "Vérification de ")[language]
            + (report.source.kind == "exports" ? BilingualText("exports ", "l'export ")[language] : BilingualText("tenant ", "client ")[language])
            + clean(report.source.path)) + "\n"
        let features = report.features.isEmpty ? "-" : report.features.joined(separator: ", ")
        out += style.dim(BilingualText("Country ", "Pays ")[language] + "\(report.country) · \(report.connectivity) · "
            + BilingualText("features: ", "fonctions : ")[language] + features) + "\n\n"

        let rows = report.steps.flatMap { step in step.checks.map { (step, $0) } }
        let headers = [BilingualText("STATUS", "STATUT")[language], BilingualText("STEP", "ÉTAPE")[language], BilingualText("CHECK", "VÉRIFICATION")[language]]
        let statusWidth = max(headers[0].count, 6)
        let stepWidth = min(max(headers[1].count, rows.map { $0.0.id.count }.max() ?? 0), 28)
        let checkWidth = min(max(headers[2].count, rows.map { $0.1.check.count }.max() ?? 0), 40)
        out += style.bold(pad(headers[0], statusWidth) + "  " + pad(headers[1], stepWidth) + "  " + pad(headers[2], checkWidth) + "  "
            + BilingualText("RESULT", "RÉSULTAT")[language]) + "\n"
        // "Follow step …" is said once per step, under its first check with a fix.
        var followed: Set<String> = []
        for (step, check) in rows {
            let word = pad(VerificationWords.status(check.status, language), statusWidth)
            let coloured = check.status == "pass" ? style.green(word) : check.status == "fail" ? style.red(word) : style.dim(word)
            out += coloured + "  " + pad(clean(step.id), stepWidth) + "  " + pad(clean(check.check), checkWidth) + "  " + clean(check.summary) + "\n"
            let indent = String(repeating: " ", count: statusWidth + 4)
            if let follow = VerificationWords.stepToFollow(check), followed.insert(step.id + "\u{0}" + follow).inserted {
                out += indent + style.dim(clean(VerificationWords.followStep(follow, language))) + "\n"
            }
            for line in VerificationWords.fixLines(check.fix, language, withStep: false) { out += indent + style.dim(clean(line)) + "\n" }
            let shown = maxSubjects.map { Array(check.failures.prefix($0)) } ?? check.failures
            for failure in shown {
                let naming = VerificationWords.naming(failure, language)
                out += String(repeating: " ", count: statusWidth + 2) + style.yellow("↳ " + clean(failure.subject)) + "  "
                    + style.dim("(\(failure.kind))") + " " + clean(failure.reason) + (naming.isEmpty ? "" : " — " + clean(naming)) + "\n"
                for line in VerificationWords.fixLines(failure.fix, language, withStep: false) { out += indent + style.dim(clean(line)) + "\n" }
            }
            if check.failures.count > shown.count {
                out += String(repeating: " ", count: statusWidth + 2) + style.dim(VerificationWords.more(check.failures.count - shown.count, language)) + "\n"
            }
        }
        out += exportsSections(report, language)
        out += "\n" + (report.status == .complete ? style.green : style.red)(VerificationWords.verdict(report, language)) + "\n"
        return out
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
