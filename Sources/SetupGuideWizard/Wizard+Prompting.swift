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

    /// The step menu's answers; each language has its own letters, the same ones the README and
    /// `--help` give.
    enum MenuChoice {
        case run, skip, back, quit

        /// The words and letters each language accepts at the step menu; an empty line runs the step.
        private static let words: [Language: [String: MenuChoice]] = [
            .english: ["": .run, "run": .run, "s": .skip, "skip": .skip, "b": .back, "back": .back, "q": .quit, "quit": .quit],
            .french: ["": .run, "e": .run, "exécuter": .run, "p": .skip, "passer": .skip, "r": .back, "retour": .back,
                      "q": .quit, "quitter": .quit],
        ]

        /// The menu line.
        static let prompt = BilingualText("[Enter] run · s skip · b back · q quit: ", "[Entrée] exécuter · p passer · r retour · q quitter : ")
        /// The keys, for an unknown choice.
        static let keys = BilingualText("Keys: Enter runs the step, s skips it, b goes back, q quits.",
                                        "Touches : Entrée exécute l'étape, p la passe, r revient en arrière, q quitte.")

        init?(_ typed: String, language: Language) {
            guard let choice = Self.words[language]?[typed.lowercased()] else { return nil }
            self = choice
        }
    }

    /// What people type, made into the form the guides expect: a French date `01/12/2026` is
    /// 2026-12-01, a decimal comma `4,8570` is `4.8570`. Anything else is left as typed.
    func normalized(_ value: String, for input: StepInput) -> String {
        if input.type == .date || input.pattern == nil && input.type == .string && input.id.lowercased().contains("date") {
            if let iso = Self.isoDate(value, language: language) { return iso }
        }
        if value.range(of: "^-?[0-9]+,[0-9]+$", options: .regularExpression) != nil,
            input.type == .amount || (input.type == .string && input.pattern != nil)
        {
            let dotted = value.replacingOccurrences(of: ",", with: ".")
            if InputValidator(input: input).problem(with: dotted) == nil { return dotted }
        }
        return value
    }

    /// `JJ/MM/AAAA` (French) as `AAAA-MM-JJ`; `nil` when it is not such a date.
    static func isoDate(_ value: String, language: Language) -> String? {
        guard language == .french else { return nil }
        let parts = value.split(separator: "/").map(String.init)
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
            parts[2].count == 4, (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// A step input's value: from the answers file, else asked (until valid), else its default.
    func value(for original: StepInput, of step: Step, previous: String?) -> Result<String, WizardOutcome> {
        let input = offered(original)
        let validator = InputValidator(input: input)
        let name = input.label.isEmpty ? input.id : input.label
        if let written = answers.inputs[step.id]?[input.id], previous == nil {
            let given = normalized(written, for: input)
            if let problem = notSoldHere(given, of: original, offered: input) ?? validator.problem(with: given, language: language) {
                let message = BilingualText("Answer '\(input.id)' of step '\(step.id)' is invalid: \(problem).",
                                "La réponse « \(input.id) » de l'étape « \(step.id) » est invalide : \(problem).")[language]
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
            return .failure(.badAnswer(BilingualText("Missing answer '\(input.id)' for step '\(step.id)' (\(name)).",
                                         "Réponse manquante « \(input.id) » pour l'étape « \(step.id) » (\(name)).")[language]))
        }
        if let help = input.help, !help.isEmpty { io.say(theme.quiet(help)) }
        if input.type == .choice {
            for (number, choice) in input.choices.enumerated() { io.say("  \(number + 1). \(label(of: choice))") }
        }
        while true {
            var prompt = name
            if let fallback, !fallback.isEmpty { prompt += " [\(input.type == .choice ? label(of: fallback) : fallback)]" }
            guard let typed = io.ask(prompt + Words.colon(language)) else { return .failure(endOfInput()) }
            var value = typed.isEmpty ? (fallback ?? "") : normalized(typed, for: input)
            if input.type == .choice, let number = Int(value), input.choices.indices.contains(number - 1) { value = input.choices[number - 1] }
            if input.type == .choice, let match = input.choices.first(where: { $0.caseInsensitiveCompare(value) == .orderedSame }) { value = match }
            if let problem = notSoldHere(value, of: original, offered: input) ?? validator.problem(with: value, language: language) {
                io.say(theme.warning(BilingualText("Not accepted: \(problem). Try again.", "Refusé : \(problem). Recommencez.")[language]
                    + example(for: input)))
                continue
            }
            return .success(value)
        }
    }

    /// An example of an accepted answer, for the error: the form people are told to type.
    func example(for input: StepInput) -> String {
        switch input.type {
        case .date: return BilingualText(" Example: 2026-12-01.", " Exemple : 01/12/2026 ou 2026-12-01.")[language]
        case .amount: return BilingualText(" Example: 12.5.", " Exemple : 12,5.")[language]
        case .choice:
            guard let first = input.choices.first, Self.showsCode(first) else {
                return BilingualText(" Type the number of a choice, such as 1.", " Tapez le numéro d'un choix, par exemple 1.")[language]
            }
            return BilingualText(" Type the number or the code, such as 1 or ", " Tapez le numéro ou le code, par exemple 1 ou ")[language]
                + first + "."
        default: return ""
        }
    }

    /// Who did a manual step and when: from the answers file, else asked.
    func manualRecord(for step: Step) -> Result<AnswersFile.ManualRecord, WizardOutcome> {
        if let record = answers.manual[step.id] { return .success(record) }
        let today = ISO8601DateFormatter.string(from: engine.now, timeZone: .current, formatOptions: [.withFullDate])
        let user = ProcessInfo.processInfo.environment["USER"] ?? ""
        guard canAsk else {
            if dryRun { return .success(.init(who: user, when: today, note: nil)) }
            return .failure(.badAnswer(BilingualText("Manual step '\(step.title)' needs 'manual: { who, when }' in the answers file (step id \(step.id)).",
                                         "L'étape manuelle « \(step.title) » demande « manual: { who, when } » dans le fichier de réponses (étape \(step.id)).")[language]))
        }
        io.say(BilingualText("This step is done by a person outside the tool. Record who did it and when.",
                 "Cette étape est faite par une personne, hors de l'outil. Notez qui l'a faite et quand.")[language])
        var who = ""
        while who.isEmpty {
            guard let typed = io.ask(BilingualText("Who did it", "Qui l'a faite")[language] + (user.isEmpty ? "" : " [\(user)]") + Words.colon(language))
            else { return .failure(endOfInput()) }
            who = typed.isEmpty ? user : typed
        }
        var when = ""
        while when.isEmpty {
            guard let typed = io.ask(BilingualText("When (YYYY-MM-DD)", "Quand (JJ/MM/AAAA)")[language] + " [\(today)]" + Words.colon(language))
            else { return .failure(endOfInput()) }
            let value = typed.isEmpty ? today : (Self.isoDate(typed, language: language) ?? typed)
            if value.range(of: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", options: .regularExpression) == nil {
                io.say(theme.warning(BilingualText("Write the date as YYYY-MM-DD, for example 2026-12-01.",
                                                   "Écrivez la date sous la forme JJ/MM/AAAA, par exemple 01/12/2026.")[language]))
            } else {
                when = value
            }
        }
        guard let note = io.ask(BilingualText("Note (optional): ", "Note (facultative) : ")[language]) else { return .failure(endOfInput()) }
        return .success(.init(who: who, when: when, note: note.isEmpty ? nil : note))
    }
}
