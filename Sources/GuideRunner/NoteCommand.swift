import ArgumentParser
import Foundation
import SetupGuide

extension SetupGuideCommand.Fleet {
    /// `fleet note`: notes about a client, shared through the store.
    struct Note: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add, change and list notes about a client, shared through the store.",
            discussion: """
                A new note never conflicts. To change one, give the version you last saw (--expected-version): if a \
                colleague changed it since, the change is refused and nothing is written; every version is kept. \
                Exit codes: 0 done; 1 refused (changed by someone else since); 2 the store cannot be used, no such \
                note, or an empty text; 64 usage error.
                """,
            subcommands: [Add.self, Edit.self, List.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a note about a client.")
            @Argument(help: ArgumentHelp("The client: its tenant id.", valueName: "client"))
            var client: String
            @Argument(help: "The note.")
            var text: String
            @Option(help: ArgumentHelp("Who writes it (default: the login name).", valueName: "name"))
            var author: String?
            @OptionGroup var storeOption: StoreOption
            @Option(help: "Output format: text or json.")
            var format: OutputFormat = .text
            @OptionGroup var languageOption: LanguageOption

            func run() throws {
                let language = languageOption.language()
                let (client, text, author) = (client, text, author ?? StoreUser.current)
                let note = try storeOption.run(language) { store async throws(StoreError) in
                    try await store.addNote(client: client, author: author, text: text, at: Date())
                }
                print(try format == .json ? jsonString(note) : NoteText(language: language).saved(note))
            }
        }

        struct Edit: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Change a note (a new version of it).")
            @Argument(help: ArgumentHelp("The note's id, as note list shows it.", valueName: "id"))
            var id: String
            @Argument(help: "The new text.")
            var text: String
            @Option(help: ArgumentHelp("The version you last saw.", valueName: "n"))
            var expectedVersion: Int
            @Option(help: ArgumentHelp("Who changes it (default: the login name).", valueName: "name"))
            var author: String?
            @OptionGroup var storeOption: StoreOption
            @Option(help: "Output format: text or json.")
            var format: OutputFormat = .text
            @OptionGroup var languageOption: LanguageOption

            func run() throws {
                let language = languageOption.language()
                let (id, text, author, expected) = (id, text, author ?? StoreUser.current, expectedVersion)
                let note = try storeOption.run(language) { store async throws(StoreError) in
                    try await store.editNote(id: id, author: author, text: text, at: Date(), expectedVersion: expected)
                }
                print(try format == .json ? jsonString(note) : NoteText(language: language).saved(note))
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "The notes about a client, or about every client, oldest first.")
            @Argument(help: ArgumentHelp("The client (default: every client).", valueName: "client"))
            var client: String?
            @OptionGroup var storeOption: StoreOption
            @Option(help: "Output format: text or json.")
            var format: OutputFormat = .text
            @OptionGroup var languageOption: LanguageOption

            func run() throws {
                let language = languageOption.language()
                let client = client
                let notes = try storeOption.run(language) { store async throws(StoreError) in try await store.notes(client: client) }
                print(try format == .json ? jsonString(notes) : NoteText(language: language).list(notes), terminator: format == .json ? "\n" : "")
            }
        }
    }
}

/// Notes as text.
struct NoteText {
    var language: Language

    func saved(_ note: NoteRecord) -> String {
        BilingualText("Saved: ", "Enregistrée : ")[language] + line(note)
    }

    func list(_ notes: [NoteRecord]) -> String {
        guard !notes.isEmpty else { return BilingualText("No note.", "Aucune note.")[language] + "\n" }
        return notes.map(line).joined(separator: "\n") + "\n"
    }

    func line(_ note: NoteRecord) -> String {
        let head = BilingualText(
            "\(note.id)  \(note.tenantID)  version \(note.version)  by \(note.author) at \(StoreTime.display(note.writtenAt))",
            "\(note.id)  \(note.tenantID)  version \(note.version)  par \(note.author) le \(StoreTime.display(note.writtenAt))")[language]
        return ControlCharacters.replacing(head) + "\n  " + ControlCharacters.replacing(note.text, keeping: ["\n"]).replacingOccurrences(of: "\n", with: "\n  ")
    }
}
