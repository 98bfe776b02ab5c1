public import SetupGuideModel

/// The wizard's binder of an action's or check's arguments, kept for its callers: a thin
/// wrapper over ``StepArgumentBinder`` that knows the answers but not the step's inputs, so an
/// empty or missing answer leaves the parameter out and the engine applies its default.
///
/// New callers use ``StepArgumentBinder`` with the step, which also applies the inputs' defaults.
public struct ArgumentBinder: Sendable {
    /// The step's answers, by input id.
    public var inputs: [String: String]
    /// `country`, `connectivity` and `lang`.
    public var plan: [String: String]

    /// Creates a binder.
    public init(inputs: [String: String], plan: [String: String]) {
        self.inputs = inputs
        self.plan = plan
    }

    /// The bound arguments.
    public func bind(_ arguments: [CallArgument]) -> [String: String] {
        StepArgumentBinder(answers: inputs, plan: plan).bind(arguments)
    }
}
