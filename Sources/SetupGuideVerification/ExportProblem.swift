public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// Why an export file cannot be used: where (file, line, field) and what is wrong.
///
/// Printed as `file:line: error: message [identifier]`, the field named in the message, so an
/// admin can open the file at that line and fix or re-export it.
public struct ExportProblem: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// Stable identifiers, for scripts and documentation.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// The file is empty or holds only blanks.
        case emptyFile = "empty-file"
        /// The bytes are not UTF-8 or UTF-16 text.
        case unreadableFile = "unreadable-file"
        /// The JSON stops before its end (often a copy cut short).
        case truncatedJSON = "truncated-json"
        /// The JSON or CSV is not well formed.
        case malformedFile = "malformed-file"
        /// A field holds a value of the wrong type (text where a number or yes/no is expected).
        case wrongType = "wrong-type"
        /// A field holds a value its cmdlet never returns. No longer an error: such values are
        /// warnings (``ExportNote/Kind/unknownValue``); kept so that old identifiers still decode.
        case unknownValue = "unknown-value"
        /// A field every record needs is missing or empty.
        case missingField = "missing-field"
        /// `Export-Csv` wrote `System.Object[]`: the list was lost in the export.
        case lostList = "lost-list"
        /// The folder holds no export, or one cmdlet's export twice.
        case missingExport = "missing-export"
        /// A column or property a check needs is in no record of the file (cut by `Select-Object`).
        case missingColumn = "missing-column"
        /// A .NET type name stands where the values were: the export lost them.
        case lostValue = "lost-value"
    }

    /// The file, as the user named it.
    public var file: String
    /// 1-based line of the record or value; `nil` when the whole file is at fault.
    public var line: Int?
    /// The field (JSON property or CSV column) at fault, if any.
    public var field: String?
    /// The identifier.
    public var kind: Kind
    /// What is wrong and what to do, in English and French.
    public var message: BilingualText

    /// Creates a problem.
    public init(_ kind: Kind, file: String, line: Int? = nil, field: String? = nil, _ message: BilingualText) {
        self.kind = kind
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: error: message [identifier]` (`erreur :` in French), in `language`.
    public func formatted(in language: Language) -> String {
        let place = line.map { "\(file):\($0)" } ?? file
        let column = field.map { BilingualText(" (field \($0))", " (champ \($0))")[language] } ?? ""
        let severity = BilingualText("error:", "erreur :")[language]
        return "\(place): \(severity) \(message.text(in: language))\(column) [\(kind.rawValue)]"
    }

    /// The English one-line form.
    public var description: String { formatted(in: .english) }
}
