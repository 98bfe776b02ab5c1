import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine
internal import SetupGuideVerification

/// Running a step's checks after its calls and reporting them.
extension Wizard {
    /// Runs the step's checks against the engine and reports each, with the first few subjects that fail.
    func showChecks(_ step: Step, inputs: [String: String], manual: AnswersFile.ManualRecord?) {
        guard !step.checks.isEmpty else { return }
        io.say(BilingualText("Checks:", "Vérifications :")[language])
        let context = CheckContext(country: plan.options.country.code, language: language)
        for call in step.checks {
            if call.check == .manualRecorded {
                let text = manual.map { BilingualText("recorded: \($0.who), \($0.when)", "noté : \($0.who), \($0.when)")[language] }
                    ?? BilingualText("not recorded", "non noté")[language]
                io.say("  " + (manual != nil ? theme.good("✓ ") : theme.bad("✗ ")) + text)
                continue
            }
            let arguments = StepArgumentBinder(step: step, answers: inputs, options: plan.options, language: language).bind(call.arguments)
            do {
                let result = try engine.evaluate(call.check, arguments: arguments, context: context)
                let mark: String =
                    switch result.status {
                    case .pass: theme.good("✓ ")
                    case .fail: theme.bad("✗ ")
                    case .notApplicable: theme.quiet("– ")
                    }
                io.say("  " + mark + result.summary.text(in: language))
                for subject in result.subjects.prefix(5) {
                    io.say(theme.quiet("      \(subject.id): \(subject.reason.text(in: language))"))
                }
                if result.subjects.count > 5 {
                    io.say(theme.quiet(BilingualText("      … and \(result.subjects.count - 5) more", "      … et \(result.subjects.count - 5) de plus")[language]))
                }
            } catch {
                io.say("  " + theme.bad("✗ ") + "\(call.check.rawValue): \(error)")
            }
        }
    }
}
