import Foundation
import SetupGuide

/// The real Microsoft articles the importer was built against. They are not the project's to
/// ship, so they live outside the repository: `$SETUP_GUIDE_SEEDS`, else `../shared/seeds`
/// beside the package. A clone without them still passes; CI (`CI=true`) must have them.
enum SeedCorpus {
    private static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The folder looked in: `$SETUP_GUIDE_SEEDS` when set, else `shared/seeds` beside the package.
    static var folder: URL {
        if let path = environment["SETUP_GUIDE_SEEDS"], !path.isEmpty { return URL(fileURLWithPath: path) }
        return TestPaths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    }

    /// Whether the folder exists, so the corpus suite can run.
    static var isAvailable: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether this is CI, where a missing corpus is a failure rather than a skip.
    static var isCI: Bool { environment["CI"] == "true" }

    /// Why the corpus suite does not run, as the test output shows it.
    static var skipReason: String {
        "no seed corpus at \(folder.path): set SETUP_GUIDE_SEEDS or put shared/seeds beside the package to run it"
    }

    /// The seed whose file name starts with `prefix`, such as "001".
    static func url(_ prefix: String) throws -> URL {
        try TestPaths.firstFile(in: folder, prefix: prefix + "_")
    }

    static func bytes(_ prefix: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(prefix)))
    }

    /// The seed imported as the CLI would, links resolved against the Teams docs.
    static func article(_ prefix: String, baseURL: String? = Articles.baseURL) throws -> ImportedArticle {
        try ArticleImporter(baseURL: baseURL).importFile(at: url(prefix), displayPath: "seeds/\(prefix).md")
    }
}
