public import SetupGuideModel

/// The JSON form of a plan: a stable schema for tools.
///
/// `{"country": "FR", "lang": "fr", "connectivity": …, "features": […], "notices": […],
/// "steps": [{"id", "title", "because", …}], "removed": [{"id", "title", "because"}]}`.
public struct PlanDocument: Encodable, Sendable {
    /// One step of the plan.
    public struct StepEntry: Encodable, Sendable {
        public var number: Int
        public var id: String
        public var title: String
        public var because: String?
        public var manual: Bool
        public var spends: Bool
        public var requires: [String]
        public var inputs: [String]
        public var actions: [String]
        public var checks: [String]
        public var source: String

        enum CodingKeys: String, CodingKey {
            case number, id, title, because, manual, spends, requires, inputs, actions, checks, source
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(number, forKey: .number)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            // `because` is always present, null when nothing moved the step
            try container.encode(because, forKey: .because)
            try container.encode(manual, forKey: .manual)
            try container.encode(spends, forKey: .spends)
            try container.encode(requires, forKey: .requires)
            try container.encode(inputs, forKey: .inputs)
            try container.encode(actions, forKey: .actions)
            try container.encode(checks, forKey: .checks)
            try container.encode(source, forKey: .source)
        }
    }

    /// A step left out.
    public struct RemovedEntry: Encodable, Sendable {
        public var id: String
        public var title: String
        public var because: String
    }

    public var country: String
    public var lang: String
    public var connectivity: String
    public var features: [String]
    public var notices: [String]
    public var steps: [StepEntry]
    public var removed: [RemovedEntry]

    /// The JSON form of `plan`.
    public init(_ plan: Plan) {
        country = plan.options.country.code
        lang = plan.language.rawValue
        connectivity = plan.options.connectivity.rawValue
        features = plan.options.features.map(\.rawValue).sorted()
        notices = plan.notices
        steps = plan.steps.enumerated().map { index, planned in
            let step = planned.step
            return StepEntry(
                number: index + 1, id: step.id, title: step.title, because: planned.because, manual: step.manual,
                spends: step.costsMoney, requires: step.requires.map(\.id), inputs: step.inputs.map(\.id),
                actions: step.actions.map(\.action.rawValue), checks: step.checks.map(\.check.rawValue),
                source: step.location.description)
        }
        removed = plan.removed.map { RemovedEntry(id: $0.step.id, title: $0.step.title, because: $0.because) }
    }
}
