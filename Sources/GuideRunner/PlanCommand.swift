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

        @OptionGroup var choice: PlanChoiceOptions
        @OptionGroup var languageOption: LanguageOption
        @OptionGroup var contentOptions: ContentOptions

        @Option(help: "Output format.")
        var format: OutputFormat = .text

        func validate() throws {
            guard try choice.country() != nil else { throw ValidationError("Missing expected argument '--country <cc>'") }
        }

        func run() throws {
            let request = try choice.request(language: languageOption.lang, content: contentOptions.contentURL)
            let plan = try PlanSession.opened(request).plan
            switch format {
            case .text: print(PlanTextRenderer(style: TerminalStyle.detect()).render(plan), terminator: "")
            case .json: print(try jsonString(PlanDocument(plan)))
            }
        }
    }
}
