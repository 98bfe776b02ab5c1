internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// A whole site in memory: relative paths and their text, ready to be written.
public struct RenderedSite: Sendable, Equatable {
    /// One file.
    public struct File: Sendable, Equatable {
        /// The path inside the site, `/`-separated.
        public var path: String
        /// The text.
        public var contents: String

        /// Creates a file.
        public init(path: String, contents: String) {
            self.path = path
            self.contents = contents
        }
    }

    /// The files, index first.
    public var files: [File]

    /// Creates a site.
    public init(files: [File]) { self.files = files }

    /// The file at `path`, if the site has it.
    public func file(_ path: String) -> File? { files.first { $0.path == path } }

    /// The total size in bytes.
    public var byteCount: Int { files.reduce(0) { $0 + $1.contents.utf8.count } }
}
