public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// Formats diagnostics as compilers do: `path:line:column: error: message [id]`, then the hint.
///
/// In French: `path:line:column: erreur : message [id]` (or `avertissement :`), and the hint
/// starts with `conseil :`, with French spacing before the colons that follow words.
public struct DiagnosticPrinter: Sendable {
    /// The colours to use.
    public var style: TerminalStyle
    /// The language of the severity, message and hint.
    public var language: Language

    /// Creates a printer.
    public init(style: TerminalStyle, language: Language = .english) {
        self.style = style
        self.language = language
    }

    /// The lines for one diagnostic.
    public func format(_ diagnostic: Diagnostic) -> String {
        let word = diagnostic.severity.word(in: language) + BilingualText(":", " :")[language]
        let severity = diagnostic.severity == .error ? style.red(style.bold(word)) : style.yellow(style.bold(word))
        let message = diagnostic.message(in: language)
        var text = "\(style.bold(diagnostic.location.description + ":")) \(severity) \(message) [\(diagnostic.identifier.rawValue)]"
        if let hint = diagnostic.hint(in: language) {
            text += "\n    " + style.dim(BilingualText("hint: ", "conseil : ")[language] + hint)
        }
        return text
    }
}
