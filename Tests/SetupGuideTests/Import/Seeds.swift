import Foundation
import SetupGuide

/// The seed articles, found beside the package (`../shared/seeds`) as CI lays them out.
enum Seeds {
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Import
        .deletingLastPathComponent()  // SetupGuideTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/seeds")

    /// The seed whose file name starts with `prefix`, such as "001".
    static func url(_ prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix + "_") }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: folder.appendingPathComponent(prefix).path])
        }
        return folder.appendingPathComponent(name)
    }

    static func bytes(_ prefix: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(prefix)))
    }

    static let baseURL = "https://learn.microsoft.com/fr-fr/microsoftteams/"

    /// The seed imported as the CLI would, links resolved against the Teams docs.
    static func article(_ prefix: String, baseURL: String? = Seeds.baseURL) throws -> ImportedArticle {
        try ArticleImporter(baseURL: baseURL).importFile(at: url(prefix), displayPath: "seeds/\(prefix).md")
    }
}

extension ArticleImporter {
    /// Imports Markdown held in a string, for tests.
    func importMarkdown(_ text: String, path: String = "test.md") -> ImportedArticle {
        importArticle(text: text, path: path)
    }
}
