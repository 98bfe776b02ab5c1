/// A value a step asks the admin for, with its type and validation.
public struct StepInput: Sendable, Equatable {
    /// The id actions refer to as `$id`.
    public var id: String
    /// The type of value.
    public var type: InputType
    /// The prompt, in the guide's language.
    public var label: String
    /// A longer explanation, if any.
    public var help: String?
    /// Whether a value must be given.
    public var required: Bool
    /// The value offered by default.
    public var defaultValue: String?
    /// Lower bound for numbers.
    public var minimum: Double?
    /// Upper bound for numbers.
    public var maximum: Double?
    /// Longest text allowed.
    public var maxLength: Int?
    /// A regular expression the whole text must match.
    public var pattern: String?
    /// The values of a `choice` input.
    public var choices: [String]
    /// Where the input is declared.
    public var location: SourceLocation

    /// Creates an input.
    public init(
        id: String, type: InputType, label: String, help: String? = nil, required: Bool = true,
        defaultValue: String? = nil, minimum: Double? = nil, maximum: Double? = nil, maxLength: Int? = nil,
        pattern: String? = nil, choices: [String] = [], location: SourceLocation
    ) {
        self.id = id
        self.type = type
        self.label = label
        self.help = help
        self.required = required
        self.defaultValue = defaultValue
        self.minimum = minimum
        self.maximum = maximum
        self.maxLength = maxLength
        self.pattern = pattern
        self.choices = choices
        self.location = location
    }
}

/// A call of a catalogue action with its parameters.
public struct ActionCall: Sendable, Equatable {
    /// The action.
    public var action: ActionName
    /// Parameter values, by name, in the order written.
    public var arguments: [CallArgument]
    /// Where the call is written.
    public var location: SourceLocation

    /// Creates a call.
    public init(_ action: ActionName, arguments: [CallArgument] = [], at location: SourceLocation) {
        self.action = action
        self.arguments = arguments
        self.location = location
    }
}

/// A call of a catalogue check with its parameters.
public struct CheckCall: Sendable, Equatable {
    /// The check.
    public var check: CheckName
    /// Parameter values, by name, in the order written.
    public var arguments: [CallArgument]
    /// Where the call is written.
    public var location: SourceLocation

    /// Creates a call.
    public init(_ check: CheckName, arguments: [CallArgument] = [], at location: SourceLocation) {
        self.check = check
        self.arguments = arguments
        self.location = location
    }
}

/// One parameter value: a literal, or a reference to an input or a plan value.
public struct CallArgument: Sendable, Equatable {
    /// The parameter name.
    public var name: String
    /// The value as written.
    public var value: Value
    /// Where it is written.
    public var location: SourceLocation

    /// A literal or a `$reference`.
    public enum Value: Sendable, Equatable {
        case literal(String)
        case reference(String)
    }

    /// Creates an argument.
    public init(_ name: String, _ value: Value, at location: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
    }

    /// The names `$country`, `$connectivity` and `$lang` that every step can use.
    public static let planReferences: Set<String> = ["country", "connectivity", "lang"]
}
