import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

extension SetupGuideCommand {
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the ordered checklist for one country.",
            discussion: """
                A step that a country rule moved says why; steps left out by a condition are listed with the reason.
                Exit codes: 0 plan printed; 1 the content has errors (run lint); 64 usage error.
                """)

        @OptionGroup var planOptions: PlanSelection
        @OptionGroup var languageOption: LanguageOption
        @OptionGroup var contentOptions: ContentOptions

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func run() throws {
            let language = try languageOption.language()
            let (plan, _) = try planOptions.makePlan(content: contentOptions.contentURL, language: language)
            switch format {
            case .text: print(PlanTextRenderer(style: TerminalStyle.detect()).render(plan), terminator: "")
            case .json: print(try jsonString(PlanDocument(plan)))
            }
        }
    }
}

/// `--country`, `--feature` and `--connectivity`, shared by the commands that make a plan.
struct PlanSelection: ParsableArguments {
    @Option(help: ArgumentHelp("ISO code of the organisation's country, such as FR.", valueName: "cc"))
    var country: String

    @Option(name: .customLong("feature"),
            help: ArgumentHelp("An optional feature: \(Feature.allCases.map(\.rawValue).joined(separator: ", ")). Repeat for several.",
                               valueName: "feature"))
    var features: [String] = []

    @Option(help: ArgumentHelp("calling-plan, operator-connect or direct-routing.", valueName: "option"))
    var connectivity: String = Connectivity.callingPlan.rawValue

    /// Reads the content and makes the plan, refusing unknown names with the valid choices.
    func makePlan(content url: URL, language: Language) throws -> (SetupGuide.Plan, ContentSet) {
        try Self.makePlan(country: country, features: features, connectivity: connectivity, content: url, language: language)
    }

    /// The same, from plain values (answers files give them too).
    static func makePlan(country: String, features: [String], connectivity: String, content url: URL, language: Language)
        throws -> (SetupGuide.Plan, ContentSet)
    {
        let content = try loadContent(url, language: language)
        return (
            try makePlan(country: country, features: features, connectivity: connectivity, content: content, from: url, language: language),
            content)
    }

    /// The guides and countries under `url`; exit 1 after printing them when they have errors.
    static func loadContent(_ url: URL, language: Language) throws -> ContentSet {
        let content = ContentSet.load(paths: [url])
        let errors = content.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            let printer = DiagnosticPrinter(style: TerminalStyle.detect(fileDescriptor: STDERR_FILENO), language: language)
            for diagnostic in errors { printError(printer.format(diagnostic)) }
            printError(BilingualText("The guides have errors; run 'setup-guide lint'.", "Les guides comportent des erreurs ; lancez « setup-guide lint ».")[language])
            throw ExitCode(1)
        }
        return content
    }

    /// The plan of `content`, already loaded from `url`, refusing unknown names with the valid choices.
    static func makePlan(
        country: String, features: [String], connectivity: String, content: ContentSet, from url: URL, language: Language
    )
        throws -> SetupGuide.Plan
    {
        let code = country
        guard let country = content.countries.country(code) else {
            throw usageError(BilingualText(
                "Unknown country '\(code)'. Valid choices: \(content.countries.codes.joined(separator: " "))",
                "Pays inconnu '\(code)'. Choix possibles : \(content.countries.codes.joined(separator: " "))")[language], in: language)
        }
        var chosen: Set<Feature> = []
        for name in features {
            guard let feature = Feature(rawValue: name) else {
                throw usageError(BilingualText(
                    "Unknown feature '\(name)'. Valid choices: \(Feature.allCases.map(\.rawValue).joined(separator: ", "))",
                    "Fonction inconnue '\(name)'. Choix possibles : \(Feature.allCases.map(\.rawValue).joined(separator: ", "))")[language], in: language)
            }
            chosen.insert(feature)
        }
        guard let connectivity = Connectivity(rawValue: connectivity) else {
            throw usageError(BilingualText(
                "Unknown connectivity '\(connectivity)'. Valid choices: \(Connectivity.allCases.map(\.rawValue).joined(separator: ", "))",
                "Connectivité inconnue '\(connectivity)'. Choix possibles : \(Connectivity.allCases.map(\.rawValue).joined(separator: ", "))")[language], in: language)
        }
        let steps = content.steps(in: language)
        guard !steps.isEmpty else {
            printError(BilingualText("No guide in this language in \(url.path).", "Aucun guide dans cette langue dans \(url.path).")[language])
            throw ExitCode(1)
        }
        let options = PlanOptions(country: country, connectivity: connectivity, features: chosen)
        switch Planner().plan(steps, options: options, language: language) {
        case .success(let plan): return plan
        case .failure(let diagnostic):
            printError(DiagnosticPrinter(style: TerminalStyle.detect(fileDescriptor: STDERR_FILENO), language: language).format(diagnostic))
            throw ExitCode(1)
        }
    }
}
