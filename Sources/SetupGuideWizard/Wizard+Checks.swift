import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine
internal import SetupGuideVerification

/// Running a step's checks after its calls and reporting them.
extension Wizard {
    /// A check that did not pass: its line, and the first subjects at fault in words.
    struct FailedCheck {
        var summary: String
        var subjects: [String]
    }

    /// Runs the step's checks against the engine, reports each with the first few subjects that
    /// fail, and returns the ones that failed (a check that cannot run fails too).
    @discardableResult
    func runChecks(_ step: Step, inputs: [String: String], manual: AnswersFile.ManualRecord?) -> [FailedCheck] {
        guard !step.checks.isEmpty else { return [] }
        io.say(BilingualText("Checks:", "Vérifications :")[language])
        let context = CheckContext(country: plan.options.country.code, language: language)
        let addresses = (try? engine.addressLabels()) ?? [:]
        var failed: [FailedCheck] = []
        for call in step.checks {
            if call.check == .manualRecorded {
                let text = manual.map { BilingualText("recorded: \($0.who), \($0.when)", "noté : \($0.who), \($0.when)")[language] }
                    ?? BilingualText("not recorded", "non noté")[language]
                io.say("  " + (manual != nil ? theme.good("✓ ") : theme.bad("✗ ")) + text)
                if manual == nil { failed.append(FailedCheck(summary: text, subjects: [])) }
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
                let summary = result.summary.text(in: language)
                io.say("  " + mark + summary)
                let subjects = result.subjects.map { describe($0, addresses: addresses) }
                for subject in subjects.prefix(5) { io.say(theme.quiet("      " + subject)) }
                if subjects.count > 5 {
                    io.say(theme.quiet("      … " + BilingualText("and \(Words.number(subjects.count - 5, language: .english)) more",
                                                                   "et \(Words.number(subjects.count - 5, language: .french)) de plus")[language]))
                }
                if result.status == .fail { failed.append(FailedCheck(summary: summary, subjects: subjects)) }
            } catch let refusal as EngineRefusal {
                let text = refusal.message(in: language)
                io.say("  " + theme.bad("✗ ") + text)
                failed.append(FailedCheck(summary: text, subjects: []))
            } catch {
                let text = BilingualText("a check could not run: \(error)", "une vérification n'a pas pu s'exécuter : \(error)")[language]
                io.say("  " + theme.bad("✗ ") + text)
                failed.append(FailedCheck(summary: text, subjects: []))
            }
        }
        return failed
    }

    /// A subject at fault in words: an address by its description, then why, in the engine's
    /// words (a status in the admin's language). A number kind names itself in the reason.
    func describe(_ subject: CheckResult.Subject, addresses: [String: String]) -> String {
        let reason = subject.reason.text(in: language)
        if NumberKind(rawValue: subject.id) != nil { return reason }
        let name = addresses[subject.id].map { "« \($0) »" } ?? subject.id
        return name + Words.colon(language) + reason
    }

    /// One line naming the step and what failed, for a run where nobody can be asked.
    func failureMessage(_ step: Step, _ failed: [FailedCheck]) -> String {
        let parts = failed.map { check in
            check.subjects.isEmpty ? check.summary : check.summary + " (" + check.subjects.prefix(3).joined(separator: "; ") + ")"
        }
        return BilingualText(
            "Step '\(step.title)' is not done: its checks failed: \(parts.joined(separator: " · ")). Correct the answers and run again.",
            "L'étape « \(step.title) » n'est pas faite : ses vérifications ont échoué : \(parts.joined(separator: " · ")). Corrigez les réponses et relancez.")[language]
    }
}
