public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// Writes a plan as a numbered checklist for the terminal.
public struct PlanTextRenderer: Sendable {
    /// The colours to use.
    public var style: TerminalStyle

    /// Creates a renderer.
    public init(style: TerminalStyle) { self.style = style }

    /// The whole checklist.
    public func render(_ plan: Plan) -> String {
        let l = plan.language
        let country = plan.options.country
        let features =
            plan.options.features.isEmpty
            ? BilingualText("none", "aucune")[l] : plan.options.features.map(\.rawValue).sorted().joined(separator: ", ")
        var lines: [String] = []
        lines.append(style.bold(BilingualText("Plan for", "Plan pour")[l] + " \(country.name(in: l)) (\(country.code))"))
        lines.append(BilingualText("Connectivity: ", "Connectivité : ")[l] + plan.options.connectivity.label(in: l)
            + " · " + BilingualText("Features: ", "Fonctions : ")[l] + features)
        for notice in plan.notices { lines.append(style.yellow("! " + notice)) }
        lines.append("")
        let width = String(plan.steps.count).count
        for (index, planned) in plan.steps.enumerated() {
            let number = String(repeating: " ", count: width - String(index + 1).count) + "\(index + 1)"
            var marks: [String] = []
            if planned.step.manual { marks.append(BilingualText("manual", "manuelle")[l]) }
            if planned.step.costsMoney { marks.append(BilingualText("spends money", "payante")[l]) }
            let suffix = marks.isEmpty ? "" : " " + style.magenta("(" + marks.joined(separator: ", ") + ")")
            lines.append("\(number). \(style.bold(planned.step.title))\(suffix) " + style.dim("[\(planned.step.id)]"))
            if let because = planned.because {
                lines.append(String(repeating: " ", count: width + 2) + style.cyan("↳ " + because))
            }
        }
        if !plan.removed.isEmpty {
            lines.append("")
            lines.append(style.bold(BilingualText("Left out:", "Écartées :")[l]))
            for removed in plan.removed {
                lines.append("  - \(removed.step.title) " + style.dim("[\(removed.step.id)]") + BilingualText(": ", " : ")[l] + removed.because)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
