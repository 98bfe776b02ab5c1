internal import SetupGuideModel
public import SetupGuideFleet

/// A fleet's report as Markdown, for a ticket or a wiki: the totals, a table of clients worst
/// first, and the failing checks across the fleet. Every cell is escaped, so a client named
/// `| **x** <script>` stays text.
public struct FleetMarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The Markdown text, ending with a newline.
    public func render(_ report: FleetReport) -> String {
        let language = Language(rawValue: report.language) ?? .english
        let cell = ReportEscaping.markdownCell
        var out = "# " + BilingualText("Fleet verification", "Vérification de la flotte")[language] + "\n\n"
        out += cell(FleetWords.totals(report)[language]) + "\n\n"
        out += "| " + [BilingualText("Client", "Client"), .init("Folder", "Dossier"), .init("Tenant id", "Id du locataire"),
                        .init("Country", "Pays"), .init("Result", "Résultat")].map { $0[language] }.joined(separator: " | ") + " |\n"
        out += "| --- | --- | --- | --- | --- |\n"
        for client in report.clients {
            let cells = [client.displayName, client.folder, client.tenantId ?? "", client.country ?? "", FleetWords.verdict(client)[language]]
            out += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
        }
        if !report.checks.isEmpty {
            out += "\n## " + BilingualText("Checks across the fleet", "Vérifications sur l'ensemble de la flotte")[language] + "\n\n"
            for check in report.checks { out += "- " + cell(check.summary) + " (`" + check.check + "`)\n" }
        }
        return out
    }
}
