public import SetupGuideModel

/// The one place a step's `$reference` arguments are bound, for actions (the wizard, the
/// PowerShell script) and for checks (`verify`, the rendered status).
///
/// The rule, for one `$name`:
///
/// 1. `$country`, `$connectivity` and `$lang` are the plan's (``CallArgument/planReferences``),
///    as the guide parser reads them, whatever the step's inputs are called.
/// 2. A non-empty answer is the value.
/// 3. An empty answer is the same as no answer: the admin said nothing, so
///    - an input with a (non-empty) default takes the default;
///    - an optional input without one is absent, and the action or check applies its own default;
///    - a required input without one is missing: the caller must say so (the wizard asks, the
///      script makes it a mandatory parameter, a check falls back on its own default).
/// 4. A name the step does not declare (only when the binder is given no inputs, as
///    ``ArgumentBinder`` is) is treated as an optional input without a default.
///
/// Literals are used as written, even empty.
///
/// ```swift
/// let binder = StepArgumentBinder(step: step, answers: ["quantity": ""], options: plan.options, language: .french)
/// binder.resolve("quantity")  // .defaulted("1") when the input's default is 1
/// ```
public struct StepArgumentBinder: Sendable, Equatable {
    /// The inputs the step declares.
    public var inputs: [StepInput]
    /// The admin's answers, by input id.
    public var answers: [String: String]
    /// `country`, `connectivity` and `lang`.
    public var plan: [String: String]

    /// Creates a binder over declared inputs, answers and plan values.
    public init(inputs: [StepInput] = [], answers: [String: String], plan: [String: String]) {
        self.inputs = inputs
        self.answers = answers
        self.plan = plan
    }

    /// Creates a binder for `step`, with the plan values from `options` and `language`.
    public init(step: Step, answers: [String: String], options: PlanOptions, language: Language) {
        self.init(inputs: step.inputs, answers: answers, plan: Self.planValues(options: options, language: language))
    }

    /// The values of `$country`, `$connectivity` and `$lang` for a plan.
    public static func planValues(options: PlanOptions, language: Language) -> [String: String] {
        ["country": options.country.code, "connectivity": options.connectivity.rawValue, "lang": language.rawValue]
    }

    /// What one `$reference` stands for.
    public enum Resolution: Sendable, Equatable {
        /// The admin's answer, or the plan's value.
        case given(String)
        /// Not answered: the input's default.
        case defaulted(String)
        /// Not answered, optional, no default: leave the argument out.
        case absent
        /// Not answered, required, no default: the caller must report it.
        case missing(StepInput)

        /// The value to pass, if there is one.
        public var value: String? {
            switch self {
            case .given(let value), .defaulted(let value): value
            case .absent, .missing: nil
            }
        }
    }

    /// What `$name` stands for, by the rule above.
    public func resolve(_ name: String) -> Resolution {
        if CallArgument.planReferences.contains(name) {
            guard let value = plan[name], !value.isEmpty else { return .absent }
            return .given(value)
        }
        if let answer = answers[name], !answer.isEmpty { return .given(answer) }
        guard let input = inputs.first(where: { $0.id == name }) else { return .absent }
        if let value = input.defaultValue, !value.isEmpty { return .defaulted(value) }
        return input.required ? .missing(input) : .absent
    }

    /// One argument bound: its literal, or its reference resolved.
    public func resolve(_ argument: CallArgument) -> Resolution {
        switch argument.value {
        case .literal(let text): .given(text)
        case .reference(let name): resolve(name)
        }
    }

    /// The arguments with a value, by parameter name; missing and absent ones are left out.
    public func bind(_ arguments: [CallArgument]) -> [String: String] {
        var bound: [String: String] = [:]
        for argument in arguments {
            if let value = resolve(argument).value { bound[argument.name] = value }
        }
        return bound
    }
}
