import SetupGuide

/// The `--flag value` and `--flag=value` pairs of a command line, up to `--`; a flag followed by
/// another option has no value.
struct CommandLineValues: Sequence {
    /// The arguments, without the program's name.
    var arguments: [String]

    /// Reads `arguments`.
    init(_ arguments: [String]) { self.arguments = arguments }

    /// The pairs, in command-line order.
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
