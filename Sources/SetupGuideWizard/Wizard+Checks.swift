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

    /// A subject at fault in words: an address by its description, a status in the admin's language.
    func describe(_ subject: CheckResult.Subject, addresses: [String: String]) -> String {
        let name = addresses[subject.id].map { "« \($0) »" } ?? subject.id
        var reason = subject.reason.text(in: language)
        for (code, words) in Self.statusWords {
            if reason == "status \(code)" || reason == "statut \(code)" { reason = words[language] }
        }
        return name + Words.colon(language) + reason
    }

    /// An engine's line with its ids in words: an address or place by its name, a reservation's
    /// id left out, a connectivity by its name.
    func inWords(_ text: String) -> String {
        guard let ids = try? NSRegularExpression(pattern: "\\b(addr|loc)-[0-9]+\\b|\\s*\\(res-[0-9]+\\)") else { return text }
        let labels = (try? engine.addressLabels()) ?? [:]
        var result = text
        for match in ids.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let range = Range(match.range, in: result) else { continue }
            let id = String(result[range])
            if id.contains("res-") {
                result.removeSubrange(range)
            } else if let label = labels[id] {
                result.replaceSubrange(range, with: "« \(label) »")
            }
        }
        for connectivity in Connectivity.allCases where result.hasSuffix(" " + connectivity.rawValue) {
            let name: BilingualText =
                switch connectivity {
                case .callingPlan: .init("Calling Plan", "forfait d'appels")
                case .operatorConnect: .init("Operator Connect", "Operator Connect")
                case .directRouting: .init("Direct Routing", "routage direct")
                }
            result = String(result.dropLast(connectivity.rawValue.count)) + name[language]
        }
        return result
    }

    /// The address validation statuses Microsoft reports, in words.
    static let statusWords: [(String, BilingualText)] = [
        (ValidationStatus.invalid.rawValue, .init("refused by address validation: correct it", "refusée par la validation des adresses : corrigez-la")),
        (ValidationStatus.notValidated.rawValue, .init("not validated yet", "pas encore validée")),
        (ValidationStatus.valid.rawValue, .init("validated", "validée")),
    ]

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
