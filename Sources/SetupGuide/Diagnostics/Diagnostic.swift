/// A problem found in content: where, what, and what to do about it.
///
/// Printed as `path:line:column: error: message [identifier]`, followed by the hint.
public struct Diagnostic: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Equatable, Codable {
        case error
        case warning
    }

    /// Where the problem is.
    public var location: SourceLocation
    /// Error or warning.
    public var severity: Severity
    /// A stable identifier, such as `unknown-action`.
    public var identifier: DiagnosticID
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var hint: String?

    /// Creates a diagnostic.
    public init(
        _ identifier: DiagnosticID, at location: SourceLocation, _ message: String, hint: String? = nil,
        severity: Severity = .error
    ) {
        self.identifier = identifier
        self.location = location
        self.message = message
        self.hint = hint
        self.severity = severity
    }

    /// The one-line form, without the hint.
    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(identifier.rawValue)]"
    }
}
