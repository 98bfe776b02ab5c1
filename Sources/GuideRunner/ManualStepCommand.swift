import ArgumentParser
import Foundation
import SetupGuide

extension SetupGuideCommand.Fleet {
    /// `fleet manual-step`: who did which step by hand for a client, kept for the team.
    struct ManualStep: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "manual-step",
            abstract: "Record, list and trace the steps done by hand for a client, shared through the store.",
            discussion: """
                Each change adds a version; nothing is overwritten. To change a record, give the version you last saw \
                (--expected-version, 0 for a new one): if a colleague changed it since, the change is refused and \
                nothing is written. Exit codes: 0 done; 1 refused (changed by someone else since); 2 the store cannot be \
                used or a value is invalid; 64 usage error.
                """,
            subcommands: [Record.self, List.self, Trace.self])

        struct Record: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record that a step was done by hand for a client (a new version of its record).")

            @Argument(help: ArgumentHelp("The client: its tenant id.", valueName: "client"))
            var client: String

            @Argument(help: ArgumentHelp("The step's id in the guide, such as emergency-addresses.", valueName: "step"))
            var step: String

            @Option(help: "What was done.")
            var note: String

            @Option(help: ArgumentHelp("Who did it (default: the login name).", valueName: "name"))
            var who: String?

            @Option(help: ArgumentHelp("When it was done, ISO 8601 (default: now).", valueName: "time"))
            var when: String?

            @Option(help: ArgumentHelp("The version you last saw; 0 for a step not yet recorded.", valueName: "n"))
            var expectedVersion: Int = 0

            @OptionGroup var storeOption: StoreOption
            @Option(help: "Output format: text or json.")
            var format: OutputFormat = .text
            @OptionGroup var languageOption: LanguageOption

            func run() throws {
                let language = languageOption.language()
                let date: Date
                if let when {
                    guard let parsed = ISO8601DateFormatter().date(from: when) else {
                        throw usageError(BilingualText("--when '\(when)' is not an ISO 8601 time such as 2026-11-30T08:00:00Z",
                                                       "--when '\(when)' n'est pas une heure ISO 8601 comme 2026-11-30T08:00:00Z")[language], in: language)
                    }
                    date = parsed
                } else {
                    date = Date()
                }
                let (client, step, note, who, expected) = (client, step, note, who ?? StoreUser.current, expectedVersion)
                let record = try storeOption.run(language) { store async throws(StoreError) in
                    try await store.recordManualStep(client: client, step: step, who: who, when: date, note: note, expectedVersion: expected)
                }
                print(try format == .json ? jsonString(record) : ManualStepText(language: language).recorded(record))
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "The current record of each manual step, for a client or every client.")

            @Argument(help: ArgumentHelp("The client (default: every client).", valueName: "client"))
            var client: String?

            @OptionGroup var storeOption: StoreOption
            @Option(help: "Output format: text or json.")
            var format: OutputFormat = .text
            @OptionGroup var languageOption: LanguageOption

            func run() throws {
                let language = languageOption.language()
                let client = client
                let records = try storeOption.run(language) { store async throws(StoreError) in try await store.manualSteps(client: client) }
                print(try format == .json ? jsonString(records) : ManualStepText(language: language).list(records), terminator: format == .json ? "\n" : "")
            }
        }

        struct Trace: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "history", abstract: "Every version of one manual-step record, oldest first.")

            @Argument(help: ArgumentHelp("The client.", valueName: "client"))
            var client: String
            @Argument(help: ArgumentHelp("The step.", valueName: "step"))
            var step: String

            @OptionGroup var storeOption: StoreOption
            @Option(help: "Output format: text or json.")
            var format: OutputFormat = .text
            @OptionGroup var languageOption: LanguageOption

            func run() throws {
                let language = languageOption.language()
                let (client, step) = (client, step)
                let records = try storeOption.run(language) { store async throws(StoreError) in try await store.manualStepHistory(client: client, step: step) }
                print(try format == .json ? jsonString(records) : ManualStepText(language: language).list(records), terminator: format == .json ? "\n" : "")
            }
        }
    }
}

/// Manual-step records as text.
struct ManualStepText {
    var language: Language

    func recorded(_ record: ManualStepRecord) -> String {
        BilingualText(
            "Recorded: \(line(record))",
            "Enregistré : \(line(record))")[language]
    }

    func list(_ records: [ManualStepRecord]) -> String {
        guard !records.isEmpty else { return BilingualText("No manual step is recorded.", "Aucune étape manuelle n'est enregistrée.")[language] + "\n" }
        return records.map(line).joined(separator: "\n") + "\n"
    }

    func line(_ record: ManualStepRecord) -> String {
        let text = BilingualText(
            "\(record.tenantID)  \(record.step)  version \(record.version)  done by \(record.who) at \(StoreTime.display(record.when))",
            "\(record.tenantID)  \(record.step)  version \(record.version)  fait par \(record.who) le \(StoreTime.display(record.when))")[language]
        let note = record.note.isEmpty ? "" : "  « \(record.note) »"
        return ControlCharacters.replacing(text + note)
    }
}
