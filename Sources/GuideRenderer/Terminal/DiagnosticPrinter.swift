public import SetupGuide

/// Formats diagnostics as compilers do: `path:line:column: error: message [id]`, then the hint.
public struct DiagnosticPrinter: Sendable {
    /// The colours to use.
    public var style: TerminalStyle

    /// Creates a printer.
    public init(style: TerminalStyle) { self.style = style }

    /// The lines for one diagnostic.
    public func format(_ diagnostic: Diagnostic) -> String {
        let severity =
            diagnostic.severity == .error ? style.red(style.bold("error:")) : style.yellow(style.bold("warning:"))
        var text = "\(style.bold(diagnostic.location.description + ":")) \(severity) \(diagnostic.message) [\(diagnostic.identifier.rawValue)]"
        if let hint = diagnostic.hint { text += "\n    " + style.dim("hint: " + hint) }
        return text
    }
}
