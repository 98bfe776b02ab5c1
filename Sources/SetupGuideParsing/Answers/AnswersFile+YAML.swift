public import Foundation
public import SetupGuideModel
internal import Yams
internal import SetupGuidePlanning

/// Reading an answers file from YAML, with line and column for every problem.
extension AnswersFile {
    /// Reads an answers file; a problem is a diagnostic with the line and column.
    public static func load(from url: URL, displayPath: String) throws(ContentError) -> AnswersFile {
        let text = try YAMLSource.readText(
            url, path: displayPath, .init("cannot read the answers file", "impossible de lire le fichier de réponses"),
            hint: .init("check the path of the answers file", "vérifiez le chemin du fichier de réponses"))
        return try parse(text, path: displayPath)
    }

    /// Parses answers YAML.
    public static func parse(_ text: String, path: String) throws(ContentError) -> AnswersFile {
        let source = YAMLSource(path: path, text: text, firstLine: 1)
        var answers = AnswersFile(path: path)
        let root: Node?
        switch source.compose(
            .malformedAnnotation, hint: .init("fix the YAML of the answers file", "corrigez le YAML du fichier de réponses")) {
        case .success(let node): root = node
        case .failure(let error): throw error
        }
        guard let pairs = root?.pairs else {
            throw ContentError(
                Diagnostic(.malformedAnnotation, at: source.location(line: 1, column: 1),
                           .init("the answers file must be a YAML mapping", "le fichier de réponses doit être un dictionnaire YAML"),
                           hint: .init("write 'country: FR' and 'steps:' (see content/examples/)",
                                       "écrivez « country: FR » et « steps: » (voir content/examples/)")))
        }
        func fail(_ node: Node, _ message: BilingualText, _ hint: BilingualText) -> ContentError {
            ContentError(Diagnostic(.malformedAnnotation, at: source.location(of: node), message, hint: hint))
        }
        for (key, keyNode, value) in pairs {
            switch key {
            case "country": answers.country = value.text
            case "connectivity": answers.connectivity = value.text
            case "lang": answers.language = value.text
            case "features":
                guard let list = value.stringList else { throw fail(value, .init("'features' must be a list", "« features » doit être une liste"),
                                                                .init("write 'features: [call-queues]'", "écrivez « features: [call-queues] »")) }
                answers.features = list
            case "steps":
                guard let steps = value.pairs else { throw fail(value, .init("'steps' must map step ids to answers", "« steps » doit associer des id d'étapes à des réponses"),
                                                               .init("write 'steps:' then '  licences: { quantity: 25 }'",
                                                                     "écrivez « steps: » puis « licences: { quantity: 25 } » en retrait")) }
                for (stepID, stepKey, stepValue) in steps {
                    guard let fields = stepValue.pairs else {
                        throw fail(stepValue, .init("the answers of step '\(stepID)' must be a mapping",
                                                     "les réponses de l'étape « \(stepID) » doivent former un dictionnaire"),
                                               .init("write 'input: value' lines under it", "écrivez des lignes « saisie: valeur » en dessous"))
                    }
                    var values: [String: String] = [:]
                    for (input, _, inputValue) in fields {
                        guard let text = inputValue.text ?? inputValue.stringList?.joined(separator: ",") else {
                            throw fail(inputValue, .init("the answer to '\(input)' of step '\(stepID)' must be a value",
                                                          "la réponse à « \(input) » de l'étape « \(stepID) » doit être une valeur"),
                                                    .init("write a single value", "écrivez une seule valeur"))
                        }
                        values[input] = text
                    }
                    answers.inputs[stepID] = values
                    answers.locations[stepID] = source.location(of: stepKey)
                }
            case "manual":
                guard let steps = value.pairs else { throw fail(value, .init("'manual' must map step ids to records", "« manual » doit associer des id d'étapes à des relevés"),
                                                                .init("write 'step-id: { who: …, when: … }'", "écrivez « step-id: { who: …, when: … } »")) }
                for (stepID, stepKey, record) in steps {
                    let fields = Dictionary((record.pairs ?? []).map { ($0.key, $0.value.text ?? "") }, uniquingKeysWith: { a, _ in a })
                    guard let who = fields["who"], !who.isEmpty, let when = fields["when"], !when.isEmpty else {
                        throw fail(record, .init("the manual record of '\(stepID)' needs 'who' and 'when'",
                                             "le relevé manuel de « \(stepID) » a besoin de « who » et « when »"),
                                       .init("write '{ who: Name, when: 2026-11-20 }'", "écrivez « { who: Nom, when: 2026-11-20 } »"))
                    }
                    answers.manual[stepID] = ManualRecord(who: who, when: when, note: fields["note"])
                    answers.locations[stepID] = answers.locations[stepID] ?? source.location(of: stepKey)
                }
            case "skip":
                guard let steps = value.pairs else { throw fail(value, .init("'skip' must map step ids to reasons", "« skip » doit associer des id d'étapes à des raisons"),
                                                                .init("write 'step-id: reason'", "écrivez « step-id: raison »")) }
                for (stepID, _, reason) in steps { answers.skip[stepID] = reason.text ?? "" }
            default:
                throw fail(keyNode, .init("unknown key '\(key)' in the answers file", "clé inconnue « \(key) » dans le fichier de réponses"),
                           .init("use country, connectivity, lang, features, steps, manual or skip",
                                 "utilisez country, connectivity, lang, features, steps, manual ou skip"))
            }
        }
        return answers
    }
}
