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

/// A value of an enum option that is none of its choices, found on the command line.
struct UnknownChoice {
    /// The option, such as `--feature`.
    var flag: String
    /// The value given.
    var value: String
    /// What is wrong, with the valid choices.
    var text: BilingualText

    /// How the parser names this failure: the value, then the option with its value name.
    var parserWords: String { "'\(value)' is invalid for '\(flag) <" }

    /// The options checked, each with the text for a value it does not know (nil when it knows it).
    private static let options: [(flag: String, check: @Sendable (String) -> BilingualText?)] = [
        ("--feature", { Feature(argument: $0) == nil ? SessionError.unknownFeature($0).text : nil }),
        ("--connectivity", { Connectivity(argument: $0) == nil ? SessionError.unknownConnectivity($0).text : nil }),
        ("--lang", { value in
            Language(argument: value) == nil
                ? BilingualText("Unknown language '\(value)'. Valid choices: fr, en", "Langue inconnue '\(value)'. Choix possibles : fr, en")
                : nil
        }),
    ]

    /// The first unknown value of a checked option in `arguments` (`--flag value` or `--flag=value`).
    static func first(in arguments: [String]) -> UnknownChoice? {
        for (flag, value) in CommandLineValues(arguments) {
            if let option = options.first(where: { $0.flag == flag }), let text = option.check(value) {
                return UnknownChoice(flag: flag, value: value, text: text)
            }
        }
        return nil
    }
}

/// The `--flag value` and `--flag=value` pairs of a command line, up to `--`; a flag followed by
/// another option has no value.
struct CommandLineValues: Sequence {
    var arguments: [String]

    init(_ arguments: [String]) { self.arguments = arguments }

    func makeIterator() -> IndexingIterator<[(String, String)]> {
        var pairs: [(String, String)] = []
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let token = arguments[index]
            index += 1
            guard token.hasPrefix("--") else { continue }
            if let equals = token.firstIndex(of: "=") {
                pairs.append((String(token[..<equals]), String(token[token.index(after: equals)...])))
            } else if index < arguments.endIndex, !arguments[index].hasPrefix("-") {
                pairs.append((token, arguments[index]))
            }
        }
        return pairs.makeIterator()
    }
}

extension Language {
    /// The language of a run's messages before its options are parsed: the one `--lang` given,
    /// else the environment's (several, as render allows, leave it to the environment too).
    static func ofCommandLine(_ arguments: [String]) -> Language {
        let given = Set(CommandLineValues(arguments).filter { $0.0 == "--lang" }.compactMap { Language(argument: $0.1) })
        return given.count == 1 ? given.first! : .fromEnvironment()
    }
}
