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
        let tail: String
        do {
            tail = "\n],\n\"summary\": " + (try Self.json(summary)) + ",\n\"diagnostics\": " + (try Self.json(diagnostics)) + "\n}\n"
        } catch {
            throw ImportWriteError(destination: destination, reason: .init("the summary could not be encoded", "le résumé n'a pas pu être encodé"))
        }
        try destination.stream { append throws(OutputFile.Failure) in
            try append(Array("{\n\"articles\": [\n".utf8))
            var first = true
            for outcome in outcomes where !outcome.unreadable {
                if !first { try append(Array(",\n".utf8)) }
                first = false
                try append(outcome.output)
            }
            try append(Array(tail.utf8))
        }
    }

    /// The marker that tells a folder `import` wrote, so that a new import may replace it.
    public static let marker = ".setup-guide-import"

    /// Writes one file per readable article into `target`, mirroring the folder's layout, all at
    /// once with the one folder writer: a folder holding other files is refused, nothing is written
    /// through a link or outside `target`, and a failure leaves the old folder as it was.
    public func writeFiles(into target: URL) throws(ImportWriteError) {
        let root = folder.standardizedFileURL.path
        var written: [OutputFolder.File] = []
        for (file, outcome) in zip(files, outcomes) where !outcome.unreadable {
            var relative = file.standardizedFileURL.path
            if relative.hasPrefix(root + "/") { relative = String(relative.dropFirst(root.count + 1)) }
            let name = ((relative as NSString).deletingPathExtension as String) + "." + fileExtension
            written.append(OutputFolder.File(path: name, bytes: outcome.output))
        }
        let writer = OutputFolder(marker: Self.marker, markerText: "Written by setup-guide import; a new import replaces this folder.\n")
        do {
            try writer.write(written, to: target)
        } catch {
            switch error {
            case .notOurs(let path):
                throw ImportWriteError(destination: .file(path), reason: .init(
                    "it exists and was not written by 'setup-guide import'; choose a new or empty folder",
                    "il existe et n'a pas été écrit par « setup-guide import » ; choisissez un dossier nouveau ou vide"))
            case .unsafePath(let path):
                throw ImportWriteError(destination: .file(target.appendingPathComponent(path).path), reason: .init(
                    "it would be written outside the output folder; nothing was written",
                    "il serait écrit hors du dossier de sortie ; rien n'a été écrit"))
            case .io(let path, let reason):
                throw ImportWriteError(destination: .file(path), reason: reason.followed(by: .init("; nothing was changed", " ; rien n'a été modifié")))
            }
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
