internal import SetupGuideModel
internal import SetupGuidePlanning

/// What a bulk action changed and what it left as it was.
public struct BulkResult: Sendable, Equatable, Codable {
    /// Items created or changed.
    public let changed: Int
    /// Items already in the wanted state.
    public let unchanged: Int

    /// Creates a result.
    public init(changed: Int, unchanged: Int) {
        self.changed = changed
        self.unchanged = unchanged
    }
}
