public import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// Whether and how to colour terminal output.
///
/// Colour is used only when the output is a terminal, `NO_COLOR` is not set and `TERM` is not
/// `dumb`, following https://no-color.org.
public struct TerminalStyle: Sendable, Equatable {
    /// Whether escape sequences may be written.
    public var colours: Bool

    /// Creates a style.
    public init(colours: Bool) { self.colours = colours }

    /// The style for a file descriptor in the current environment.
    public static func detect(fileDescriptor: Int32 = STDOUT_FILENO, environment: [String: String]? = nil) -> TerminalStyle {
        let environment = environment ?? ProcessInfo.processInfo.environment
        if environment["NO_COLOR"].map({ !$0.isEmpty }) == true { return TerminalStyle(colours: false) }
        if environment["TERM"] == "dumb" { return TerminalStyle(colours: false) }
        return TerminalStyle(colours: isatty(fileDescriptor) == 1)
    }

    /// Whether the output is an interactive terminal that can take animation.
    public static func isInteractive(fileDescriptor: Int32 = STDOUT_FILENO, environment: [String: String]? = nil) -> Bool {
        let environment = environment ?? ProcessInfo.processInfo.environment
        return isatty(fileDescriptor) == 1 && environment["TERM"] != "dumb"
    }

    /// Bold text.
    public func bold(_ text: String) -> String { wrap(text, "1") }
    /// Dim text.
    public func dim(_ text: String) -> String { wrap(text, "2") }
    /// Red text.
    public func red(_ text: String) -> String { wrap(text, "31") }
    /// Green text.
    public func green(_ text: String) -> String { wrap(text, "32") }
    /// Yellow text.
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    /// Blue text.
    public func blue(_ text: String) -> String { wrap(text, "34") }
    /// Magenta text.
    public func magenta(_ text: String) -> String { wrap(text, "35") }
    /// Cyan text.
    public func cyan(_ text: String) -> String { wrap(text, "36") }
    /// Underlined text.
    public func underline(_ text: String) -> String { wrap(text, "4") }

    private func wrap(_ text: String, _ code: String) -> String {
        colours ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
