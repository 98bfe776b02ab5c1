import ArgumentParser
import Foundation
import SetupGuide

/// The argument parser speaks English; a French run must not. Its usage errors are printed here
/// instead: an unknown --feature, --connectivity or --lang as our own bilingual line, listing the
/// valid choices, and the parser's other messages prefixed « Erreur : », the common ones worded
/// in French. Exit codes are the parser's (64 for usage).
extension SetupGuideCommand {
    /// Prints `error`, a parser error unless `parsing` is false (thrown by a command), and exits.
    static func exitForUsage(_ error: any Error, parsing: Bool, arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        let code = exitCode(for: error)
        // help and version are not errors: the parser prints them
        guard code != .success else { exit(withError: error) }
        let language = Language.ofCommandLine(arguments)
        if parsing, let choice = UnknownChoice.first(in: arguments), message(for: error).contains(choice.parserWords) {
            printError(BilingualText("Error: ", "Erreur : ")[language] + choice.text[language])
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        guard language == .french else { exit(withError: error) }
        let text = fullMessage(for: error)
        if !text.isEmpty { printError(ParserWording.french(text)) }
        Foundation.exit(code.rawValue)
    }
}
