/// A problem found in content: where, what, and what to do about it.
///
/// Printed as `path:line:column: error: message [identifier]`, followed by the hint. The message
/// and hint are written in English and, for French-speaking users, in French; ``message(in:)``
/// and ``hint(in:)`` pick one.
public struct Diagnostic: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Equatable, Codable {
        case error
        case warning

        /// The word a printed diagnostic starts with, in `language`.
        public func word(in language: Language) -> String {
            switch (self, language) {
            case (.error, .english): "error"
            case (.warning, .english): "warning"
            case (.error, .french): "erreur"
            case (.warning, .french): "avertissement"
            }
        }
    }

    /// Where the problem is.
    public var location: SourceLocation
    /// Error or warning.
    public var severity: Severity
    /// A stable identifier, such as `unknown-action`.
    public var identifier: DiagnosticID
    /// What is wrong, in English.
    public var message: String
    /// What to do about it, in English.
    public var hint: String?
    /// What is wrong, in French; `nil` when no French wording was given.
    public var messageFrench: String?
    /// What to do about it, in French.
    public var hintFrench: String?

    /// Creates a diagnostic worded in English only.
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

    /// Creates a diagnostic worded in English and French.
    public init(
        _ identifier: DiagnosticID, at location: SourceLocation, _ message: BilingualText, hint: BilingualText? = nil,
        severity: Severity = .error
    ) {
        self.init(identifier, at: location, message.english, hint: hint?.english, severity: severity)
        self.messageFrench = message.french
        self.hintFrench = hint?.french
    }

    /// What is wrong, in `language`; English when there is no French wording.
    public func message(in language: Language) -> String {
        language == .french ? messageFrench ?? message : message
    }

    /// What to do about it, in `language`; English when there is no French wording.
    public func hint(in language: Language) -> String? {
        language == .french ? hintFrench ?? hint : hint
    }

    /// Whether every wording the diagnostic has exists in French too.
    public var isTranslated: Bool {
        messageFrench?.isEmpty == false && (hint == nil || hintFrench?.isEmpty == false)
    }

    /// The one-line form, without the hint.
    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(identifier.rawValue)]"
    }
}
