import Foundation

/// The argument parser's English usage errors, reworded in French: the common messages in
/// full, the rest prefixed « Erreur : » and left as the parser wrote them.
enum ParserWording {
    /// Rewrites the parser's full error text ("Error: …", "Help: …", "Usage: …", "See …") in French.
    static func french(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("Error: ") {
                lines.append("Erreur : " + message(String(line.dropFirst("Error: ".count))))
            } else if line.hasPrefix("Help:  ") {
                // the option's help, which is English: the usage line below names the option anyway
                continue
            } else if line.hasPrefix("Usage: ") {
                lines.append("Utilisation : " + line.dropFirst("Usage: ".count))
            } else if let command = match(line, #"^  See '(.+)' for more information\.$"#)?.first {
                lines.append("  Voir « \(command) » pour plus d'informations.")
            } else {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The parser's messages that French runs meet most, each with its French wording.
    private static let messages: [(pattern: String, french: @Sendable ([String]) -> String)] = [
        (#"^Missing expected argument '(.+)'$"#, { "Argument obligatoire manquant : « \($0[0]) »" }),
        (#"^Missing one of: (.+)$"#, { "Il manque l'un de ces arguments : \($0[0])" }),
        (#"^Missing value for '(.+)'$"#, { "Valeur manquante pour « \($0[0]) »" }),
        (#"^Unknown option '(.+)'\. Did you mean '(.+)'\?$"#, { "Option inconnue « \($0[0]) ». Vouliez-vous dire « \($0[1]) » ?" }),
        (#"^Unknown option '(.+)'$"#, { "Option inconnue « \($0[0]) »" }),
        (#"^Unexpected argument '(.+)'$"#, { "Argument inattendu « \($0[0]) »" }),
        (#"^(\d+) unexpected arguments: (.+)$"#, { "\($0[0]) arguments inattendus : \($0[1])" }),
        (#"^The option '(.+)' does not take any value, but '(.+)' was specified\.$"#,
         { "L'option « \($0[0]) » ne prend pas de valeur, mais « \($0[1]) » a été donné." }),
        (#"^The value '(.+)' is invalid for '(.+?)'\. Please provide one of (.+)\.$"#,
         { "Valeur non valide « \($0[0]) » pour « \($0[1]) ». Choix possibles : \(choices($0[2]))" }),
        (#"^The value '(.+)' is invalid for '(.+?)'$"#, { "Valeur non valide « \($0[0]) » pour « \($0[1]) »" }),
        (#"^Missing required subcommand\.$"#, { _ in "Sous-commande manquante." }),
    ]

    /// One message in French, or as the parser wrote it when it is not one of the common ones.
    static func message(_ english: String) -> String {
        for (pattern, french) in messages {
            if let groups = match(english, pattern) { return french(groups) }
        }
        return english
    }

    /// "'a', 'b' or 'c'" as "a, b, c".
    private static func choices(_ list: String) -> String {
        list.replacingOccurrences(of: "' or '", with: "', '").replacingOccurrences(of: "' and '", with: "', '")
            .replacingOccurrences(of: "'", with: "")
    }

    /// The groups `pattern` captures in the whole of `text`, or nil when it does not match.
    private static func match(_ text: String, _ pattern: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let found = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (1..<found.numberOfRanges).compactMap { Range(found.range(at: $0), in: text).map { String(text[$0]) } }
    }
}
