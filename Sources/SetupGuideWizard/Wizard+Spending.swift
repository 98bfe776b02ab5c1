internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine
internal import SetupGuideVerification

/// The spend confirmation: a step that costs money runs only once someone agreed to it, at the
/// terminal or in advance for an unattended run.
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

    /// Whether `step` may run, asking when it spends money and nobody confirmed in advance.
    func confirmSpending(_ step: Step) -> SpendDecision {
        guard step.costsMoney else { return .go }
        if assumeYes || dryRun {
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
