import SetupGuide

/// An action's outcome as `--format json` prints it.
struct OutcomeDocument: Encodable {
    let action: String
    let changed: Bool
    let summary: String
    let values: [String: String]

    init(_ outcome: ActionOutcome, language: Language) {
        action = outcome.action.rawValue
        changed = outcome.changed
        summary = outcome.summary.text(in: language)
        values = outcome.values
    }
}

/// A check result as `--format json` prints it.
struct CheckDocument: Encodable {
    struct Subject: Encodable {
        let id: String
        let reason: String
    }

    let check: String
    let status: String
    let summary: String
    let done: Int?
    let total: Int?
    let subjects: [Subject]

    init(_ result: CheckResult, language: Language) {
        check = result.check.rawValue
        status = result.status.rawValue
        summary = result.summary.text(in: language)
        done = result.done
        total = result.total
        subjects = result.subjects.map { Subject(id: $0.id, reason: $0.reason.text(in: language)) }
    }
}
