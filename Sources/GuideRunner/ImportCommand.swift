import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

extension SetupGuideCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Turn Microsoft Learn setup articles (DocFX Markdown or copied web pages) into checklists.",
            discussion: """
                Steps are headings such as 'Étape 3 :' or 'Step 3:' at any level; failing those, the second-level \
                sections that hold numbered items. Numbered items become tasks, alerts become callouts, links \
                are kept (relative ones resolved against --base-url), and prose such as "do step 3 first, then \
                step 2" becomes a suggested ordering rule for the author to confirm.
                A folder is searched for .md, .markdown and .txt files; each problem names its file and a \
                summary counts articles, steps and diagnostics (on standard error, or in the JSON).
                Formats: json (steps, tasks, callouts, links, positions); guide (a guide file with a \
                '<!-- step id: … -->' annotation under each step heading); html (a self-contained page).
                Exit codes: 0 imported; 1 some articles had diagnostics (such as no step found); \
                2 unreadable input; 64 usage error.
                """)

        @Argument(help: ArgumentHelp("An article, or a folder of articles.", valueName: "path"))
        var path: String

        @Option(help: "Output format: json, guide or html.")
        var format: Format = .json

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Write to this file (a folder when importing a folder as guide or html) instead of standard output.",
                valueName: "file"))
        var out: String?

        @Option(
            name: .customLong("base-url"),
            help: ArgumentHelp(
                "Resolve relative links against this folder URL, such as https://learn.microsoft.com/fr-fr/microsoftteams/.",
                valueName: "url"))
        var baseURL: String?

        @OptionGroup var languageOption: LanguageOption

        func validate() throws {
            if let baseURL, LinkResolver(base: baseURL) == nil {
                throw ValidationError(BilingualText("Invalid base URL '\(baseURL)'. Give an absolute http(s) URL",
                                                    "URL de base non valide '\(baseURL)'. Indiquez une URL http(s) absolue")[languageOption.language()])
            }
        }

        func run() throws {
            let language = languageOption.language()
            let (url, isFolder) = try existing(path, in: language)
            let action = ImportAction(output: format.output(baseURL: baseURL), baseURL: baseURL)
            do {
                try isFolder ? importFolder(url, with: action, in: language) : importFile(url, with: action, in: language)
            } catch let error as ImportWriteError {
                throw cannotWrite(error, in: language)
            }
        }
    }
}
