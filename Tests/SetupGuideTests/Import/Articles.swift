import Foundation
import SetupGuide

/// The project's fixture articles (`Fixtures/Articles`), which every clone has.
enum Articles {
    /// The five roles the fixtures play, as the seeds name them.
    static let prefixes = ["000", "001", "002", "003", "004"]

    /// The fixture whose file name starts with `prefix`, such as "001".
    static func url(_ prefix: String) throws -> URL {
        try TestPaths.article(prefix)
    }

    static func bytes(_ prefix: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(prefix)))
    }

    static let baseURL = "https://learn.microsoft.com/fr-fr/microsoftteams/"

    /// The fixture imported as the CLI would, links resolved against the Teams docs.
    static func article(_ prefix: String, baseURL: String? = Articles.baseURL) throws -> ImportedArticle {
        try ArticleImporter(baseURL: baseURL).importFile(at: url(prefix), displayPath: "articles/\(prefix).md")
    }
}

extension ArticleImporter {
    /// Imports Markdown held in a string, for tests.
    func importMarkdown(_ text: String, path: String = "test.md") -> ImportedArticle {
        importArticle(text: text, path: path)
    }
}
