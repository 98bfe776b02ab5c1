/// A template that cannot be used, with the file and the line to fix.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template file, as the user named it.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// What is wrong, in words a template author can act on.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: error: message`, as compilers and lint write it.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}
