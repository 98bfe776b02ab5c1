import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine
internal import SetupGuideVerification

/// Questions to the admin: yes/no, the step menu, a step's inputs and a manual step's record.
///
/// In an unattended run (no terminal, or a dry run) nothing is asked: answers and defaults are
/// used, and a missing answer ends the run with ``WizardOutcome/badAnswer(_:)``.
extension Wizard {
    /// Asks a yes/no question. An empty answer takes `byDefault`; the end of input is a no.
    func confirm(_ prompt: String, byDefault: Bool = false) -> Bool {
        guard let answer = io.ask(prompt)?.lowercased() else { return false }
        if answer.isEmpty { return byDefault }
        return ["y", "yes", "o", "oui"].contains(answer)
    }

    /// The step menu's answers; each language has its own letters.
    enum MenuChoice {
        case run, skip, back, quit

        /// The words and letters each language accepts at the step menu; an empty line runs the step.
        private static let words: [Language: [String: MenuChoice]] = [
            .english: ["": .run, "run": .run, "s": .skip, "skip": .skip, "b": .back, "back": .back, "q": .quit, "quit": .quit],
            .french: ["": .run, "e": .run, "exécuter": .run, "p": .skip, "passer": .skip, "r": .back, "retour": .back,
                      "q": .quit, "quitter": .quit],
        ]

        init?(_ typed: String, language: Language) {
            guard let choice = Self.words[language]?[typed.lowercased()] else { return nil }
            self = choice
        }
    }

    /// A step input's value: from the answers file, else asked (until valid), else its default.
    func value(for input: StepInput, of step: Step, previous: String?) -> Result<String, WizardOutcome> {
        let validator = InputValidator(input: input)
        if let given = answers.inputs[step.id]?[input.id], previous == nil {
            if let problem = validator.problem(with: given, language: language) {
                let message = BilingualText("Answer '\(input.id)' of step '\(step.id)' is invalid: \(problem)",
                                "La réponse « \(input.id) » de l'étape « \(step.id) » est invalide : \(problem)")[language]
                guard canAsk else { return .failure(.badAnswer(message)) }
                io.say(theme.warning(message))
            } else {
                return .success(given)
            }
        }
        let fallback = previous ?? input.defaultValue
        guard canAsk else {
            if let fallback { return .success(fallback) }
            if !input.required { return .success("") }
            return .failure(.badAnswer(BilingualText("Missing answer '\(input.id)' for step '\(step.id)' (\(input.label)).",
                                         "Réponse manquante « \(input.id) » pour l'étape « \(step.id) » (\(input.label)).")[language]))
        }
        while true {
            var prompt = input.label.isEmpty ? input.id : input.label
            if input.type == .choice { prompt += " (" + input.choices.joined(separator: "/") + ")" }
            if let fallback, !fallback.isEmpty { prompt += " [\(fallback)]" }
            guard let typed = io.ask(prompt + ": ") else { return .failure(.quit) }
            let value = typed.isEmpty ? (fallback ?? "") : typed
            if let problem = validator.problem(with: value, language: language) {
                io.say(theme.warning(BilingualText("Not accepted: \(problem). Try again.", "Refusé : \(problem). Recommencez.")[language]))
                continue
            }
            return .success(value)
        }
    }

    /// Who did a manual step and when: from the answers file, else asked.
    func manualRecord(for step: Step) -> Result<AnswersFile.ManualRecord, WizardOutcome> {
        if let record = answers.manual[step.id] { return .success(record) }
        let today = ISO8601DateFormatter.string(from: engine.now, timeZone: .current, formatOptions: [.withFullDate])
        let user = ProcessInfo.processInfo.environment["USER"] ?? ""
        guard canAsk else {
            if dryRun { return .success(.init(who: user, when: today, note: nil)) }
            return .failure(.badAnswer(BilingualText("Manual step '\(step.id)' needs 'manual: { who, when }' in the answers file.",
                                         "L'étape manuelle « \(step.id) » demande « manual: { who, when } » dans le fichier de réponses.")[language]))
        }
        io.say(BilingualText("This step is done by a person outside the tool. Record who did it and when.",
                 "Cette étape est faite par une personne, hors de l'outil. Notez qui l'a faite et quand.")[language])
        var who = ""
        while who.isEmpty {
            guard let typed = io.ask(BilingualText("Who did it", "Qui l'a faite")[language] + (user.isEmpty ? "" : " [\(user)]") + ": ") else { return .failure(.quit) }
            who = typed.isEmpty ? user : typed
        }
        var when = ""
        while when.isEmpty {
            guard let typed = io.ask(BilingualText("When (YYYY-MM-DD)", "Quand (AAAA-MM-JJ)")[language] + " [\(today)]: ") else { return .failure(.quit) }
            let value = typed.isEmpty ? today : typed
            if value.range(of: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", options: .regularExpression) == nil {
                io.say(theme.warning(BilingualText("Write the date as YYYY-MM-DD.", "Écrivez la date sous la forme AAAA-MM-JJ.")[language]))
            } else {
                when = value
            }
        }
        let note = io.ask(BilingualText("Note (optional): ", "Note (facultative) : ")[language]) ?? ""
        return .success(.init(who: who, when: when, note: note.isEmpty ? nil : note))
    }
}
