public import SetupGuideModel
internal import SetupGuidePlanning

/// What an action did, for the wizard to show and record.
public struct ActionOutcome: Sendable, Equatable {
    /// The action performed.
    public let action: ActionName
    /// Whether the tenant changed (false when the step had already been done).
    public let changed: Bool
    /// One line saying what happened.
    public let summary: BilingualText
    /// Values later steps can use, such as `reservation`.
    public let values: [String: String]

    /// Creates an outcome.
    public init(action: ActionName, changed: Bool, summary: BilingualText, values: [String: String] = [:]) {
        self.action = action
        self.changed = changed
        self.summary = summary
        self.values = values
    }
}
