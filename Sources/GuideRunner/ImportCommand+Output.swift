import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

extension SetupGuideCommand.Import {
    /// What `--format` accepts.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, guide, html
    }
}

extension SetupGuideCommand.Import.Format {
    /// What the library makes of each article; pages are drawn here, where the renderer is.
    func output(baseURL: String?) -> ImportAction.Output {
        switch self {
        case .json: return .json
        case .guide: return .guide
        case .html:
            let renderer = ArticleHTMLRenderer(baseURL: baseURL)
            return .page(fileExtension: "html", render: { renderer.render($0) })
        }
    }
}

extension SetupGuideCommand.Import {
    /// The path given, which must exist, and whether it is a folder; exit 2 when it does not.
    func existing(_ path: String, in language: Language) throws -> (URL, isFolder: Bool) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            printError(BilingualText("Error: No such file or folder '\(path)'", "Erreur : aucun fichier ni dossier « \(path) »")[language])
            throw ExitCode(2)
        }
        return (URL(fileURLWithPath: path), isDirectory.boolValue)
    }

    /// Imports a folder, writes its JSON or its files, and reports; guides and pages need `--out`.
    func importFolder(_ url: URL, with action: ImportAction, in language: Language) throws {
        if format != .json, out == nil {
            throw usageError(BilingualText(
                "Importing a folder as \(format.rawValue) needs --out FOLDER to write one file per article",
                "Importer un dossier en \(format.rawValue) demande --out DOSSIER, pour écrire un fichier par article")[language], in: language)
        }
        let folder = action.importFolder(url)
        if let out, format != .json {
            try folder.writeFiles(into: URL(fileURLWithPath: out))
        } else {
            try folder.writeJSON(to: ImportDestination(path: out))
        }
        try report(folder, in: language)
    }

    /// Imports one file, writes it unless it could not be read, and reports.
    func importFile(_ url: URL, with action: ImportAction, in language: Language) throws {
        let file = action.importFile(url)
        if !file.unreadable { try ImportDestination(path: out).write(file.output) }
        try report(file, in: language)
    }

    /// Prints one file's problems; exit 2 when it could not be read, 1 when it has problems.
    func report(_ file: ImportedFile, in language: Language) throws {
        printDiagnostics(file.diagnostics, in: language)
        if file.unreadable { throw ExitCode(2) }
        if !file.diagnostics.isEmpty { throw ExitCode(1) }
    }

    /// Prints a folder's problems and counts; exit 2 when a file could not be read, 1 when some have problems.
    func report(_ folder: FolderImport, in language: Language) throws {
        let diagnostics = folder.diagnostics
        printDiagnostics(diagnostics, in: language)
        let comma = BilingualText(", ", ", ")
        let counts = BilingualText.counting(folder.outcomes.count, ("article", "articles"), ("article", "articles"))
            .followed(by: comma).followed(by: .counting(folder.steps, ("step", "steps"), ("étape", "étapes")))
            .followed(by: comma).followed(by: .counting(diagnostics.count, ("diagnostic", "diagnostics"), ("diagnostic", "diagnostics")))
            .followed(by: folder.unreadable > 0
                ? comma.followed(by: .counting(folder.unreadable, ("unreadable", "unreadable"), ("illisible", "illisibles")))
                : BilingualText("", ""))
        printError(counts[language])
        if folder.unreadable > 0 { throw ExitCode(2) }
        if !diagnostics.isEmpty { throw ExitCode(1) }
    }

    /// The refusal to write where `error` says, in the run's language; exit 2.
    func cannotWrite(_ error: ImportWriteError, in language: Language) -> ExitCode {
        let path: String
        switch error.destination {
        case .file(let file): path = file
        case .standardOutput: path = out ?? BilingualText("standard output", "la sortie standard")[language]
        }
        printError(BilingualText("Error: Cannot write '\(path)': \(error.reason.english)",
                                 "Erreur : impossible d'écrire « \(path) » : \(error.reason.french)")[language])
        return ExitCode(2)
    }

    private func printDiagnostics(_ diagnostics: [Diagnostic], in language: Language) {
        guard !diagnostics.isEmpty else { return }
        let printer = DiagnosticPrinter(style: TerminalStyle.detect(fileDescriptor: STDERR_FILENO), language: language)
        for diagnostic in diagnostics { printError(printer.format(diagnostic)) }
    }
}
