public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// Something `verify` noticed in an export that does not stop it: a value no reference lists, a
/// file with no records, an export that looks cut at the cmdlet's page size, a manifest whose
/// counts disagree with the files.
///
/// Unlike ``ExportProblem``, a note never makes the report exit 2: the facts it touches are read
/// conservatively (an unknown value is never taken as passing) and the note says how.
public struct ExportNote: Sendable, Equatable, Codable, CustomStringConvertible {
    /// How much the note matters.
    public enum Severity: String, Sendable, Equatable, Codable {
        /// A fact may be missing or misread: the report may be wrong about it.
        case warning
        /// Worth knowing; the facts were read as they are.
        case note
    }

    /// Stable identifiers, for scripts and documentation.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// A value none of the references lists (a module newer than the docs, or a typing error).
        case unknownValue = "unknown-value"
        /// The file holds no records: the cmdlet returned nothing.
        case noRecords = "no-records"
        /// The text was not UTF-8 and was read as Windows-1252, or lost its accents before.
        case encoding = "encoding"
        /// The numbers export holds exactly one page of the cmdlet, or misses numbers users hold.
        case cutExport = "cut-export"
        /// A column or property some checks use is in no record of the file.
        case missingColumn = "missing-column"
        /// `setup-guide-manifest.json` cannot be read, or its counts disagree with the files.
        case manifest = "manifest"
    }

    /// `warning` or `note`.
    public var severity: Severity
    /// The identifier.
    public var kind: Kind
    /// The file, as the user named it.
    public var file: String
    /// 1-based line of the first record concerned; `nil` for the whole file.
    public var line: Int?
    /// The field (JSON property or CSV column) concerned, if any.
    public var field: String?
    /// What was seen and how it was read, in English and French.
    public var message: BilingualText

    /// Creates a note.
    public init(_ severity: Severity, _ kind: Kind, file: String, line: Int? = nil, field: String? = nil, _ message: BilingualText) {
        self.severity = severity
        self.kind = kind
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: warning: message (field F) [identifier]` in `language`, as compilers print them.
    public func formatted(in language: Language) -> String {
        let place = line.map { "\(file):\($0)" } ?? file
        let column = field.map { BilingualText(" (field \($0))", " (champ \($0))")[language] } ?? ""
        let word = severity == .warning ? BilingualText("warning:", "avertissement :") : BilingualText("note:", "remarque :")
        return "\(place): \(word[language]) \(message.text(in: language))\(column) [\(kind.rawValue)]"
    }

    /// The English one-line form.
    public var description: String { formatted(in: .english) }
}
