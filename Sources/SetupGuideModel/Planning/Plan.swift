/// What a plan is made for: a country, a connectivity option and the features chosen.
public struct PlanOptions: Sendable, Equatable {
    /// The organisation's country.
    public var country: Country
    /// How it reaches the telephone network.
    public var connectivity: Connectivity
    /// The optional features chosen.
    public var features: Set<Feature>

    /// Creates options.
    public init(country: Country, connectivity: Connectivity = .callingPlan, features: Set<Feature> = []) {
        self.country = country
        self.connectivity = connectivity
        self.features = features
    }
}

/// An ordered checklist for one country: the steps to do and the steps left out, each with why.
public struct Plan: Sendable, Equatable {
    /// What the plan was made for.
    public var options: PlanOptions
    /// The language of the steps.
    public var language: Language
    /// The steps, in the order to do them.
    public var steps: [PlannedStep]
    /// The steps that do not apply, with why.
    public var removed: [RemovedStep]
    /// Things the admin must know before starting (calling plans not sold, partner carrier…).
    public var notices: [String]

    /// Creates a plan.
    public init(
        options: PlanOptions, language: Language, steps: [PlannedStep], removed: [RemovedStep], notices: [String]
    ) {
        self.options = options
        self.language = language
        self.steps = steps
        self.removed = removed
        self.notices = notices
    }
}

/// A step in a plan, with the reason it was moved, if a country rule moved it.
public struct PlannedStep: Sendable, Equatable {
    /// The step.
    public var step: Step
    /// Why it stands where it does, when a rule put it there.
    public var because: String?

    /// Creates a planned step.
    public init(step: Step, because: String? = nil) {
        self.step = step
        self.because = because
    }
}

/// A step that does not apply to this plan, and why.
public struct RemovedStep: Sendable, Equatable {
    /// The step.
    public var step: Step
    /// Why it is left out.
    public var because: String

    /// Creates a removed step.
    public init(step: Step, because: String) {
        self.step = step
        self.because = because
    }
}
