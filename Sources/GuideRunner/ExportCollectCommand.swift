import ArgumentParser
import Foundation
import SetupGuide

extension SetupGuideCommand.Export {
    struct Collect: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "collect",
            abstract: "Write the PowerShell that collects a real tenant's exports for 'verify --export'.",
            discussion: """
                Run the script on Windows PowerShell 5.1 or PowerShell 7 with the MicrosoftTeams and Microsoft.Graph \
                modules installed: it connects when no session is open, reads only, and writes the five JSON files \
                verify reads (every page of the numbers) and a manifest into -OutputFolder (default 'exports'). \
                Then: setup-guide verify --country CC --export exports
                Exit codes: 0 written; 2 --out not writable; 64 usage.
                """)

        @Option(help: ArgumentHelp("Write the script to this file (default: standard output).", valueName: "file"))
        var out: String?

        @OptionGroup var languageOption: LanguageOption

        func run() throws {
            let language = try languageOption.language()
            let script = CollectionScript(language: language).script()
            guard let out else {
                print(script, terminator: "")
                return
            }
            try writeWindowsScript(script, to: out, language: language)
        }
    }
}
