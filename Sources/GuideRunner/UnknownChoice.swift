import ArgumentParser
import Foundation
import SetupGuide

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
