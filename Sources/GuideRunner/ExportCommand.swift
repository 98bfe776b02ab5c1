import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

extension SetupGuideCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write what a plan does for a real tenant.",
            subcommands: [PowerShell.self])
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

        @Option(help: ArgumentHelp("ISO code of the organisation's country (default: from the answers file).", valueName: "cc"))
        var country: String?

        @Option(name: .customLong("feature"), help: ArgumentHelp("An optional feature; repeat for several.", valueName: "feature"))
        var features: [String] = []

        @Option(help: ArgumentHelp("calling-plan, operator-connect or direct-routing.", valueName: "option"))
        var connectivity: String?

        @Option(help: ArgumentHelp("Answers for the steps' inputs (YAML, as for run).", valueName: "file"))
        var answers: String?

        @Option(help: ArgumentHelp("Write the script to this file (default: standard output).", valueName: "file"))
        var out: String?

        @OptionGroup var languageOption: LanguageOption
        @OptionGroup var contentOptions: ContentOptions

        func run() throws {
            var language = try languageOption.language()
            var answersFile = AnswersFile()
            if let answers {
                do {
                    answersFile = try AnswersFile.load(from: URL(fileURLWithPath: answers), displayPath: answers)
                } catch {
                    printError(DiagnosticPrinter(style: TerminalStyle.detect(fileDescriptor: STDERR_FILENO)).format(error.diagnostic))
                    throw ExitCode(2)
                }
                if languageOption.lang == nil, let lang = answersFile.language.flatMap(Language.init(rawValue:)) { language = lang }
            }
            guard let code = country ?? answersFile.country else {
                throw usageError(language.pick("Give --country (or 'country:' in the answers file).",
                                               "Indiquez --country (ou « country: » dans le fichier de réponses)."))
            }
            let (plan, _) = try PlanSelection.makePlan(
                country: code, features: features.isEmpty ? answersFile.features : features,
                connectivity: connectivity ?? answersFile.connectivity ?? Connectivity.callingPlan.rawValue,
                content: contentOptions.contentURL, language: language)
            // the same validation as the wizard: a bad answer is named, not written into a script
            var problems: [String] = []
            for planned in plan.steps {
                for input in planned.step.inputs {
                    guard let given = answersFile.inputs[planned.step.id]?[input.id],
                        let problem = InputValidator(input: input).problem(with: given, language: language)
                    else { continue }
                    let place = answersFile.locations[planned.step.id].map { "\($0): " } ?? ""
                    problems.append(place + language.pick(
                        "answer '\(input.id)' of step '\(planned.step.id)' is invalid: \(problem)",
                        "la réponse « \(input.id) » de l'étape « \(planned.step.id) » est invalide : \(problem)"))
                }
            }
            if !problems.isEmpty {
                problems.forEach(printError)
                throw ExitCode(2)
            }
            let script = PowerShellScriptWriter(plan: plan, answers: answersFile).script()
            guard let out else {
                print(script, terminator: "")
                return
            }
            do {
                // UTF-8 with a byte order mark: Windows PowerShell 5 reads accents right only then
                try (Data([0xEF, 0xBB, 0xBF]) + Data(script.utf8)).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                printError(language.pick("Cannot write '\(out)': \(error.localizedDescription)",
                                         "Impossible d'écrire '\(out)' : \(error.localizedDescription)"))
                throw ExitCode(2)
            }
        }
    }
}
