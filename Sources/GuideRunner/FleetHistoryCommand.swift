import ArgumentParser
import Foundation
import SetupGuide

extension SetupGuideCommand.Fleet {
    /// The `fleet` commands that read and write the verification store; the `fleet` group lists them.
    static let storeCommands: [any ParsableCommand.Type] = [History.self, ManualStep.self, Note.self, StoreBenchmark.self]

    /// `fleet history`: what changed per client since a stored run, or the stored runs themselves.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed for each client since the previous stored run (or since --since), or list the stored runs.",
            discussion: """
                Compares the newest stored run of fleet verify (or --until) with each client's previous readable record \
                (--since LAST, the default), or with a run id or a date (2026-11-30 or 2026-11-30T08:00:00Z): the gaps \
                that appeared, those closed, the clients newly complete. A finding is its check and its subject (UPN, \
                number, address id), compared without case or extra spaces; order, duplicates and display names never \
                count as change. A client whose folder could not be read is shown as such and none of its gaps is \
                counted as closed; a client missing from the run is listed as not in it.
                --list shows the stored runs instead, newest first (--client, --limit).
                The store: --store or SETUP_GUIDE_STORE (a postgres:// URL or a SQLite file), else \
                $XDG_DATA_HOME/setup-guide/fleet.sqlite (docs/store.md).
                Exit codes: 0 shown, no new gap; 1 new gaps appeared; 2 the store cannot be used or no run matches; 64 usage error.
                """)

        @OptionGroup var storeOption: StoreOption

        @Option(help: ArgumentHelp("Compare with: LAST (each client's previous record), a run id, or a date.", valueName: "run"))
        var since: String = "LAST"

        @Option(help: ArgumentHelp("The run compared (default: the newest).", valueName: "run"))
        var until: String = "LATEST"

        @Flag(help: "List the stored runs instead of comparing them.")
        var list = false

        @Option(help: ArgumentHelp("With --list: only this client (tenant id or name).", valueName: "client"))
        var client: String?

        @Option(help: ArgumentHelp("With --list: at most this many records.", valueName: "n"))
        var limit: Int = 50

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        @OptionGroup var languageOption: LanguageOption

        func run() throws {
            let language = languageOption.language()
            if list {
                let (client, limit) = (client, limit)
                let records = try storeOption.run(language) { store async throws(StoreError) in try await store.runs(client: client, limit: limit) }
                print(try format == .json ? jsonString(records) : FleetHistoryText(language: language).runs(records), terminator: format == .json ? "\n" : "")
                return
            }
            guard let since = RunSelector.parse(since), let until = RunSelector.parse(until) else {
                throw usageError(BilingualText("--since and --until need a value", "--since et --until demandent une valeur")[language], in: language)
            }
            let drift = try storeOption.run(language) { store async throws(StoreError) in try await store.drift(since: since, until: until) }
            print(try format == .json ? jsonString(drift) : FleetHistoryText(language: language).drift(drift), terminator: format == .json ? "\n" : "")
            if drift.clients.contains(where: { !$0.appeared.isEmpty }) { throw ExitCode(1) }
        }
    }
}

/// `--store URL|FILE`, shared by the commands that use the verification store.
struct StoreOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store: a postgres:// URL or a SQLite file (default: SETUP_GUIDE_STORE, else $XDG_DATA_HOME/setup-guide/fleet.sqlite).",
            valueName: "url"))
    var store: String?

    /// Exit code when the store refused a change (a conflict).
    static let refused: Int32 = 1
    /// Exit code when the store cannot be used.
    static let unusable: Int32 = 2

    /// Opens the store, runs `body`, and turns store errors into command failures: a conflict
    /// exits 1, everything else 2; messages never hold the password.
    func run<T: Sendable>(
        _ language: Language, _ body: @escaping @Sendable (any VerificationStore) async throws(StoreError) -> T
    ) throws(CommandFailure) -> T {
        do {
            return try StoreSession.run(store: store, body)
        } catch {
            let code: Int32 = if case .conflict = error { Self.refused } else { Self.unusable }
            throw CommandFailure(exitCode: code, message: BilingualText("Error: ", "Erreur : ")[language] + error.message(in: language))
        }
    }
}

/// The text of the store commands' output, in one language.
struct FleetHistoryText {
    var language: Language

    private func say(_ english: String, _ french: String) -> String { BilingualText(english, french)[language] }

    func drift(_ drift: FleetDrift) -> String {
        var lines: [String] = []
        let since = drift.since == "LAST" ? say("each client's previous run", "l'exécution précédente de chaque client") : drift.since
        lines.append(say("Changes in run \(drift.runID) of \(StoreTime.display(drift.startedAt)), since \(since)",
                         "Changements de l'exécution \(drift.runID) du \(StoreTime.display(drift.startedAt)), depuis \(since)"))
        var unchanged = 0
        for client in drift.clients {
            let name = ControlCharacters.replacing(client.clientName.isEmpty ? client.tenantID : client.clientName)
            switch client.baseline {
            case .unreadableNow(let reason):
                lines.append(say("\(name): could not be read this time (\(ControlCharacters.replacing(reason))); its earlier gaps are not counted as closed",
                                 "\(name) : illisible cette fois (\(ControlCharacters.replacing(reason))) ; ses écarts précédents ne sont pas comptés comme comblés"))
                continue
            case .notInRun(let seen):
                lines.append(say("\(name): not in this run (last seen \(StoreTime.display(seen))); its gaps are not counted as closed",
                                 "\(name) : absent de cette exécution (vu le \(StoreTime.display(seen))) ; ses écarts ne sont pas comptés comme comblés"))
                continue
            case .firstRecord:
                lines.append(say("\(name): first record, nothing to compare", "\(name) : premier relevé, rien à comparer"))
                continue
            case .compared(_, _, let skipped):
                guard client.changed else {
                    unchanged += 1
                    continue
                }
                var parts: [String] = []
                if !client.appeared.isEmpty {
                    parts.append(BilingualText.counting(client.appeared.count, ("new gap", "new gaps"), ("nouvel écart", "nouveaux écarts"))[language])
                }
                if !client.closed.isEmpty {
                    parts.append(BilingualText.counting(client.closed.count, ("gap closed", "gaps closed"), ("écart comblé", "écarts comblés"))[language])
                }
                if client.newlyComplete { parts.append(say("now complete", "désormais complet")) }
                var line = "\(name)\(say(":", " :")) \(parts.joined(separator: ", "))"
                if skipped > 0 {
                    line += say(" (compared with the last readable run; \(skipped) later could not be read)",
                                " (comparé au dernier relevé lisible ; \(skipped) plus récent\(skipped > 1 ? "s" : "") illisible\(skipped > 1 ? "s" : ""))")
                }
                lines.append(line)
                lines += client.appeared.map { "  + \(finding($0))" }
                lines += client.closed.map { "  - \(finding($0))" }
            }
        }
        if unchanged > 0 {
            lines.append(BilingualText.counting(unchanged, ("client unchanged", "clients unchanged"), ("client inchangé", "clients inchangés"))[language])
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func runs(_ records: [ClientRunRecord]) -> String {
        guard !records.isEmpty else { return say("No run is stored yet.", "Aucune exécution n'est encore enregistrée.") + "\n" }
        return records.map { record in
            let outcome: String =
                switch record.outcome {
                case .complete: say("complete", "complet")
                case .gaps(let count): BilingualText.counting(count, ("gap", "gaps"), ("écart", "écarts"))[language]
                case .unusable(let reason): say("unusable: ", "inutilisable : ") + ControlCharacters.replacing(reason)
                }
            return "\(StoreTime.display(record.startedAt))  \(record.runID)  \(ControlCharacters.replacing(record.clientName)) (\(record.tenantID))  \(outcome)  \(say("by", "par")) \(ControlCharacters.replacing(record.recordedBy))"
        }.joined(separator: "\n") + "\n"
    }

    func finding(_ key: FindingKey) -> String {
        ControlCharacters.replacing(key.subject.isEmpty ? key.check : "\(key.check) \(key.subject)")
    }
}
