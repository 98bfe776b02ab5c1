public import Foundation
public import SetupGuideModel
public import SetupGuideImport

/// `import`'s work: one article, or every article of a folder on large-stack workers, turned
/// into JSON, guides or pages. It prints nothing and knows no renderer: pages are drawn by the
/// closure the caller hands in, and the caller says what each outcome means to the user.
public struct ImportAction: Sendable {
    /// What each article becomes.
    public enum Output: Sendable {
        /// The article's JSON (indented for one file, compact inside a folder's document).
        case json
        /// A guide file with a step annotation under each heading.
        case guide
        /// A page drawn by `render`, saved with `fileExtension` ("html").
        case page(fileExtension: String, render: @Sendable (ImportedArticle) -> String)
    }

    /// What each article becomes.
    public var output: Output
    /// The folder URL relative links are resolved against.
    public var baseURL: String?

    /// Creates the action.
    public init(output: Output, baseURL: String? = nil) {
        self.output = output
        self.baseURL = baseURL
    }

    /// Imports one file; nothing it holds can make this throw: an unreadable file is an outcome.
    public func importFile(_ url: URL) -> ImportedFile {
        let path = DisplayPath.of(url)
        let importer = ArticleImporter(baseURL: baseURL)
        let write = writer(indented: true)
        // on a large stack: a hostile article can nest thousands of levels deep
        return Workers.run { Self.importOne(url, path: path, importer: importer, write: write) }
    }

    /// Imports every article under `folder` on every core; the outcomes keep the files' order, and
    /// nothing a file holds can stop the others.
    public func importFolder(_ folder: URL) -> FolderImport {
        let files = Self.articleFiles(under: folder)
        // JSON needs no Markdown blocks: not keeping them saves copying and freeing them
        let importer = ArticleImporter(baseURL: baseURL, keepsBlocks: !isJSON)
        let write = writer(indented: false)
        // a handful of files per task keeps scheduling cheap without starving a core at the end
        let chunk = 8
        let chunks = (files.count + chunk - 1) / chunk
        // the display path of every file, worked out once: asking for the current folder per file shows in profiles
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        let slots = ConcurrentResults<ImportedFile>(count: files.count)
        Workers.concurrentPerform(iterations: chunks) { chunkIndex in
            for index in (chunkIndex * chunk)..<min(files.count, (chunkIndex + 1) * chunk) {
                let full = files[index].path
                let path = full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
                slots.set(index, Self.importOne(files[index], path: path, importer: importer, write: write))
            }
        }
        return FolderImport(folder: folder, files: files, outcomes: slots.values, fileExtension: fileExtension)
    }

    /// Markdown and text files under `folder`, hidden ones left out, in path order.
    public static func articleFiles(under folder: URL) -> [URL] {
        let folder = folder.standardizedFileURL
        guard
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var result: [URL] = []
        for case let url as URL in enumerator where ["md", "markdown", "txt"].contains(url.pathExtension.lowercased()) {
            result.append(url)
        }
        return result.sorted { $0.path < $1.path }
    }

    private var isJSON: Bool {
        if case .json = output { return true }
        return false
    }

    /// The extension of the files a folder import writes one per article.
    private var fileExtension: String {
        switch output {
        case .json: "json"
        case .guide: "md"
        case .page(let fileExtension, _): fileExtension
        }
    }

    /// The bytes an article becomes; the writers are made once, not once per article.
    private func writer(indented: Bool) -> @Sendable (ImportedArticle) -> [UInt8] {
        switch output {
        case .json:
            let writer = ImportJSONWriter()
            if indented { return { ImportJSONWriter.indented(writer.write($0)) } }
            return { writer.write($0) }
        case .guide:
            let writer = GuideWriter(baseURL: baseURL)
            return { Array(writer.write($0).utf8) }
        case .page(_, let render):
            return { Array(render($0).utf8) }
        }
    }

    /// One file, whatever it holds: a failure becomes an unreadable outcome naming the file.
    private static func importOne(
        _ url: URL, path: String, importer: ArticleImporter, write: (ImportedArticle) -> [UInt8]
    ) -> ImportedFile {
        var outcome = ImportedFile(path: path)
        do {
            let article = try importer.importFile(at: url, displayPath: path)
            outcome.steps = article.steps.count
            outcome.suggestions = article.orderingSuggestions.count
            outcome.diagnostics = article.diagnostics
            outcome.output = write(article)
        } catch let error as ContentError {
            outcome.unreadable = true
            outcome.diagnostics = [error.diagnostic]
        } catch {
            // a reason of the system's: its own description, in both languages
            outcome.unreadable = true
            outcome.diagnostics = [
                Diagnostic(.unreadableFile, at: SourceLocation(path: path, line: 1, column: 1), .init("\(error)", "\(error)"))
            ]
        }
        return outcome
    }
}
