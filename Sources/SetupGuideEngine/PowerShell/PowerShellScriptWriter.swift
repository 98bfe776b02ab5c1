public import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning

/// Writes, in plan order, the Teams PowerShell that performs a plan's actions on a real tenant.
///
/// The script stops at the first error, looks before it creates so that it can run again,
/// says what it did, and carries the step titles as comments. Work that only the portal does
/// (buying licences, porting paperwork, request forms, credits) becomes comments that say what
/// to do. Arguments are bound by ``StepArgumentBinder``: required inputs the answers file does
/// not give (or gives empty) become mandatory script parameters, which PowerShell asks for when
/// the script starts. Each action's own lines are written by ``PowerShellActionScript``.
///
/// ```swift
/// let script = PowerShellScriptWriter(plan: plan, answers: answers).script()
/// ```
public struct PowerShellScriptWriter: Sendable {
    /// The plan to perform.
    public var plan: Plan
    /// Answers for the steps' inputs.
    public var answers: AnswersFile
    /// Where relative paths in answers (the users file) are resolved when read.
    public var baseDirectory: URL?

    /// Creates a writer.
    public init(plan: Plan, answers: AnswersFile = AnswersFile(), baseDirectory: URL? = nil) {
        self.plan = plan
        self.answers = answers
        self.baseDirectory = baseDirectory
    }

    private var language: Language { plan.language }

    /// A value in the script: a quoted literal, or a parameter the admin gives when running it.
    enum Value {
        case literal(String)
        case parameter(String)

        var code: String {
            switch self {
            case .literal(let text): PowerShellText.quoted(text)
            case .parameter(let name): name
            }
        }

        var literal: String? {
            if case .literal(let text) = self { return text }
            return nil
        }
    }

    /// The whole script.
    public func script() -> String {
        var parameters: [(name: String, help: String)] = []
        var body: [String] = []
        let steps = plan.steps
        for (index, planned) in steps.enumerated() {
            let step = planned.step
            body.append("")
            body.append("# " + String(repeating: "=", count: 76))
            body.append(PowerShellText.comment(BilingualText("Step", "Étape")[language] + " \(index + 1)/\(steps.count): \(step.title) [\(step.id)]"))
            if let because = planned.because { body.append(PowerShellText.comment("↳ " + because)) }
            body.append("# " + String(repeating: "=", count: 76))
            body.append("Write-Step " + PowerShellText.quoted("\(index + 1)/\(steps.count) \(step.title)"))
            if step.manual {
                body.append(PowerShellText.comment(BilingualText(
                    "Manual step: done by a person (see the guide). Record who did it and when.",
                    "Étape manuelle : faite par une personne (voir le guide). Notez qui l'a faite et quand.")[language]))
            }
            let binder = StepArgumentBinder(step: step, answers: answers.inputs[step.id] ?? [:], options: plan.options, language: language)
            // A required input nobody answered becomes a parameter PowerShell asks for.
            for input in step.inputs {
                if case .missing = binder.resolve(input.id) {
                    parameters.append((PowerShellText.variable(step.id, input.id), "\(step.title): \(input.label)"))
                }
            }
            if step.actions.isEmpty, !step.manual {
                body.append(PowerShellText.comment(BilingualText("Nothing to run: this step is read and decided.", "Rien à exécuter : cette étape se lit et se décide.")[language]))
            }
            for call in step.actions {
                var arguments: [String: Value] = [:]
                for argument in call.arguments {
                    switch binder.resolve(argument) {
                    case .given(let text), .defaulted(let text): arguments[argument.name] = .literal(text)
                    case .missing(let input): arguments[argument.name] = .parameter(PowerShellText.variable(step.id, input.id))
                    case .absent: continue
                    }
                }
                body += PowerShellActionScript(action: call.action, arguments: arguments, step: step, plan: plan).lines
            }
        }
        var head: [String] = [
            PowerShellText.comment(BilingualText("Teams Phone setup for", "Mise en place de Teams Phone pour")[language] + " \(plan.options.country.name(in: language)) (\(plan.options.country.code))"),
            PowerShellText.comment(BilingualText("Connectivity: ", "Connectivité : ")[language] + plan.options.connectivity.label(in: language)
                + " · " + BilingualText("features: ", "fonctions : ")[language]
                + (plan.options.features.isEmpty ? BilingualText("none", "aucune")[language] : plan.options.features.map(\.rawValue).sorted().joined(separator: ", "))),
            PowerShellText.comment(BilingualText("Written by setup-guide from the guides; each step looks before it creates, so it can run again.",
                                     "Écrit par setup-guide à partir des guides ; chaque étape vérifie avant de créer : le script peut être relancé.")[language]),
            PowerShellText.comment(BilingualText("Before running: Connect-MicrosoftTeams; Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All",
                                     "Avant de lancer : Connect-MicrosoftTeams ; Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All")[language]),
            "#Requires -Modules MicrosoftTeams, Microsoft.Graph.Users, Microsoft.Graph.Identity.DirectoryManagement",
            "",
        ]
        head.append("[CmdletBinding()]")
        if parameters.isEmpty {
            head.append("param()")
        } else {
            head.append("param(")
            head.append(parameters.map { parameter in
                "    " + PowerShellText.comment(parameter.help) + "\n    [Parameter(Mandatory = $true)] [string] " + parameter.name
            }.joined(separator: ",\n"))
            head.append(")")
        }
        head += [
            "",
            "$ErrorActionPreference = 'Stop'",
            "Set-StrictMode -Version 3.0",
            "$AddressIds = @{}",
            "$LocationIds = @{}",
            "$Users = @()",
            "function Write-Step([string] $Text) { Write-Host ''; Write-Host ('== ' + $Text) }",
            "function Write-Done([string] $Text) { Write-Host ('   done: ' + $Text) }",
            "function Write-Kept([string] $Text) { Write-Host ('   already there: ' + $Text) }",
            "function Write-Todo([string] $Text) { Write-Host ('   to do by hand: ' + $Text) }",
        ]
        let tail = ["", "Write-Host ''", "Write-Host " + PowerShellText.quoted(BilingualText("All steps of the plan ran.", "Toutes les étapes du plan ont été exécutées.")[language])]
        return (head + body + tail).joined(separator: "\n") + "\n"
    }
}
