/// One parameter of an action or check in the catalogue.
public struct ParameterSpec: Sendable, Equatable {
    /// The name a guide writes under `with:`.
    public let name: String
    /// The type of value it takes.
    public let type: ParameterType
    /// Whether a guide must give it.
    public let required: Bool
    /// What it means, in English, for the generated reference.
    public let summary: String

    /// Creates a parameter description.
    public init(_ name: String, _ type: ParameterType, required: Bool = false, _ summary: String) {
        self.name = name
        self.type = type
        self.required = required
        self.summary = summary
    }
}

/// What the catalogue knows of one action or check: its name, parameters and meaning.
public struct CatalogueEntry: Sendable, Equatable {
    /// The dotted name a guide writes, such as `numbers.search`.
    public let name: String
    /// What it does, in English.
    public let summary: String
    /// What it does, in French.
    public let summaryFrench: String
    /// The parameters it takes.
    public let parameters: [ParameterSpec]
    /// Whether running it spends the organisation's money.
    public let spendsMoney: Bool

    /// The parameter called `name`, if the entry has one.
    public func parameter(named name: String) -> ParameterSpec? {
        parameters.first { $0.name == name }
    }
}
