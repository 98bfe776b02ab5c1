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
    /// The SKU part numbers whose bundle gives Phone System (from `content/licences.yaml`); `nil`
    /// knows only `MCOEV` itself, until the shared licence table is handed over here.
    public var phoneSystemSKUs: [String]?

    /// Creates a writer.
    public init(plan: Plan, answers: AnswersFile = AnswersFile(), baseDirectory: URL? = nil, phoneSystemSKUs: [String]? = nil) {
        self.plan = plan
        self.answers = answers
        self.baseDirectory = baseDirectory
        self.phoneSystemSKUs = phoneSystemSKUs
    }

    private var language: Language { plan.language }

    /// A value in the script: a quoted literal, or a parameter the admin gives when running it.
    enum Value {
        case literal(String)
        case parameter(String)
        /// A parameter the admin is asked for but may leave empty (`[AllowEmptyString()]`).
        case mayBeEmpty(String)

        var code: String {
            switch self {
            case .literal(let text): PowerShellText.quoted(text)
            case .parameter(let name), .mayBeEmpty(let name): name
            }
        }

        var literal: String? {
            if case .literal(let text) = self { return text }
            return nil
        }
    }

    /// A parameter of the script: asked for when it starts, or defaulted.
    struct ScriptParameter {
        var name: String
        var help: String
        var mandatory = true
        var allowEmpty = false
        var defaultValue: String?

        var declaration: String {
            "    " + PowerShellText.comment(help) + "\n    "
                + (mandatory ? "[Parameter(Mandatory = $true)] " + (allowEmpty ? "[AllowEmptyString()] " : "") + "[string] " + name
                             : "[string] " + name + " = " + PowerShellText.quoted(defaultValue ?? ""))
        }
    }

    /// The modules the script's cmdlets come from (Set-MgUserLicense is in Users.Actions).
    static let modules = ["MicrosoftTeams", "Microsoft.Graph.Authentication", "Microsoft.Graph.Users",
                          "Microsoft.Graph.Users.Actions", "Microsoft.Graph.Identity.DirectoryManagement"]
    /// The Graph scopes the writes need, as the examples of Set-MgUserLicense's page connect.
    static let graphScopes = ["User.ReadWrite.All", "Organization.Read.All"]

    /// How an argument the binder leaves out is still asked for: an address's coordinates where
    /// the country needs them, its house number and postcode (which may be left empty).
    private func askedWhenAbsent(_ action: ActionName, _ argument: String) -> (mandatory: Bool, allowEmpty: Bool)? {
        guard action == .addressesCreate else { return nil }
        switch argument {
        case "latitude", "longitude": return plan.options.country.needsCoordinates ? (true, false) : nil
        case "houseNumber", "postalCode": return (true, true)
        default: return nil
        }
    }

    /// The whole script.
    public func script() -> String {
        var parameters: [ScriptParameter] = []
        var body: [String] = []
        let steps = plan.steps
        let skus = PowerShellLicenceBundles.phoneSystemSKUs(phoneSystemSKUs)
        func add(_ parameter: ScriptParameter) {
            if !parameters.contains(where: { $0.name == parameter.name }) { parameters.append(parameter) }
        }
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
            if step.actions.isEmpty, !step.manual {
                body.append(PowerShellText.comment(BilingualText("Nothing to run: this step is read and decided.", "Rien à exécuter : cette étape se lit et se décide.")[language]))
            }
            for call in step.actions {
                var arguments: [String: Value] = [:]
                for argument in call.arguments {
                    let input: String? = if case .reference(let name) = argument.value { name } else { nil }
                    let label = input.flatMap { id in step.inputs.first { $0.id == id }?.label } ?? argument.name
                    switch binder.resolve(argument) {
                    case .given(let text) where call.action == .usersImport && argument.name == "file",
                         .defaulted(let text) where call.action == .usersImport && argument.name == "file":
                        // A path from the answers is the writing machine's (often Linux): the script
                        // takes the file name, beside it, unless the admin gives another path.
                        let name = PowerShellText.variable(step.id, input ?? argument.name)
                        let fileName = text.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? text
                        add(ScriptParameter(name: name, help: "\(step.title): \(label)", mandatory: false, defaultValue: fileName))
                        arguments[argument.name] = .parameter(name)
                    case .given(let text), .defaulted(let text): arguments[argument.name] = .literal(text)
                    case .missing(let missing):
                        // A required input nobody answered becomes a parameter PowerShell asks for.
                        let name = PowerShellText.variable(step.id, missing.id)
                        add(ScriptParameter(name: name, help: "\(step.title): \(missing.label)"))
                        arguments[argument.name] = .parameter(name)
                    case .absent:
                        guard let input, let asked = askedWhenAbsent(call.action, argument.name) else { continue }
                        let name = PowerShellText.variable(step.id, input)
                        add(ScriptParameter(name: name, help: "\(step.title): \(label)", allowEmpty: asked.allowEmpty))
                        arguments[argument.name] = asked.allowEmpty ? .mayBeEmpty(name) : .parameter(name)
                    }
                }
                body += PowerShellActionScript(action: call.action, arguments: arguments, step: step, plan: plan, phoneSystemSKUs: skus).lines
            }
        }
        let connectivity = plan.steps.last.map {
            PowerShellActionScript(action: .tenantSetConnectivity, arguments: [:], step: $0.step, plan: plan, phoneSystemSKUs: skus).connectivityNumbers()
        } ?? []
        if !connectivity.isEmpty {
            body.append("")
            body.append("# " + String(repeating: "=", count: 76))
            let title = plan.options.connectivity == .directRouting
                ? BilingualText("Direct Routing numbers and voice routing", "Numéros et routage vocal en routage direct")[language]
                : BilingualText("Operator Connect numbers", "Numéros Operator Connect")[language]
            body.append(PowerShellText.comment(title))
            body.append("# " + String(repeating: "=", count: 76))
            body.append("Write-Step " + PowerShellText.quoted(title))
            if plan.options.connectivity == .directRouting {
                add(ScriptParameter(name: PowerShellActionScript.directRoutingNumbersFile,
                                    help: BilingualText("Direct Routing numbers: a CSV file with the columns UserPrincipalName and PhoneNumber",
                                                        "Numéros en routage direct : un fichier CSV aux colonnes UserPrincipalName et PhoneNumber")[language]))
            }
            body += connectivity
        }
        // A parameter no command uses would be asked for and then ignored: it is left out.
        let code = body.filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }.joined(separator: "\n")
        parameters = parameters.filter { parameter in
            code.components(separatedBy: parameter.name).dropFirst().contains { rest in
                !(rest.first.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false)
            }
        }
        let scopes = Self.graphScopes.map(PowerShellText.quoted).joined(separator: ", ")
        var head: [String] = [
            PowerShellText.comment(BilingualText("Teams Phone setup for", "Mise en place de Teams Phone pour")[language] + " \(plan.options.country.name(in: language)) (\(plan.options.country.code))"),
            PowerShellText.comment(BilingualText("Connectivity: ", "Connectivité : ")[language] + plan.options.connectivity.label(in: language)
                + " · " + BilingualText("features: ", "fonctions : ")[language]
                + (plan.options.features.isEmpty ? BilingualText("none", "aucune")[language] : plan.options.features.map(\.rawValue).sorted().joined(separator: ", "))),
            PowerShellText.comment(BilingualText("Written by setup-guide from the guides; each step looks before it creates, so it can run again.",
                                     "Écrit par setup-guide à partir des guides ; chaque étape vérifie avant de créer : le script peut être relancé.")[language]),
            PowerShellText.comment(BilingualText("Try it first with -WhatIf: it then says what it would change and changes nothing.",
                                     "Essayez-le d'abord avec -WhatIf : il dit alors ce qu'il changerait, sans rien changer.")[language]),
            "#Requires -Modules " + Self.modules.joined(separator: ", "),
            "",
            "[CmdletBinding(SupportsShouldProcess = $true)]",
        ]
        if parameters.isEmpty {
            head.append("param()")
        } else {
            head.append("param(")
            head.append(parameters.map(\.declaration).joined(separator: ",\n"))
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
            "function Write-Done([string] $Text) { Write-Host (\(PowerShellText.quoted(BilingualText("   done: ", "   fait : ")[language])) + $Text) }",
            "function Write-Kept([string] $Text) { Write-Host (\(PowerShellText.quoted(BilingualText("   already there: ", "   déjà là : ")[language])) + $Text) }",
            "function Write-Todo([string] $Text) { Write-Host (\(PowerShellText.quoted(BilingualText("   to do by hand: ", "   à faire à la main : ")[language])) + $Text) }",
            PowerShellText.comment(BilingualText("A clean stop: what to do, then how to run the script again (what is done is kept).",
                                                 "Un arrêt propre : ce qu'il faut faire, puis comment relancer le script (ce qui est fait est gardé).")[language]),
            "function Stop-Plan([string] $Text) {",
            "    Write-Warning $Text",
            "    Write-Host (\(PowerShellText.quoted(BilingualText("Run the script again when it is done: ", "Relancez le script une fois cela fait : ")[language])) + $MyInvocation.ScriptName)",
            "    exit 2",
            "}",
            "",
            PowerShellText.comment(BilingualText("Connect, or check the connection: Teams, and Graph with the scopes the writes need.",
                                                 "Connexion, ou vérification de la connexion : Teams, et Graph avec les droits que les écritures demandent.")[language]),
            "try { Get-CsTenant | Out-Null } catch { Connect-MicrosoftTeams | Out-Null }",
            "$GraphScopes = @(\(scopes))",
            "$context = Get-MgContext",
            "if (-not $context -or @($GraphScopes | Where-Object { $context.Scopes -notcontains $_ }).Count -gt 0) { Connect-MgGraph -Scopes $GraphScopes -NoWelcome }",
            PowerShellText.comment(BilingualText("The licences that give Phone System, bundles included (Microsoft's licensing service-plan reference).",
                                                 "Les licences qui donnent Système téléphonique, offres groupées comprises (référence des plans de service de Microsoft).")[language]),
        ]
        head += PowerShellLicenceBundles.declaration(skus)
        let tail = ["", "Write-Host ''", "Write-Host " + PowerShellText.quoted(BilingualText("All steps of the plan ran.", "Toutes les étapes du plan ont été exécutées.")[language])]
        return (head + body + tail).joined(separator: "\n") + "\n"
    }
}
