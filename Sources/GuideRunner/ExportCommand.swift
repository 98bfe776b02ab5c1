import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

extension SetupGuideCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write what a plan does for a real tenant.",
            subcommands: [PowerShell.self, Collect.self])
    }
}

extension SetupGuideCommand.Export {
    struct PowerShell: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "powershell",
            abstract: "Write, in plan order, the Teams PowerShell that performs the plan's actions on a real tenant.",
            discussion: """
                The script stops at the first error, looks before it creates (so it can run again) and prints what it did. \
                Portal-only work (buying licences, porting paperwork, request forms, credits) becomes comments and \
                'to do by hand' lines. Inputs missing from --answers become mandatory script parameters. Every value is \
                a single-quoted literal with its quotes doubled; line breaks in values become spaces.
                Exit codes: 0 written; 1 the content has errors; 2 unreadable answers file or --out not writable; 64 usage.
                """)

        @OptionGroup var choice: PlanChoiceOptions
        @OptionGroup var answersOption: AnswersOption

        @Option(help: ArgumentHelp("Write the script to this file (default: standard output).", valueName: "file"))
        var out: String?

        @OptionGroup var languageOption: LanguageOption
        @OptionGroup var contentOptions: ContentOptions

        func run() throws {
            let request = try choice.request(answers: answersOption.answers, language: languageOption.lang, content: contentOptions.contentURL)
            let session = try PlanSession.opened(request)
            // the same validation as the wizard: a bad answer is named, not written into a script
            try session.refuseInvalidAnswers()
            let script = PowerShellScriptWriter(
                plan: session.plan, answers: session.answers,
                phoneSystemSKUs: session.content.licences.partNumbers(giving: .phoneSystem)).script()
            guard let out else { return print(script, terminator: "") }
            try writeWindowsScript(script, to: out, language: session.language)
        }
    }
}

/// Writes a script for Windows PowerShell: UTF-8 with a byte order mark, which 5.1 needs to read
/// accents right; exit 2 with the reason when it cannot.
func writeWindowsScript(_ script: String, to out: String, language: Language) throws {
    do {
        try OutputFile.write([0xEF, 0xBB, 0xBF] + Array(script.utf8), to: URL(fileURLWithPath: out))
    } catch {
        throw CommandFailure(exitCode: 2, message: BilingualText("Error: ", "Erreur : ")[language] + error.message(in: language))
    }
}
