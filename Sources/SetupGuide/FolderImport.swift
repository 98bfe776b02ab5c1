public import Foundation
public import SetupGuideModel

/// The articles of one folder, imported: their outcomes in path order, their counts, and the
/// two ways to write them (one JSON document, or one file per article).
public struct FolderImport: Sendable {
    /// The folder imported.
    public var folder: URL
    /// Its article files, in path order.
    public var files: [URL]
    /// One outcome per file, in the same order.
    public var outcomes: [ImportedFile]
    /// The extension of the files `writeFiles` writes ("md", "html").
    public var fileExtension: String

    /// Creates an import's result.
    public init(folder: URL, files: [URL], outcomes: [ImportedFile], fileExtension: String) {
        self.folder = folder
        self.files = files
        self.outcomes = outcomes
        self.fileExtension = fileExtension
    }

    /// Every article's problems, in file order.
    public var diagnostics: [Diagnostic] { outcomes.flatMap(\.diagnostics) }
    /// How many steps the articles have in all.
    public var steps: Int { outcomes.reduce(0) { $0 + $1.steps } }
    /// How many files could not be read at all.
    public var unreadable: Int { outcomes.filter(\.unreadable).count }

    /// The counts, for tools.
    public var summary: ImportSummary {
        ImportSummary(
            articles: outcomes.count, steps: steps, suggestions: outcomes.reduce(0) { $0 + $1.suggestions },
            diagnostics: diagnostics.count, unreadable: unreadable,
            failures: outcomes.filter { !$0.diagnostics.isEmpty }.map(\.path))
    }

    /// Writes one JSON document: the articles, the summary and the diagnostics. It is streamed
    /// article by article, one copy of tens of megabytes fewer.
    public func writeJSON(to destination: ImportDestination) throws(ImportWriteError) {
        let handle = try destination.handle()
        defer { if case .file = destination { try? handle.close() } }
        do {
            try handle.write(contentsOf: Array("{\n\"articles\": [\n".utf8))
            var first = true
            for outcome in outcomes where !outcome.unreadable {
                if !first { try handle.write(contentsOf: Array(",\n".utf8)) }
                first = false
                try handle.write(contentsOf: outcome.output)
            }
            var tail = "\n],\n\"summary\": " + (try Self.json(summary))
            tail += ",\n\"diagnostics\": " + (try Self.json(diagnostics)) + "\n}\n"
            try handle.write(contentsOf: Array(tail.utf8))
        } catch {
            throw ImportWriteError(destination: destination)
        }
    }

    /// Writes one file per readable article under `target`, mirroring the folder's layout.
    public func writeFiles(into target: URL) throws(ImportWriteError) {
        let root = folder.standardizedFileURL.path
        var destination = target
        do {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for (file, outcome) in zip(files, outcomes) where !outcome.unreadable {
                var relative = file.standardizedFileURL.path
                if relative.hasPrefix(root + "/") { relative = String(relative.dropFirst(root.count + 1)) }
                destination = target.appendingPathComponent(relative).deletingPathExtension()
                    .appendingPathExtension(fileExtension)
                try FileManager.default.createDirectory(
                    at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(outcome.output).write(to: destination)
            }
        } catch {
            throw ImportWriteError(destination: .file(destination.path))
        }
    }

    /// Stable, pretty JSON, as every command writes it.
    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// The counts of a folder import, for tools.
public struct ImportSummary: Encodable, Sendable {
    /// Files imported, readable or not.
    public var articles: Int
    /// Steps found in all.
    public var steps: Int
    /// Ordering rules suggested in all.
    public var suggestions: Int
    /// Problems in all.
    public var diagnostics: Int
    /// Files that could not be read.
    public var unreadable: Int
    /// The files that have problems.
    public var failures: [String]
}
