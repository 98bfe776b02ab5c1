public import Foundation
internal import Yams

/// Answers for an unattended run, read from YAML.
///
/// ```yaml
/// country: FR
/// connectivity: calling-plan
/// features: [call-queues]
/// steps:
///   licences: { quantity: 25 }
/// manual:
///   user-numbers-request: { who: Camille Martin, when: 2026-11-20, note: Form sent }
/// skip:
///   partner-carrier: Not our case
/// ```
public struct AnswersFile: Sendable, Equatable {
    /// The organisation's country, if given.
    public var country: String?
    /// The connectivity option, if given.
    public var connectivity: String?
    /// The features chosen.
    public var features: [String]
    /// The language of the run, if given.
    public var language: String?
    /// Input values by step id, then input id.
    public var inputs: [String: [String: String]]
    /// Manual steps: who, when and a note, by step id.
    public var manual: [String: ManualRecord]
    /// Steps to skip, with the reason.
    public var skip: [String: String]
    /// Where each step's answers are written, for errors.
    public var locations: [String: SourceLocation]
    /// The file.
    public var path: String

    /// Who did a manual step and when.
    public struct ManualRecord: Sendable, Equatable {
        public var who: String
        public var when: String
        public var note: String?
    }

    /// Creates an empty answers file.
    public init(path: String = "") {
        self.country = nil
        self.connectivity = nil
        self.features = []
        self.language = nil
        self.inputs = [:]
        self.manual = [:]
        self.skip = [:]
        self.locations = [:]
        self.path = path
    }

    /// Reads an answers file; a problem is a diagnostic with the line and column.
    public static func load(from url: URL, displayPath: String) throws(ContentError) -> AnswersFile {
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw ContentError(
                Diagnostic(.unreadableFile, at: SourceLocation(path: displayPath, line: 1, column: 1),
                           "cannot read the answers file", hint: "check the path given to --answers"))
        }
        return try parse(text, path: displayPath)
    }

    /// Parses answers YAML.
    public static func parse(_ text: String, path: String) throws(ContentError) -> AnswersFile {
        let source = YAMLSource(path: path, text: text, firstLine: 1)
        var answers = AnswersFile(path: path)
        let root: Node?
        switch source.compose(.malformedAnnotation, hint: "fix the YAML of the answers file") {
        case .success(let node): root = node
        case .failure(let error): throw error
        }
        guard let pairs = root?.pairs else {
            throw ContentError(
                Diagnostic(.malformedAnnotation, at: source.location(line: 1, column: 1), "the answers file must be a YAML mapping",
                           hint: "write 'country: FR' and 'steps:' (see content/examples/)"))
        }
        func fail(_ node: Node, _ message: String, _ hint: String) -> ContentError {
            ContentError(Diagnostic(.malformedAnnotation, at: source.location(of: node), message, hint: hint))
        }
        for (key, keyNode, value) in pairs {
            switch key {
            case "country": answers.country = value.text
            case "connectivity": answers.connectivity = value.text
            case "lang": answers.language = value.text
            case "features":
                guard let list = value.stringList else { throw fail(value, "'features' must be a list", "write 'features: [call-queues]'") }
                answers.features = list
            case "steps":
                guard let steps = value.pairs else { throw fail(value, "'steps' must map step ids to answers", "write 'steps:' then '  licences: { quantity: 25 }'") }
                for (stepID, stepKey, stepValue) in steps {
                    guard let fields = stepValue.pairs else {
                        throw fail(stepValue, "the answers of step '\(stepID)' must be a mapping", "write 'input: value' lines under it")
                    }
                    var values: [String: String] = [:]
                    for (input, _, inputValue) in fields {
                        guard let text = inputValue.text ?? inputValue.stringList?.joined(separator: ",") else {
                            throw fail(inputValue, "the answer to '\(input)' of step '\(stepID)' must be a value", "write a single value")
                        }
                        values[input] = text
                    }
                    answers.inputs[stepID] = values
                    answers.locations[stepID] = source.location(of: stepKey)
                }
            case "manual":
                guard let steps = value.pairs else { throw fail(value, "'manual' must map step ids to records", "write 'step-id: { who: …, when: … }'") }
                for (stepID, stepKey, record) in steps {
                    let fields = Dictionary((record.pairs ?? []).map { ($0.key, $0.value.text ?? "") }, uniquingKeysWith: { a, _ in a })
                    guard let who = fields["who"], !who.isEmpty, let when = fields["when"], !when.isEmpty else {
                        throw fail(record, "the manual record of '\(stepID)' needs 'who' and 'when'", "write '{ who: Name, when: 2026-11-20 }'")
                    }
                    answers.manual[stepID] = ManualRecord(who: who, when: when, note: fields["note"])
                    answers.locations[stepID] = answers.locations[stepID] ?? source.location(of: stepKey)
                }
            case "skip":
                guard let steps = value.pairs else { throw fail(value, "'skip' must map step ids to reasons", "write 'step-id: reason'") }
                for (stepID, _, reason) in steps { answers.skip[stepID] = reason.text ?? "" }
            default:
                throw fail(keyNode, "unknown key '\(key)' in the answers file",
                           "use country, connectivity, lang, features, steps, manual or skip")
            }
        }
        return answers
    }
}
