public import SetupGuideModel

/// Puts the steps of the guides in order for one country, connectivity and set of features.
///
/// Steps whose conditions fail are left out with the reason. The others are sorted so that
/// every `requires` and every ordering rule that applies to the country holds; among the steps
/// free to go next, the one written first goes first, so the order is deterministic and keeps
/// the guides' own order wherever nothing forces a change.
///
/// ```swift
/// let plan = try Planner().plan(content.steps(in: .french), options: options, language: .french).get()
/// ```
public struct Planner: Sendable {
    /// Creates a planner.
    public init() {}

    /// Makes the plan, or reports the steps that cannot be ordered.
    public func plan(_ steps: [Step], options: PlanOptions, language: Language) -> Result<Plan, Diagnostic> {
        var included: [Step] = []
        var removed: [RemovedStep] = []
        for step in steps {
            if let reason = exclusionReason(step, options: options, language: language) {
                removed.append(RemovedStep(step: step, because: reason.sentenceCased))
            } else {
                included.append(step)
            }
        }
        switch order(included, options: options) {
        case .failure(let diagnostic):
            return .failure(diagnostic)
        case .success(let ordered):
            let present = Set(ordered.map(\.id))
            let planned = ordered.map { step in
                PlannedStep(
                    step: step,
                    because: movedReason(step, present: present, options: options, language: language)?.sentenceCased)
            }
            return .success(
                Plan(options: options, language: language, steps: planned, removed: removed,
                     notices: notices(options, language: language)))
        }
    }

    /// Why the step is left out, or `nil` when it applies.
    func exclusionReason(_ step: Step, options: PlanOptions, language: Language) -> String? {
        let conditions = step.conditions
        if let connectivity = conditions.connectivity, !connectivity.contains(options.connectivity) {
            return conditions.because
                ?? BilingualText(
                    "only with \(connectivity.map { $0.label(in: language) }.joined(separator: " or ")) connectivity; this plan uses \(options.connectivity.label(in: language))",
                    "seulement avec la connectivité \(connectivity.map { $0.label(in: language) }.joined(separator: " ou ")) ; ce plan utilise \(options.connectivity.label(in: language))")[language]
        }
        if let features = conditions.features, options.features.isDisjoint(with: features) {
            let names = features.map(\.rawValue).joined(separator: ", ")
            return conditions.because
                ?? BilingualText(
                    "only when one of these features is chosen: \(names)",
                    "seulement si l'une de ces fonctions est choisie : \(names)")[language]
        }
        if let failure = conditions.country.firstFailure(for: options.country) {
            return conditions.because
                ?? failure.fact.describe(value: options.country.value(of: failure.fact), for: options.country, in: language)
        }
        return nil
    }

    /// The reason of the first rule that applies to the country and moves the step around a step
    /// that is in the plan.
    private func movedReason(_ step: Step, present: Set<String>, options: PlanOptions, language: Language) -> String? {
        guard
            let rule = step.orderingRules.first(where: {
                present.contains($0.target.id) && $0.condition.holds(for: options.country)
            })
        else { return nil }
        if let because = rule.because { return because }
        let fact = rule.condition.requirements.first
        let why = fact.map { $0.fact.describe(value: options.country.value(of: $0.fact), for: options.country, in: language) }
        let relation = rule.relation == .before ? BilingualText("before", "avant")[language] : BilingualText("after", "après")[language]
        return BilingualText("moved \(relation) '\(rule.target.id)'", "placée \(relation) « \(rule.target.id) »")[language]
            + (why.map { ": \($0)" } ?? "")
    }

    private func notices(_ options: PlanOptions, language: Language) -> [String] {
        let country = options.country
        let name = country.name(in: language)
        var notices: [String] = []
        if options.connectivity == .callingPlan, !country.sellsCallingPlans {
            notices.append(
                BilingualText(
                    "Calling Plans are not sold in \(name). Choose Operator Connect or Direct Routing.",
                    "Les forfaits d'appels ne sont pas vendus dans ce pays (\(name)). Choisissez Operator Connect ou le routage direct.")[language])
        }
        if options.connectivity == .callingPlan, country.holds(.partnerCarrier) {
            notices.append(CountryFact.partnerCarrier.describe(value: "true", for: country, in: language) + ".")
        }
        if !country.holds(.emergencyCalling) {
            notices.append(CountryFact.emergencyCalling.describe(value: "false", for: country, in: language) + ".")
        }
        return notices.map(\.sentenceCased)
    }

    /// Sorts steps so that requirements and the country's ordering rules hold.
    package func order(_ steps: [Step], options: PlanOptions) -> Result<[Step], Diagnostic> {
        let position = Dictionary(steps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var successors = Array(repeating: [Int](), count: steps.count)
        var incoming = Array(repeating: 0, count: steps.count)
        func edge(_ from: Int, _ to: Int) {
            guard from != to, !successors[from].contains(to) else { return }
            successors[from].append(to)
            incoming[to] += 1
        }
        for (index, step) in steps.enumerated() {
            for requirement in step.requires {
                if let before = position[requirement.id] { edge(before, index) }
            }
            for rule in step.orderingRules where rule.condition.holds(for: options.country) {
                guard let other = position[rule.target.id] else { continue }
                rule.relation == .before ? edge(index, other) : edge(other, index)
            }
        }
        // Kahn's algorithm, always taking the earliest-written step that is free
        var ready = MinHeap(steps.indices.filter { incoming[$0] == 0 })
        var result: [Step] = []
        result.reserveCapacity(steps.count)
        while let next = ready.pop() {
            result.append(steps[next])
            for successor in successors[next] {
                incoming[successor] -= 1
                if incoming[successor] == 0 { ready.push(successor) }
            }
        }
        guard result.count == steps.count else {
            let stuck = steps.indices.filter { incoming[$0] > 0 }.map { steps[$0] }
            let names = stuck.map(\.id).joined(separator: ", ")
            return .failure(
                Diagnostic(.dependencyCycle, at: stuck[0].location,
                           .init("for \(options.country.code) the steps \(names) cannot be ordered: their requirements and ordering rules form a circle",
                                 "pour \(options.country.code), les étapes \(names) ne peuvent pas être ordonnées : leurs exigences et leurs règles d'ordre forment un cercle"),
                           hint: .init("remove a 'requires' or narrow an ordering rule's 'if:'",
                                       "retirez un « requires » ou restreignez le « if: » d'une règle d'ordre")))
        }
        return .success(result)
    }
}

/// A binary min-heap of step positions, so that picking the earliest free step stays cheap.
struct MinHeap {
    private var items: [Int] = []

    init(_ values: [Int]) {
        for value in values { push(value) }
    }

    mutating func push(_ value: Int) {
        items.append(value)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child] < items[parent] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Int? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < items.count, items[left] < items[smallest] { smallest = left }
                if right < items.count, items[right] < items[smallest] { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return first
    }
}

extension String {
    /// The text as a sentence: generated reasons start mid-sentence and end without a stop.
    var sentenceCased: String {
        let text = prefix(1).uppercased() + dropFirst()
        guard let last = text.last, !".!?…)".contains(last) else { return text }
        return text + "."
    }
}
