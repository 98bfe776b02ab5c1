import Foundation
import Testing

/// Content diagnostics follow the command's language, like every other message.
@Suite("Diagnostics in the user's language, run as a user would")
struct FrenchDiagnosticsEndToEndTests {
    static func brokenGuide() throws -> (folder: URL, file: URL) {
        let folder = try BinaryRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("bad.md")
        try "---\nguide: bad\nlang: en\ntitle: Bad\n---\n\n## Step\n<!-- step\nid: x\nactions:\n  - do: numbers.serch\n-->\n"
            .write(to: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

    @Test("lint under a French LANG prints the French message at file:line:column, and --lang en the English one")
    func lintFrenchAndEnglish() throws {
        let (folder, file) = try Self.brokenGuide()
        let french = try BinaryRunner.run(["lint", file.path], environment: ["LANG": "fr_FR.UTF-8"], in: folder)
        #expect(french.status == 1)
        #expect(french.stdout.contains("bad.md:11:9: erreur : action inconnue « numbers.serch » [unknown-action]"), "\(french.stdout)")
        #expect(french.stdout.contains("    conseil : vouliez-vous dire « numbers.search » ?"), "\(french.stdout)")
        #expect(french.stdout.contains("bad.md:7:1: avertissement : l'étape « x » n'a aucune vérification, donc"), "\(french.stdout)")
        #expect(!french.stdout.contains("unknown action"))
        #expect(french.stdout.contains(" : 1 erreur, 1 avertissement"), "plurals agree with the counts: \(french.stdout)")

        let english = try BinaryRunner.run(["lint", "--lang", "en", file.path], environment: ["LANG": "fr_FR.UTF-8"], in: folder)
        #expect(english.status == 1)
        #expect(english.stdout.contains("bad.md:11:9: error: unknown action 'numbers.serch' [unknown-action]"), "\(english.stdout)")
        #expect(english.stdout.contains("    hint: did you mean 'numbers.search'?"), "\(english.stdout)")
        #expect(!english.stdout.contains("action inconnue"))
        #expect(english.stdout.contains(": 1 error, 1 warning"), "\(english.stdout)")
    }

    @Test("lint --format json keeps message and hint in English and adds messageFrench and hintFrench")
    func lintJSON() throws {
        let (folder, file) = try Self.brokenGuide()
        let output = try BinaryRunner.run(["lint", "--format", "json", file.path], in: folder)
        #expect(output.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        let action = try #require(diagnostics.first { $0["identifier"] as? String == "unknown-action" })
        #expect(action["message"] as? String == "unknown action 'numbers.serch'")
        #expect(action["messageFrench"] as? String == "action inconnue « numbers.serch »")
        #expect((action["hintFrench"] as? String)?.hasPrefix("vouliez-vous dire") == true)
    }

    @Test("plan with broken guides prints their diagnostics in French under a French LANG")
    func planBrokenContentInFrench() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        try FileManager.default.copyItem(at: BinaryRunner.packageRoot.appendingPathComponent("content/countries.yaml"),
                                         to: folder.appendingPathComponent("countries.yaml"))
        try "---\nguide: g\nlang: fr\ntitle: G\n---\n## S\n<!-- step\nid: [\n-->\n".write(
            to: folder.appendingPathComponent("g.md"), atomically: true, encoding: .utf8)
        let output = try BinaryRunner.run(["plan", "--country", "FR", "--content", folder.path], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("g.md:"), "\(output.stderr)")
        #expect(output.stderr.contains(": erreur : YAML invalide : "), "\(output.stderr)")
        #expect(output.stderr.contains("conseil : corrigez le YAML dans le commentaire <!-- step -->"), "\(output.stderr)")
    }

    @Test("a broken answers file is reported in French under a French LANG, in English with --lang en")
    func answersFileInFrench() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let answers = folder.appendingPathComponent("a.yaml")
        try "country: FR\ncolour: red\n".write(to: answers, atomically: true, encoding: .utf8)
        let french = try BinaryRunner.run(["export", "powershell", "--answers", answers.path], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.status == 2)
        #expect(french.stderr.contains("a.yaml:2:1: erreur : clé inconnue « colour » dans le fichier de réponses"), "\(french.stderr)")
        let english = try BinaryRunner.run(["export", "powershell", "--lang", "en", "--answers", answers.path],
                                           environment: ["LANG": "fr_FR.UTF-8"])
        #expect(english.stderr.contains("a.yaml:2:1: error: unknown key 'colour' in the answers file"), "\(english.stderr)")
    }

    static let french = ["LANG": "fr_FR.UTF-8"]

    @Test("an unknown --feature, --connectivity or --lang is our one French line with the choices, exit 64",
          arguments: [
            (["plan", "--country", "FR", "--feature", "fax"], [:],
             "Erreur : Fonction inconnue 'fax'. Choix possibles : audio-conferencing, "),
            (["plan", "--country", "FR", "--lang", "fr", "--connectivity", "pigeon"], ["LANG": "C"],
             "Erreur : Connectivité inconnue 'pigeon'. Choix possibles : calling-plan, "),
            (["render", "--out", "/nonexistent/site", "--lang", "de"], [:], "Erreur : Langue inconnue 'de'. Choix possibles : fr, en"),
          ])
    func unknownChoiceInFrench(arguments: [String], environment: [String: String], message: String) throws {
        let output = try BinaryRunner.run(arguments, environment: Self.french.merging(environment) { $1 })
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix(message), "\(output.stderr)")
        #expect(output.stderr.split(separator: "\n").count == 1, "one line, as before the options became enums: \(output.stderr)")
        #expect(!output.stderr.contains("invalid") && !output.stderr.contains("Please"), "\(output.stderr)")
    }

    @Test("the argument parser's other usage errors are worded in French under a French LANG, exit 64",
          arguments: [
            (["plan", "--country", "FR", "--bogus"], "Erreur : Option inconnue « --bogus »", "setup-guide plan"),
            (["plan", "--country"], "Erreur : Valeur manquante pour « --country <cc> »", "setup-guide plan"),
            (["plan"], "Erreur : Argument obligatoire manquant : « --country <cc> »", "setup-guide plan"),
            (["import"], "Erreur : Argument obligatoire manquant : « <path> »", "setup-guide import"),
            (["catalogue", "extra"], "Erreur : Argument inattendu « extra »", "setup-guide catalogue"),
            (["import", "x.md", "--format", "pdf"], "Erreur : Valeur non valide « pdf » pour « --format <format> ». Choix possibles : json, guide, html",
             "setup-guide import"),
          ])
    func parserErrorsInFrench(arguments: [String], message: String, command: String) throws {
        let output = try BinaryRunner.run(arguments, environment: Self.french)
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix(message), "\(output.stderr)")
        #expect(output.stderr.contains("Utilisation : \(command)"), "\(output.stderr)")
        #expect(output.stderr.contains("  Voir « \(command) --help » pour plus d'informations."), "\(output.stderr)")
        for english in ["Error:", "Usage:", "Help:", "See '", "Missing", "Unknown", "Unexpected", "invalid"] {
            #expect(!output.stderr.contains(english), "\(english) in \(output.stderr)")
        }
    }

    @Test("the same usage errors stay the argument parser's in English")
    func parserErrorsInEnglish() throws {
        let output = try BinaryRunner.run(["plan", "--country", "FR", "--bogus"])
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix("Error: Unknown option '--bogus'"), "\(output.stderr)")
        #expect(output.stderr.contains("Usage: setup-guide plan"), "\(output.stderr)")
        #expect(!output.stderr.contains("Erreur"), "\(output.stderr)")
    }

    @Test("a usage error a command finds after parsing is in French too")
    func commandUsageErrorInFrench() throws {
        let output = try BinaryRunner.run(["plan", "--country", "FR", "--country", "BE"], environment: Self.french)
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix("Erreur : Indiquez un seul --country, pas 2"), "\(output.stderr)")
        #expect(!output.stderr.contains("Error:") && !output.stderr.contains("Usage:"), "\(output.stderr)")
    }
}
