/// A content problem that stops a file from being read at all.
public struct ContentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problem.
    public var diagnostic: Diagnostic

    /// Wraps a diagnostic.
    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    /// The diagnostic's one-line form.
    public var description: String { diagnostic.description }
}
