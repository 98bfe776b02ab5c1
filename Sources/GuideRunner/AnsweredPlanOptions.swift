import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

/// `--country`, `--feature`, `--connectivity` and `--answers`, for the commands that carry out a
/// plan: what is not on the command line comes from the answers file.
struct AnsweredPlanOptions: ParsableArguments {
    @Option(help: ArgumentHelp("ISO code of the organisation's country (default: from the answers file).", valueName: "cc"))
    var country: String?

    @Option(name: .customLong("feature"),
            help: ArgumentHelp("An optional feature: \(Feature.allCases.map(\.rawValue).joined(separator: ", ")). Repeat for several.",
                               valueName: "feature"))
    var features: [String] = []

    @Option(help: ArgumentHelp("calling-plan, operator-connect or direct-routing.", valueName: "option"))
    var connectivity: String?

    @Option(help: ArgumentHelp("Answers for the steps' inputs (YAML; see content/examples/).", valueName: "file"))
    var answers: String?

    /// What the commands need: the plan, its content, the answers and the language of both.
    struct Loaded {
        var plan: SetupGuide.Plan
        var content: ContentSet
        var answers: AnswersFile
        var language: Language

        /// The answers the wizard would refuse, each with its place in the answers file; printed,
        /// then exit 2, when there are any.
        func refuseInvalidAnswers() throws {
            var problems: [String] = []
            for planned in plan.steps {
                for input in planned.step.inputs {
                    guard let given = answers.inputs[planned.step.id]?[input.id],
                        let problem = InputValidator(input: input).problem(with: given, language: language)
                    else { continue }
                    let place = answers.locations[planned.step.id].map { "\($0): " } ?? ""
                    problems.append(place + BilingualText(
                        "answer '\(input.id)' of step '\(planned.step.id)' is invalid: \(problem)",
                        "la réponse « \(input.id) » de l'étape « \(planned.step.id) » est invalide : \(problem)")[language])
                }
            }
            if !problems.isEmpty {
                problems.forEach(printError)
                throw ExitCode(2)
            }
        }
    }

    /// Reads the answers file (exit 2 when it is unusable), the content, and makes the plan. The
    /// command line wins over the answers file, which wins over what `recorded` reads from a
    /// tenant once the content (and so the country catalogue) is loaded.
    func load(
        languageOption: LanguageOption, content: URL,
        recorded: (ContentSet) throws -> (country: String?, connectivity: String?) = { _ in (nil, nil) }
    ) throws -> Loaded {
        var language = try languageOption.language()
        var answersFile = AnswersFile()
        if let answers {
            do {
                answersFile = try AnswersFile.load(from: URL(fileURLWithPath: answers), displayPath: answers)
            } catch {
                printError(DiagnosticPrinter(style: TerminalStyle.detect(fileDescriptor: STDERR_FILENO), language: language).format(error.diagnostic))
                throw ExitCode(2)
            }
            if languageOption.lang == nil, let lang = answersFile.language.flatMap(Language.init(rawValue:)) { language = lang }
        }
        let contentSet = try PlanSelection.loadContent(content, language: language)
        let (recordedCountry, recordedConnectivity) = try recorded(contentSet)
        guard let code = country ?? answersFile.country ?? recordedCountry else {
            throw usageError(BilingualText("Give --country (or 'country:' in the answers file).",
                                           "Indiquez --country (ou « country: » dans le fichier de réponses).")[language], in: language)
        }
        let plan = try PlanSelection.makePlan(
            country: code, features: features.isEmpty ? answersFile.features : features,
            connectivity: connectivity ?? answersFile.connectivity ?? recordedConnectivity ?? Connectivity.callingPlan.rawValue,
            content: contentSet, from: content, language: language)
        return Loaded(plan: plan, content: contentSet, answers: answersFile, language: language)
    }
}
