internal import Foundation
internal import SetupGuideModel
public import SetupGuideFleet

/// A fleet's report for the terminal: the totals, one line per client worst first, then one line
/// per failing check across the fleet. Every name is shown with its control characters made
/// visible, so a hostile tenant name cannot move the cursor nor rewrite a line.
public struct FleetTextRenderer: Sendable {
    /// Whether to colour.
    public var style: TerminalStyle

    /// Creates a renderer.
    public init(style: TerminalStyle) { self.style = style }

    /// The report's text, ending with a newline.
    public func render(_ report: FleetReport) -> String {
        let language = Language(rawValue: report.language) ?? .english
        let t = ReportEscaping.terminal
        var lines = [style.bold(BilingualText("Fleet verification", "Vérification de la flotte")[language]) + " — "
            + FleetWords.totals(report)[language]]
        lines.append("")
        lines.append(BilingualText("Clients, worst first:", "Clients, les moins avancés d'abord :")[language])
        for client in report.clients {
            let mark: String
            switch client.outcome {
            case .unusable: mark = style.red(BilingualText("UNUSABLE", "INUTILISABLE")[language].padding(toLength: 14, withPad: " ", startingAt: 0))
            case .gaps: mark = style.yellow(BilingualText("GAPS", "MANQUES")[language].padding(toLength: 14, withPad: " ", startingAt: 0))
            case .complete: mark = style.green(BilingualText("COMPLETE", "COMPLET")[language].padding(toLength: 14, withPad: " ", startingAt: 0))
            }
            lines.append("  \(mark)\(t(FleetLabels.client(client))) — \(t(FleetWords.verdict(client)[language]))")
        }
        if !report.checks.isEmpty {
            lines.append("")
            lines.append(BilingualText("Checks across the fleet:", "Vérifications sur l'ensemble de la flotte :")[language])
            for check in report.checks { lines.append("  \(t(check.summary))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The labels every fleet format shares.
enum FleetLabels {
    /// "Contoso Ltd (contoso, US)": the name, then the folder when it differs, and the country.
    static func client(_ client: FleetReport.Client) -> String {
        var details: [String] = []
        if client.displayName != client.folder { details.append(client.folder) }
        if let country = client.country { details.append(country) }
        return client.displayName + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
    }
}
