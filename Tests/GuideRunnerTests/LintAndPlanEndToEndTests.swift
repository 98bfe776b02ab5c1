import Foundation
import Testing

@Suite("setup-guide lint, plan and catalogue, run as a user would")
struct LintAndPlanEndToEndTests {
    @Test("every command answers --help", arguments: ["", "lint", "plan", "catalogue"])
    func help(command: String) throws {
        let output = try BinaryRunner.run((command.isEmpty ? [] : [command]) + ["--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("USAGE"))
    }

    @Test("lint of the shipped content exits 0 with a summary")
    func lintClean() throws {
        let output = try BinaryRunner.run(["lint"])
        #expect(output.status == 0, "\(output.stdout)")
        #expect(output.stdout.contains("0 errors"))
    }

    @Test("lint of a broken guide exits 1 and names file, line and column")
    func lintBroken() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("bad.md")
        try "---\nguide: bad\nlang: en\ntitle: Bad\n---\n\n## Step\n<!-- step\nid: x\nactions:\n  - do: numbers.serch\n-->\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let output = try BinaryRunner.run(["lint", file.path], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout.contains("bad.md:11:9: error: unknown action 'numbers.serch' [unknown-action]"), "\(output.stdout)")
        #expect(output.stdout.contains("did you mean 'numbers.search'"))
        #expect(!output.stdout.contains("\u{1B}["), "no colour when not a terminal")
    }

    @Test("lint --format json lists diagnostics for tools")
    func lintJSON() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("bad.md")
        try "no front matter\n".write(to: file, atomically: true, encoding: .utf8)
        let output = try BinaryRunner.run(["lint", "--format", "json", file.path], in: folder)
        #expect(output.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let diagnostics = json?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.first?["identifier"] as? String == "malformed-front-matter")
    }

    @Test("lint of a missing path is a problem, not a crash")
    func lintMissing() throws {
        let output = try BinaryRunner.run(["lint", "/nonexistent/guides"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("no such file or folder"))
    }

    @Test("plan --format json has the documented shape, in the requested language")
    func planJSON() throws {
        let output = try BinaryRunner.run(["plan", "--country", "FR", "--lang", "fr", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(json["country"] as? String == "FR")
        #expect(json["lang"] as? String == "fr")
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(!steps.isEmpty)
        #expect(steps.allSatisfy { $0["id"] is String && $0["title"] is String && $0.keys.contains("because") })
    }

    @Test("LANG picks the language when --lang is not given")
    func langFromEnvironment() throws {
        let french = try BinaryRunner.run(["plan", "--country", "FR"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.stdout.hasPrefix("Plan pour France"))
        let english = try BinaryRunner.run(["plan", "--country", "FR"], environment: ["LANG": "C"])
        #expect(english.stdout.hasPrefix("Plan for France"))
    }

    @Test("unknown country, feature, connectivity or language exit 64 and list the valid choices",
          arguments: [
            (["--country", "XX"], "Error: Unknown country 'XX'. Valid choices: AT"),
            // our own line, not the argument parser's, so that a French run gets it in French
            (["--country", "FR", "--feature", "fax"], "Error: Unknown feature 'fax'. Valid choices: audio-conferencing, "),
            (["--country", "FR", "--feature=fax"], "Error: Unknown feature 'fax'. Valid choices: audio-conferencing, "),
            (["--country", "FR", "--connectivity", "pigeon"], "Error: Unknown connectivity 'pigeon'. Valid choices: calling-plan, "),
            (["--country", "FR", "--lang", "de"], "Error: Unknown language 'de'. Valid choices: fr, en"),
          ])
    func unknownChoices(arguments: [String], message: String) throws {
        let output = try BinaryRunner.run(["plan"] + arguments)
        #expect(output.status == 64)
        #expect(output.stderr.contains(message), "\(output.stderr)")
        #expect(!output.stderr.contains("is invalid for"), "\(output.stderr)")
    }

    @Test("--help still lists the choices of --feature, --connectivity and --lang")
    func helpListsChoices() throws {
        let output = try BinaryRunner.run(["plan", "--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("audio-conferencing"), "\(output.stdout)")
        #expect(output.stdout.contains("calling-plan"), "\(output.stdout)")
        #expect(output.stdout.contains("(values: fr, en)"), "\(output.stdout)")
    }

    @Test("plan with a content folder that has errors exits 1 and points at lint")
    func planBrokenContent() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        try FileManager.default.copyItem(at: BinaryRunner.packageRoot.appendingPathComponent("content/countries.yaml"),
                                         to: folder.appendingPathComponent("countries.yaml"))
        try "---\nguide: g\nlang: en\ntitle: G\n---\n## S\n<!-- step\nid: [\n-->\n".write(
            to: folder.appendingPathComponent("g.md"), atomically: true, encoding: .utf8)
        let output = try BinaryRunner.run(["plan", "--country", "FR", "--lang", "en", "--content", folder.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("setup-guide lint"))
    }

    @Test("catalogue prints the reference that docs/catalogue.md holds")
    func catalogueMatchesDocs() throws {
        let output = try BinaryRunner.run(["catalogue"])
        #expect(output.status == 0)
        let docs = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("docs/catalogue.md"), encoding: .utf8)
        #expect(output.stdout == docs, "regenerate with: setup-guide catalogue > docs/catalogue.md")
    }
}
