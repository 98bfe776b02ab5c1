public import SetupGuideModel

/// Turns an action's or check's written arguments into the strings the engine takes: literals
/// as written, `$input` from the step's answers, `$country`, `$connectivity` and `$lang` from
/// the plan. An empty answer leaves the parameter out, so the engine applies its default.
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
        var bound: [String: String] = [:]
        for argument in arguments {
            switch argument.value {
            case .literal(let text): bound[argument.name] = text
            case .reference(let name):
                if let value = inputs[name] ?? plan[name], !value.isEmpty { bound[argument.name] = value }
            }
        }
        return bound
    }
}
