internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// Steps that spend money: what they buy, then a confirmation from the admin, from the run's
/// options, or a refusal in an unattended run.
///
/// The words name no command-line flag: the library does not know how its caller lets an
/// admin confirm in advance.
extension Wizard {
    /// What the admin decided about a step that spends money.
    enum SpendDecision: Equatable {
        /// The step may run.
        case go
        /// The admin said no; the step menu comes back.
        case declined
        /// Nobody can be asked and nothing was confirmed in advance: the run ends.
        case refused(WizardOutcome)
    }

    /// The lines saying what `calls` buy or take: quantity × licence name, numbers, credits.
    func purchases(_ calls: [(ActionName, [String: String])]) -> [String] {
        var lines: [String] = []
        for (action, arguments) in calls {
            switch action {
            case .licencesBuy:
                let quantity = Int(arguments["quantity"] ?? "") ?? 0
                lines.append("\(Words.number(quantity, language: language)) × \(label(of: arguments["sku"] ?? "?"))")
            case .numbersSearch, .numbersRequest, .numbersPort:
                let quantity = Int(arguments["quantity"] ?? "") ?? 0
                let kind = label(of: arguments["type"] ?? "user")
                lines.append("\(Words.number(quantity, language: language)) × \(kind)" + (action == .numbersPort
                    ? BilingualText(" (ported)", " (transférés)")[language] : ""))
            case .creditsFund:
                lines.append(BilingualText("Communications Credits: ", "Crédits de communication : ")[language]
                    + "\(arguments["amount"] ?? "?") \(arguments["currency"] ?? "USD")")
            default: continue
            }
        }
        return lines
    }

    /// Shows what the step will buy, and where a price would come from.
    func showSpending(_ calls: [(ActionName, [String: String])]) {
        let lines = purchases(calls)
        guard !lines.isEmpty else { return }
        io.say(BilingualText("This step will buy or take:", "Cette étape va acheter ou prendre :")[language])
        for line in lines { io.say("  " + line) }
        io.say(theme.quiet(BilingualText(
            "List price: not given by the content (content/licences.yaml holds no prices); your price is the one of your Microsoft agreement, shown in the Microsoft 365 admin centre.",
            "Prix catalogue : non fourni par le contenu (content/licences.yaml ne donne aucun prix) ; votre prix est celui de votre contrat Microsoft, affiché dans le centre d'administration Microsoft 365.")[language]))
    }

    /// Whether `step` may run, asking when it spends money and nobody confirmed in advance.
    func confirmSpending(_ step: Step) -> SpendDecision {
        guard step.costsMoney else { return .go }
        if dryRun {
            io.say(theme.quiet(BilingualText("Dry run: this step would spend money; nothing is bought.",
                                             "Simulation : cette étape engagerait des dépenses ; rien n'est acheté.")[language]))
            return .go
        }
        if assumeYes {
            io.say(theme.quiet(BilingualText("This step spends money (confirmed in advance for this run).",
                                             "Cette étape engage des dépenses (confirmées d'avance pour cette exécution).")[language]))
            return .go
        }
        if io.interactive {
            let prompt = BilingualText("This step spends money. Go ahead? [y/N] ", "Cette étape engage des dépenses. Continuer ? [o/N] ")
            return confirm(prompt[language]) ? .go : .declined
        }
        return .refused(.badAnswer(BilingualText(
            "Step '\(step.id)' spends money: this unattended run has not confirmed spending.",
            "L'étape « \(step.id) » engage des dépenses : cette exécution sans surveillance n'a pas confirmé les dépenses.")[language]))
    }
}
