import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

/// The work behind `setup-guide import`: one file, or a folder on every core.
struct ImportRun {
    var importer: ArticleImporter
    var format: SetupGuideCommand.Import.Format
    var baseURL: String?
    /// The language of the diagnostics printed on standard error.
    var language: Language = .english

    /// The outcome of one file of a folder.
    private struct Outcome {
        var path: String
        var steps = 0
        var suggestions = 0
        var diagnostics: [Diagnostic] = []
        var unreadable = false
        /// The article's JSON (json) or its rendered file (guide, html).
        var output: [UInt8] = []
    }

    /// Imports one file; returns the exit status.
    func importFile(_ url: URL, out: String?) throws -> Int32 {
        let path = DisplayPath.of(url)
        let importer = self.importer
        let format = self.format
        let baseURL = self.baseURL
        // on a large stack: a hostile article can nest thousands of levels deep
        let result = Workers.run { () -> Result<(Data, [Diagnostic]), ContentError> in
            do {
                let article = try importer.importFile(at: url, displayPath: path)
                let data: Data
                switch format {
                case .json: data = Data(ImportJSONWriter.indented(ImportJSONWriter().write(article)))
                case .guide: data = Data(GuideWriter(baseURL: baseURL).write(article).utf8)
                case .html: data = Data(ArticleHTMLRenderer(baseURL: baseURL).render(article).utf8)
                }
                return .success((data, article.diagnostics))
            } catch let error as ContentError {
                return .failure(error)
            } catch {
                return .failure(ContentError(Self.unreadable(path, error)))
            }
        }
        switch result {
        case .failure(let error):
            printDiagnostics([error.diagnostic])
            return 2
        case .success(let (data, diagnostics)):
            try write(data, to: out)
            printDiagnostics(diagnostics)
            return diagnostics.isEmpty ? 0 : 1
        }
    }

    /// Imports every article under `folder`; returns the exit status.
    func importFolder(_ folder: URL, out: String?) throws -> Int32 {
        if format != .json, out == nil {
            throw usageError(BilingualText(
                "Importing a folder as \(format.rawValue) needs --out FOLDER to write one file per article",
                "Importer un dossier en \(format.rawValue) demande --out DOSSIER, pour écrire un fichier par article")[language], in: language)
        }
        let files = Self.articleFiles(under: folder)
        let outcomes = importAll(files)
        let steps = outcomes.reduce(0) { $0 + $1.steps }
        let diagnostics = outcomes.flatMap(\.diagnostics)
        let unreadable = outcomes.filter(\.unreadable).count
        switch format {
        case .json:
            // streamed article by article: one copy of tens of megabytes fewer
            let summary = ImportSummary(
                articles: outcomes.count, steps: steps, suggestions: outcomes.reduce(0) { $0 + $1.suggestions },
                diagnostics: diagnostics.count, unreadable: unreadable,
                failures: outcomes.filter { !$0.diagnostics.isEmpty }.map(\.path))
            let handle = try outputHandle(out)
            defer { if out != nil, out != "-" { try? handle.close() } }
            do {
                try handle.write(contentsOf: Array("{\n\"articles\": [\n".utf8))
                var first = true
                for outcome in outcomes where !outcome.unreadable {
                    if !first { try handle.write(contentsOf: Array(",\n".utf8)) }
                    first = false
                    try handle.write(contentsOf: outcome.output)
                }
                var tail = "\n],\n\"summary\": " + (try jsonString(summary))
                tail += ",\n\"diagnostics\": " + (try jsonString(diagnostics)) + "\n}\n"
                try handle.write(contentsOf: Array(tail.utf8))
            } catch {
                printError(cannotWrite(out ?? BilingualText("standard output", "la sortie standard")[language]))
                throw ExitCode(2)
            }
        case .guide, .html:
            let target = URL(fileURLWithPath: out!)
            let root = folder.standardizedFileURL.path
            var destination = target
            do {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
                for (file, outcome) in zip(files, outcomes) where !outcome.unreadable {
                    var relative = file.standardizedFileURL.path
                    if relative.hasPrefix(root + "/") { relative = String(relative.dropFirst(root.count + 1)) }
                    destination = target.appendingPathComponent(relative).deletingPathExtension()
                        .appendingPathExtension(format == .guide ? "md" : "html")
                    try FileManager.default.createDirectory(
                        at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(outcome.output).write(to: destination)
                }
            } catch {
                printError(cannotWrite(destination.path))
                throw ExitCode(2)
            }
        }
        printDiagnostics(diagnostics)
        let counts = BilingualText.counting(outcomes.count, ("article", "articles"), ("article", "articles"))
            .followed(by: .init(", ", ", ")).followed(by: .counting(steps, ("step", "steps"), ("étape", "étapes")))
            .followed(by: .init(", ", ", ")).followed(by: .counting(diagnostics.count, ("diagnostic", "diagnostics"), ("diagnostic", "diagnostics")))
            .followed(by: unreadable > 0
                ? BilingualText(", ", ", ").followed(by: .counting(unreadable, ("unreadable", "unreadable"), ("illisible", "illisibles")))
                : BilingualText("", ""))
        printError(counts.text(in: language))
        if unreadable > 0 { return 2 }
        return diagnostics.isEmpty ? 0 : 1
    }

    /// Imports files on every core; outcomes keep the files' order. Nothing a file holds can
    /// stop the others: each failure is a diagnostic naming its file.
    private func importAll(_ files: [URL]) -> [Outcome] {
        let slots = ConcurrentResults<Outcome>(count: files.count)
        let format = self.format
        // JSON needs no Markdown blocks: not keeping them saves copying and freeing them
        let importer = ArticleImporter(baseURL: baseURL, keepsBlocks: format != .json)
        let guideWriter = GuideWriter(baseURL: baseURL)
        let renderer = ArticleHTMLRenderer(baseURL: baseURL)
        // a handful of files per task keeps scheduling cheap without starving a core at the end
        let chunk = 8
        let chunks = (files.count + chunk - 1) / chunk
        // the display path of every file, worked out once: asking for the current folder per file shows in profiles
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        Workers.concurrentPerform(iterations: chunks) { chunkIndex in
            let writer = ImportJSONWriter()
            for index in (chunkIndex * chunk)..<min(files.count, (chunkIndex + 1) * chunk) {
                let url = files[index]
                let full = url.path
                let path = full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
                var outcome = Outcome(path: path)
                do {
                    let article = try importer.importFile(at: url, displayPath: path)
                    outcome.steps = article.steps.count
                    outcome.suggestions = article.orderingSuggestions.count
                    outcome.diagnostics = article.diagnostics
                    switch format {
                    case .json: outcome.output = writer.write(article)
                    case .guide: outcome.output = Array(guideWriter.write(article).utf8)
                    case .html: outcome.output = Array(renderer.render(article).utf8)
                    }
                } catch let error as ContentError {
                    outcome.unreadable = true
                    outcome.diagnostics = [error.diagnostic]
                } catch {
                    outcome.unreadable = true
                    outcome.diagnostics = [Self.unreadable(path, error)]
                }
                slots.set(index, outcome)
            }
        }
        return slots.values
    }

    /// Markdown and text files under `folder`, hidden ones left out, in path order.
    static func articleFiles(under folder: URL) -> [URL] {
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

    /// Standard output, or `out` created afresh.
    private func outputHandle(_ out: String?) throws -> FileHandle {
        guard let out, out != "-" else { return FileHandle.standardOutput }
        // open(2) rather than FileManager.createFile, which may replace the file (think /dev/null)
        let descriptor = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            printError(cannotWrite(out))
            throw ExitCode(2)
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    private func write(_ data: Data, to out: String?) throws {
        guard let out, out != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: out))
        } catch {
            printError(cannotWrite(out))
            throw ExitCode(2)
        }
    }

    /// The refusal to write `path`, in the run's language.
    private func cannotWrite(_ path: String) -> String {
        BilingualText("Error: Cannot write '\(path)'", "Erreur : impossible d'écrire « \(path) »")[language]
    }

    /// A file that failed for a reason of the system's: its own description, in both languages.
    private static func unreadable(_ path: String, _ error: any Error) -> Diagnostic {
        Diagnostic(.unreadableFile, at: SourceLocation(path: path, line: 1, column: 1), .init("\(error)", "\(error)"))
    }

    private func printDiagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let printer = DiagnosticPrinter(style: TerminalStyle.detect(fileDescriptor: STDERR_FILENO), language: language)
        for diagnostic in diagnostics { printError(printer.format(diagnostic)) }
    }
}

/// The counts of a folder import, for tools.
struct ImportSummary: Encodable {
    var articles: Int
    var steps: Int
    var suggestions: Int
    var diagnostics: Int
    var unreadable: Int
    var failures: [String]
}
