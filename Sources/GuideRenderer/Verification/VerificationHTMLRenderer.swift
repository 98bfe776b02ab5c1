internal import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// The verification report as one self-contained HTML page (inline style, no script, no external
/// resource), every value escaped.
public struct VerificationHTMLRenderer: Sendable {
    /// Subjects listed per failing check; the rest are counted.
    public var maxSubjects: Int?

    /// Creates a renderer.
    public init(maxSubjects: Int? = 200) { self.maxSubjects = maxSubjects }

    /// The page.
    public func render(_ report: VerificationReport) -> String {
        let language = Language(rawValue: report.language) ?? .english
        let e = ReportEscaping.html
        let title = BilingualText("Teams Phone verification", "Vérification Téléphonie Teams")[language]
        var out = """
            <!DOCTYPE html>
            <html lang="\(e(report.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title)) — \(e(report.country))</title>
            <style>
            body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}
            table{border-collapse:collapse;width:100%;margin:1rem 0}
            th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f3f3f3}
            .pass{color:#0a6b0a;font-weight:600}.fail{color:#b00020;font-weight:600}.not-applicable{color:#666}
            ul{margin:.2rem 0 .2rem 1rem;padding:0}code{font-size:.95em}
            </style>
            </head>
            <body>
            <h1>\(e(title))</h1>

            """
        // French puts a non-breaking space before a colon; English does not.
        let colon = BilingualText(":", "&nbsp;:")[language]
        out += "<p>\(e(BilingualText("Source", "Source")[language]))\(colon) \(e(report.source.kind)) <code>\(e(report.source.path))</code><br>\n"
        out += "\(e(BilingualText("Country", "Pays")[language]))\(colon) \(e(report.country)) · \(e(report.connectivity))"
        out += report.features.isEmpty ? "" : " · \(e(report.features.joined(separator: ", ")))"
        out += "</p>\n<p class=\"\(report.status == .complete ? "pass" : "fail")\">\(e(VerificationWords.verdict(report, language)))</p>\n"
        out += "<table>\n<thead><tr><th>\(e(BilingualText("Status", "Statut")[language]))</th><th>\(e(BilingualText("Step", "Étape")[language]))</th>"
        out += "<th>\(e(BilingualText("Check", "Vérification")[language]))</th><th>\(e(BilingualText("Result", "Résultat")[language]))</th></tr></thead>\n<tbody>\n"
        for step in report.steps {
            // "Follow step …" (a link to the step) is said once per step, in its first check with a fix.
            var followed = false
            for check in step.checks {
                let follow = followed ? nil : VerificationWords.stepToFollow(check)
                if follow != nil { followed = true }
                let status = ["pass", "fail"].contains(check.status) ? check.status : "not-applicable"
                out += "<tr><td class=\"\(status)\">\(e(VerificationWords.status(check.status, language)))</td>"
                out += "<td>\(e(step.title))<br><code>\(e(step.id))</code></td><td><code>\(e(check.check))</code></td><td>\(e(check.summary))"
                if let follow { out += followHTML(follow, report: report, language: language) }
                out += fixHTML(check.fix, language: language)
                if !check.failures.isEmpty {
                    out += "\n<ul>\n"
                    let shown = maxSubjects.map { Array(check.failures.prefix($0)) } ?? check.failures
                    for failure in shown {
                        let naming = VerificationWords.naming(failure, language)
                        out += "<li><code>\(e(failure.subject))</code> (\(e(failure.kind))): \(e(failure.reason))"
                        out += (naming.isEmpty ? "" : " — " + e(naming)) + fixHTML(failure.fix, language: language) + "</li>\n"
                    }
                    if check.failures.count > shown.count {
                        out += "<li>\(e(VerificationWords.more(check.failures.count - shown.count, language)))</li>\n"
                    }
                    out += "</ul>"
                }
                out += "</td></tr>\n"
            }
        }
        out += "</tbody>\n</table>\n"
        out += exportsSections(report, language)
        out += "</body>\n</html>\n"
        return out
    }

    /// The guide step to follow, linked to its section of the country's checklist page.
    private func followHTML(_ step: String, report: VerificationReport, language: Language) -> String {
        let e = ReportEscaping.html
        let page = SitePaths.page(country: report.country, language: language) + "#" + step
        return "<br>" + e(BilingualText("Follow step ", "Suivez l'étape ")[language]) + "<a href=\"\(e(page))\">\(e(step))</a>"
    }

    /// The command or what to do; empty without a fix.
    private func fixHTML(_ fix: VerificationReport.Fix?, language: Language) -> String {
        guard let fix, !fix.step.isEmpty else { return "" }
        let e = ReportEscaping.html
        var out = ""
        if let command = fix.command { out += "<br>" + e(BilingualText("Fix: ", "Correctif : ")[language]) + "<code>\(e(command))</code>" }
        if let todo = fix.todo { out += "<br>" + e(BilingualText("To do: ", "À faire : ")[language]) + e(todo) }
        return out
    }
}
