public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// Binds the `$references` of a step's checks when a tenant is judged after the fact, by
/// `verify` and by the status a rendered checklist shows.
///
/// - Each `$reference` is resolved by ``StepArgumentBinder``, the one rule for every binding:
///   the plan's values, the admin's answers from `answers` (an answers file, or the wizard's
///   journal in the rehearsal tenant), and an empty answer counted as none.
/// - An input nobody answered takes its default, except where it sets a check's `min`: a
///   default quantity is a guess at what the admin would buy, not what the tenant must have, so
///   the check's own minimum applies.
/// - An unanswered `choice` input could have been any of its choices (a tenant on MCOPSTN2 did
///   choose a Calling Plan), so the check is also tried with each other choice, and the first
///   that passes is the verdict.
///
/// ```swift
/// let binding = CheckBinding(answers: ["licences": ["callingPlan": "MCOPSTN2"]])
/// binding.candidates(for: call, of: step, options: plan.options, language: .french)
/// // [["sku": "MCOPSTN2", "users": "all"]]
/// ```
public struct CheckBinding: Sendable, Equatable {
    /// Answers by step id, then input id.
    public var answers: [String: [String: String]]
    /// Steps the wizard's journal records as skipped, with the reason given: never reported done.
    public var skipped: [String: String]

    /// Creates a binding with the answers known and the steps skipped.
    public init(answers: [String: [String: String]] = [:], skipped: [String: String] = [:]) {
        self.answers = answers
        self.skipped = skipped
    }

    /// What a skipped step is reported as, whatever its checks say: not done, with the reason.
    public func skippedNote(_ stepID: String, language: Language) -> String? {
        guard let reason = skipped[stepID] else { return nil }
        let because = reason.isEmpty ? "" : BilingualText(": ", " : ")[language] + reason
        return BilingualText("Skipped in the wizard\(because)", "Passée dans l'assistant\(because)")[language]
    }

    /// At most this many argument sets are tried for one check.
    static let candidateLimit = 16

    /// The argument sets to try, in order: the first is the answers' or defaults' binding, the
    /// others replace unanswered choices with their other values.
    public func candidates(for call: CheckCall, of step: Step, options: PlanOptions, language: Language) -> [[String: String]] {
        let binder = StepArgumentBinder(step: step, answers: answers[step.id] ?? [:], options: options, language: language)
        var first: [String: String] = [:]
        var open: [(argument: String, choices: [String])] = []
        for argument in call.arguments {
            switch binder.resolve(argument) {
            case .given(let value):
                first[argument.name] = value
            case .defaulted(let value):
                // A default quantity is what the admin might buy, not what the tenant must have.
                guard argument.name != "min" else { continue }
                first[argument.name] = value
                if case .reference(let name) = argument.value, let input = step.input(name), input.type == .choice {
                    open.append((argument.name, input.choices.filter { $0 != value }))
                }
            case .absent, .missing:
                // The check applies its own default.
                continue
            }
        }
        var candidates = [first]
        for (argument, choices) in open {
            for base in candidates {
                for choice in choices where candidates.count < Self.candidateLimit {
                    var other = base
                    other[argument] = choice
                    candidates.append(other)
                }
            }
        }
        return candidates
    }

    /// Evaluates `call` with each of its ``candidates(for:of:options:language:)`` in turn: the
    /// first that passes is the verdict; a failure is kept and the next candidate tried; anything
    /// else (not applicable, unknown) ends the search with the first verdict found.
    public func verdict<Verdict>(
        for call: CheckCall, of step: Step, options: PlanOptions, language: Language,
        passed: (Verdict) -> Bool, failed: (Verdict) -> Bool,
        _ evaluate: ([String: String]) throws -> Verdict
    ) rethrows -> (verdict: Verdict, arguments: [String: String]) {
        var first: (verdict: Verdict, arguments: [String: String])?
        for arguments in candidates(for: call, of: step, options: options, language: language) {
            let verdict = try evaluate(arguments)
            if passed(verdict) { return (verdict, arguments) }
            if first == nil { first = (verdict, arguments) }
            if !failed(verdict) { break }
        }
        // There is always a first candidate.
        return first!
    }
}
