/// One step of a guide: what a person reads and what a machine runs and checks.
public struct Step: Sendable, Equatable {
    /// The stable id, such as `emergency-addresses`.
    public var id: String
    /// The heading text.
    public var title: String
    /// The heading's inline content.
    public var titleInlines: [MarkdownInline]
    /// The heading level.
    public var level: Int
    /// The heading's DocFX anchor, if any.
    public var anchor: String?
    /// Where the heading is.
    public var location: SourceLocation
    /// Steps that must come first.
    public var requires: [StepReference]
    /// When the step is part of a plan.
    public var conditions: StepConditions
    /// Rules that move the step for some countries.
    public var orderingRules: [OrderingRule]
    /// Whether running the step spends money.
    public var spendsMoney: Bool
    /// Whether a person does the work outside the tool.
    public var manual: Bool
    /// What the step asks for.
    public var inputs: [StepInput]
    /// The provisioning actions it calls.
    public var actions: [ActionCall]
    /// The checks that prove it is done.
    public var checks: [CheckCall]
    /// The body: tasks, callouts, links and prose.
    public var body: [MarkdownBlock]

    /// Creates a step.
    public init(
        id: String, title: String, titleInlines: [MarkdownInline]? = nil, level: Int = 2, anchor: String? = nil,
        location: SourceLocation, requires: [StepReference] = [], conditions: StepConditions = StepConditions(),
        orderingRules: [OrderingRule] = [], spendsMoney: Bool = false, manual: Bool = false,
        inputs: [StepInput] = [], actions: [ActionCall] = [], checks: [CheckCall] = [], body: [MarkdownBlock] = []
    ) {
        self.id = id
        self.title = title
        self.titleInlines = titleInlines ?? [.text(title)]
        self.level = level
        self.anchor = anchor
        self.location = location
        self.requires = requires
        self.conditions = conditions
        self.orderingRules = orderingRules
        self.spendsMoney = spendsMoney
        self.manual = manual
        self.inputs = inputs
        self.actions = actions
        self.checks = checks
        self.body = body
    }

    /// Whether the step spends money, as declared or through one of its actions.
    public var costsMoney: Bool { spendsMoney || actions.contains { $0.action.entry.spendsMoney } }

    /// The input called `id`, if the step has one.
    public func input(_ id: String) -> StepInput? { inputs.first { $0.id == id } }
}

/// A reference to another step, with where it is written.
public struct StepReference: Sendable, Equatable {
    /// The step id referred to.
    public var id: String
    /// Where the reference is written.
    public var location: SourceLocation

    /// Creates a reference.
    public init(_ id: String, at location: SourceLocation) {
        self.id = id
        self.location = location
    }
}

/// When a step belongs in a plan.
public struct StepConditions: Sendable, Equatable {
    /// Connectivity options it applies to; `nil` for all.
    public var connectivity: [Connectivity]?
    /// Features of which one must be chosen; `nil` when none is needed.
    public var features: [Feature]?
    /// Country facts that must hold.
    public var country: FactCondition
    /// The author's wording of why the step drops out, if given.
    public var because: String?

    /// Creates conditions; the default holds everywhere.
    public init(
        connectivity: [Connectivity]? = nil, features: [Feature]? = nil, country: FactCondition = FactCondition(),
        because: String? = nil
    ) {
        self.connectivity = connectivity
        self.features = features
        self.country = country
        self.because = because
    }
}

/// Country facts and the values they must have: every fact must match one of its values.
public struct FactCondition: Sendable, Equatable {
    /// Each fact with the values that satisfy it, in the order written.
    public var requirements: [(fact: CountryFact, values: [String])]

    /// Creates a condition; the empty one always holds.
    public init(_ requirements: [(fact: CountryFact, values: [String])] = []) {
        self.requirements = requirements
    }

    /// Whether `country` satisfies every requirement.
    public func holds(for country: Country) -> Bool {
        requirements.allSatisfy { $0.values.contains(country.value(of: $0.fact)) }
    }

    /// The first requirement `country` fails, if any.
    public func firstFailure(for country: Country) -> (fact: CountryFact, values: [String])? {
        requirements.first { !$0.values.contains(country.value(of: $0.fact)) }
    }

    /// Whether there is nothing to check.
    public var isEmpty: Bool { requirements.isEmpty }

    public static func == (lhs: FactCondition, rhs: FactCondition) -> Bool {
        lhs.requirements.count == rhs.requirements.count
            && zip(lhs.requirements, rhs.requirements).allSatisfy { $0.fact == $1.fact && $0.values == $1.values }
    }
}

/// A rule that moves a step before or after another when country facts hold.
public struct OrderingRule: Sendable, Equatable {
    /// Whether the step goes before or after the other.
    public enum Relation: String, Sendable, Equatable, Codable {
        case before
        case after
    }

    /// Before or after.
    public var relation: Relation
    /// The other step.
    public var target: StepReference
    /// When the rule applies.
    public var condition: FactCondition
    /// Why, in the guide's language.
    public var because: String?
    /// Where the rule is written.
    public var location: SourceLocation

    /// Creates a rule.
    public init(
        _ relation: Relation, _ target: StepReference, if condition: FactCondition = FactCondition(),
        because: String? = nil, at location: SourceLocation
    ) {
        self.relation = relation
        self.target = target
        self.condition = condition
        self.because = because
        self.location = location
    }
}
