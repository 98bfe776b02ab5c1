public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// A template that cannot be used, with the file and the line to fix.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template file, as the user named it.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// What is wrong, in words a template author can act on (English).
    public var message: String
    /// The same in French.
    public var frenchMessage: String

    /// Creates an error.
    public init(file: String, line: Int, column: Int, message: String, frenchMessage: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.frenchMessage = frenchMessage ?? message
    }

    /// `file:line:column: error: message`, as compilers and lint write it.
    public var description: String { description(in: .english) }

    /// The same line with the message in `language`.
    public func description(in language: Language) -> String {
        "\(file):\(line):\(column): error: \(BilingualText(message, frenchMessage)[language])"
    }
}
