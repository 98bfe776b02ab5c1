import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

extension SetupGuideCommand {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check guides and the country catalogue, and report every problem.",
            discussion: """
                Each problem is printed as path:line:column: severity: message [identifier], with a hint.
                Exit codes: 0 clean; 1 problems found (warnings count only with --strict); 64 usage error.
                """)

        @Argument(help: ArgumentHelp("Files or folders to check (default: the content folder).", valueName: "path"))
        var paths: [String] = []

        @OptionGroup var contentOptions: ContentOptions
        @OptionGroup var languageOption: LanguageOption

        @Flag(help: "Treat warnings (such as a step without checks) as problems.")
        var strict = false

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func run() throws {
            let language = languageOption.language()
            let urls = paths.isEmpty ? [contentOptions.contentURL] : paths.map { URL(fileURLWithPath: $0) }
            let content = ContentSet.load(
                paths: urls, fallbackCountries: contentOptions.contentURL.appendingPathComponent("countries.yaml"))
            let diagnostics = Linter().lint(content)
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.count - errors
            switch format {
            case .json:
                print(try jsonString(LintReport(diagnostics: diagnostics, guides: content.guides.count,
                                                steps: content.guides.reduce(0) { $0 + $1.steps.count })))
            case .text:
                let printer = DiagnosticPrinter(style: TerminalStyle.detect(), language: language)
                for diagnostic in diagnostics { print(printer.format(diagnostic)) }
                let steps = content.guides.reduce(0) { $0 + $1.steps.count }
                let counts = [
                    BilingualText.counting(content.guides.count, ("guide", "guides"), ("guide", "guides")),
                    BilingualText.counting(steps, ("step", "steps"), ("étape", "étapes")),
                    BilingualText.counting(content.countries.countries.count, ("country", "countries"), ("pays", "pays")),
                ].map { $0[language] }.joined(separator: ", ")
                let problems = [
                    BilingualText.counting(errors, ("error", "errors"), ("erreur", "erreurs")),
                    BilingualText.counting(warnings, ("warning", "warnings"), ("avertissement", "avertissements")),
                ].map { $0[language] }.joined(separator: ", ")
                print(counts + BilingualText(": ", " : ")[language] + problems)
            }
            if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
        }
    }
}

/// The JSON form of a lint run.
struct LintReport: Encodable {
    var diagnostics: [Diagnostic]
    var guides: Int
    var steps: Int
}
