import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

extension SetupGuideCommand.Fleet {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify every client tenant of a folder: one line per client, worst first, and one line per check across the fleet.",
            discussion: """
                DIR holds one folder per client, each as the script of 'setup-guide export collect' writes it (the exports and \
                setup-guide-manifest.json). A client's country comes from its entry in DIR/fleet.yaml, else the answers file that \
                entry names, else its manifest, else the 'defaults:' of fleet.yaml, else --country; features and connectivity \
                likewise (docs/fleet.md). Clients are verified in parallel on every core; a client folder that cannot be \
                verified is reported as unusable, with the reason, and never stops the others. --format html writes a dashboard \
                folder (--out DIR, required) linking each client's own report page. The schema of --format json is in docs/fleet.md.
                Exit codes: 0 every client complete; 1 gaps found; 2 a client unusable (or DIR, fleet.yaml or the guides \
                unusable, or the run could not be stored); 64 usage error.
                With --record, --store URL|FILE or SETUP_GUIDE_STORE set, the run is stored (docs/store.md) and \
                'setup-guide fleet history' shows what changed since the previous one.
                """)

        @Argument(help: ArgumentHelp("The fleet folder: one sub-folder per client tenant.", valueName: "dir"))
        var folder: String

        @OptionGroup var choice: PlanChoiceOptions
        @OptionGroup var languageOption: LanguageOption
        @OptionGroup var contentOptions: ContentOptions

        @Option(help: "Output format.")
        var format: FleetFormat = .text

        @Option(help: ArgumentHelp("Write the report to this file (the dashboard to this folder) instead of standard output.", valueName: "path"))
        var out: String?

        @Flag(help: ArgumentHelp("Draw no progress bar, even on a terminal."))
        var noProgress = false

        @Flag(help: ArgumentHelp("Store this run for 'fleet history' (implied by --store or SETUP_GUIDE_STORE)."))
        var record = false

        @OptionGroup var storeOption: StoreOption

        func validate() throws {
            if format == .html, out == nil {
                throw ValidationError(BilingualText("--format html writes a folder: give --out DIR",
                                                    "--format html écrit un dossier : indiquez --out DIR")[languageOption.language()])
            }
        }

        func run() throws {
            let language = languageOption.language()
            let started = Date()
            let request = try choice.request(language: language, content: contentOptions.contentURL)
            let bar = noProgress ? nil : ProgressBar.onStandardError(language: language)
            let progress: (@Sendable (Int, Int) -> Void)? = bar.map { bar in { @Sendable done, total in bar.show(done, of: total) } }
            let run: FleetRun
            do throws(FleetRun.Failure) {
                run = try FleetRun(folder: URL(fileURLWithPath: folder), path: folder, request: request, progress: progress)
            } catch {
                bar?.finish()
                throw CommandFailure(error, language: language)
            }
            bar?.finish()
            try format.write(run.report, to: out, language: language)
            if record || storeOption.store != nil || ProcessInfo.processInfo.environment["SETUP_GUIDE_STORE"] != nil {
                try store(run.report, startedAt: started, language: language)
            }
            switch run.report.status {
            case .complete: return
            case .gaps: throw ExitCode(1)
            case .unusable: throw ExitCode(2)
            }
        }

        /// Records every client of the run, unusable ones with their reason, in one transaction.
        private func store(_ report: FleetReport, startedAt: Date, language: Language) throws {
            let run: StoredFleetRun
            do {
                run = try report.storedRun(startedAt: startedAt)
            } catch {
                throw CommandFailure(exitCode: StoreOption.unusable, message: BilingualText("Error: ", "Erreur : ")[language]
                    + BilingualText("the run could not be stored: a report could not be encoded", "l'exécution n'a pas pu être enregistrée : un rapport n'a pas pu être encodé")[language])
            }
            _ = try storeOption.run(language) { store async throws(StoreError) in try await store.record(run) }
            let count = BilingualText.counting(run.clients.count, ("client", "clients"), ("client", "clients"))[language]
            FileHandle.standardError.write(Data((BilingualText("Stored run \(run.runID) (\(count)); 'setup-guide fleet history' shows what changed.",
                "Exécution \(run.runID) enregistrée (\(count)) ; « setup-guide fleet history » montre ce qui a changé.")[language] + "\n").utf8))
        }
    }
}

extension CommandFailure {
    /// What stops a whole fleet run: the guides, the folder, fleet.yaml (2) or a country the
    /// command line names (64).
    init(_ failure: FleetRun.Failure, language: Language) {
        let prefix = BilingualText("Error: ", "Erreur : ")[language]
        switch failure {
        case .session(let error):
            self.init(error, language: language, codes: .verify)
        case .unreadableFolder(let path):
            self.init(exitCode: 2, message: prefix + BilingualText("cannot read the fleet folder '\(path)'; give a folder holding one folder per client",
                                                                  "impossible de lire le dossier de flotte « \(path) » ; indiquez un dossier contenant un dossier par client")[language])
        case .noClients(let path):
            self.init(exitCode: 2, message: prefix + BilingualText(
                "'\(path)' holds no client folder; put each client's exports in a folder of its own (pwsh ./collect.ps1 -OutputFolder \(path)/CLIENT)",
                "« \(path) » ne contient aucun dossier de client ; mettez les exports de chaque client dans un dossier à lui (pwsh ./collect.ps1 -OutputFolder \(path)/CLIENT)")[language])
        case .fleetFile(let diagnostic):
            let printer = DiagnosticPrinter(style: TerminalStyle.detect(fileDescriptor: STDERR_FILENO), language: language)
            self.init(exitCode: 2, message: printer.format(diagnostic))
        case .unknownCountry(let code, let valid):
            self.init(exitCode: 64, message: prefix + BilingualText("unknown country '\(code)'; valid: \(valid.joined(separator: ", "))",
                                                                   "pays inconnu « \(code) » ; valides : \(valid.joined(separator: ", "))")[language])
        }
    }
}

/// A progress bar on standard error, drawn only on a terminal that is not `TERM=dumb`, and in
/// colour only without `NO_COLOR`.
final class ProgressBar: Sendable {
    private let language: Language
    private let style: TerminalStyle
    private let state = Locked((drawn: false, last: Date.distantPast))

    private init(language: Language, style: TerminalStyle) {
        self.language = language
        self.style = style
    }

    /// The bar, or `nil` when standard error is not an interactive terminal.
    static func onStandardError(language: Language) -> ProgressBar? {
        guard TerminalStyle.isInteractive(fileDescriptor: STDERR_FILENO) else { return nil }
        return ProgressBar(language: language, style: TerminalStyle.detect(fileDescriptor: STDERR_FILENO))
    }

    /// Shows `done` of `total` clients; at most ten redraws a second, and always the last.
    func show(_ done: Int, of total: Int) {
        state.withLock { state in
            let now = Date()
            guard done == total || now.timeIntervalSince(state.last) >= 0.1 else { return }
            state = (true, now)
            let width = 30
            let filled = total == 0 ? width : width * done / total
            let bar = style.cyan(String(repeating: "█", count: filled)) + String(repeating: "░", count: width - filled)
            let words = BilingualText("clients verified", total > 1 ? "clients vérifiés" : "client vérifié")[language]
            FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total) \(words)\u{1B}[K".utf8))
        }
    }

    /// Clears the bar's line.
    func finish() {
        state.withLock { state in
            if state.drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            state.drawn = false
        }
    }
}
