public import SetupGuideModel

/// The outcome of importing one file.
public struct ImportedFile: Sendable {
    /// The file, as it is shown to the user.
    public var path: String
    /// How many steps the article has.
    public var steps = 0
    /// How many ordering rules its prose suggests.
    public var suggestions = 0
    /// Its problems; the one reason it could not be read when `unreadable`.
    public var diagnostics: [Diagnostic] = []
    /// Whether the file could not be read at all (then `output` is empty).
    public var unreadable = false
    /// The article's JSON or its guide or page, as bytes.
    public var output: [UInt8] = []

    /// An outcome with nothing imported yet.
    public init(path: String) { self.path = path }
}
