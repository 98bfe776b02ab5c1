import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

/// Output formats of `fleet verify`.
enum FleetFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case markdown
    case junit
    case html

    /// Prints `report` in this format on standard output, or writes it to `out` (for html, the
    /// dashboard folder); exit 2 when it cannot.
    func write(_ report: FleetReport, to out: String?, language: Language) throws {
        let text: String
        switch self {
        case .text: text = FleetTextRenderer(style: out == nil ? TerminalStyle.detect() : TerminalStyle(colours: false)).render(report)
        case .json: text = try FleetJSONRenderer().render(report)
        case .markdown: text = FleetMarkdownRenderer().render(report)
        case .junit: text = FleetJUnitRenderer().render(report)
        case .html:
            let path = out ?? "."
            do {
                try FleetDashboardWriter().write(report, to: URL(fileURLWithPath: path), path: path)
            } catch {
                throw CommandFailure(exitCode: 2, message: BilingualText("Error: ", "Erreur : ")[language] + error.text[language])
            }
            return
        }
        guard let out else { return FileHandle.standardOutput.write(Data(text.utf8)) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw CommandFailure(exitCode: 2, message: BilingualText("Error: cannot write '\(out)'", "Erreur : impossible d'écrire '\(out)'")[language])
        }
    }
}
