import Foundation
import Testing

/// Runs the built `setup-guide` binary, as a user would.
@Suite("Import: end to end", .serialized)
struct ImportEndToEndTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = packageRoot.appendingPathComponent(".build/debug/setup-guide")
    /// The project's own DocFX and plain-text articles, which every clone has.
    static let articles = packageRoot.appendingPathComponent("Tests/SetupGuideTests/Fixtures/Articles")
    /// The real Microsoft articles, outside the repository: `$SETUP_GUIDE_SEEDS`, else `../shared/seeds`.
    static var seeds: URL {
        if let path = ProcessInfo.processInfo.environment["SETUP_GUIDE_SEEDS"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    }
    static var seedsAvailable: Bool { FileManager.default.fileExists(atPath: seeds.path) }

    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    private func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // read before waiting, so a large output cannot fill the pipe and stall the child
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The fixture article whose name starts with `prefix` ("001" finds `001-forfaits.md`).
    private func article(_ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.articles.path).sorted()
        let name = try #require(names.first { $0.hasPrefix(prefix + "-") })
        return Self.articles.appendingPathComponent(name).path
    }

    private func seed(_ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).sorted()
        let name = try #require(names.first { $0.hasPrefix(prefix + "_") })
        return Self.seeds.appendingPathComponent(name).path
    }

    @Test("Fixture 001 as JSON: five steps, the ordering suggestion, exit 0")
    func article001JSON() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "run 'swift build' first")
        let result = try run([
            "import", try article("001"), "--format", "json", "--base-url", "https://learn.microsoft.com/fr-fr/microsoftteams/",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(json["title"] as? String == "Mettre en service les forfaits d'appels Teams")
        #expect(json["date"] as? String == "03/14/2019")
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.count == 5)
        #expect(steps.map { $0["number"] as? Int } == [1, 2, 3, 4, 5])
        #expect((steps[1]["tasks"] as? [Any])?.count == 9)
        #expect((steps[1]["location"] as? String)?.hasSuffix("001-forfaits.md:38:1") == true)
        let links = try #require(steps[0]["links"] as? [[String: Any]])
        #expect(links.first?["url"] as? String == "https://learn.microsoft.com/fr-fr/licensing/forfaits-appels-teams")
        let suggestions = try #require(json["orderingSuggestions"] as? [[String: Any]])
        #expect(suggestions.count == 1)
        #expect(suggestions.first?["relation"] as? String == "after")
        #expect(suggestions.first?["target"] as? Int == 3)
    }

    // Part of the seed corpus suite: skipped, with this reason, where the corpus is absent
    // (SetupGuideTests' "Seed corpus: presence" makes that a failure on CI).
    @Test("Seed corpus: seed 001 as JSON: five steps, the ordering suggestion, exit 0",
          .enabled(if: seedsAvailable, Comment(rawValue: "no seed corpus at \(seeds.path): set SETUP_GUIDE_SEEDS or put shared/seeds beside the package to run it")))
    func seed001JSON() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "run 'swift build' first")
        let result = try run([
            "import", try seed("001"), "--format", "json", "--base-url", "https://learn.microsoft.com/fr-fr/microsoftteams/",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(json["title"] as? String == "Configurer l'appel d'offre")
        #expect(json["date"] as? String == "11/15/2017")
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.count == 5)
        #expect(steps.map { $0["number"] as? Int } == [1, 2, 3, 4, 5])
        #expect((steps[1]["tasks"] as? [Any])?.count == 9)
        #expect((steps[1]["location"] as? String)?.hasSuffix("001_d8b7c062c829fdc4.txt:38:1") == true)
        let links = try #require(steps[0]["links"] as? [[String: Any]])
        #expect(links.first?["url"] as? String
                == "https://learn.microsoft.com/fr-fr/skype-for-business-and-microsoft-teams-add-on-licensing/calling-plans-for-office-365")
        let suggestions = try #require(json["orderingSuggestions"] as? [[String: Any]])
        #expect(suggestions.count == 1)
        #expect(suggestions.first?["relation"] as? String == "after")
        #expect(suggestions.first?["target"] as? Int == 3)
    }

    @Test("A folder: summary, diagnostics naming their files, exit 1 then 2")
    func folder() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "run 'swift build' first")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: try article("001"), toPath: folder.appendingPathComponent("a.md").path)
        try Data("# Nothing\n\nNo steps here.\n".utf8).write(to: folder.appendingPathComponent("b.md"))

        let result = try run(["import", folder.path, "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["articles"] as? Int == 2)
        #expect(summary["steps"] as? Int == 5)
        #expect(summary["diagnostics"] as? Int == 1)
        #expect((json["articles"] as? [Any])?.count == 2)
        #expect(result.stderr.contains("b.md:1:1: error:"))
        #expect(result.stderr.contains("[no-steps]"))
        #expect(result.stderr.contains("2 articles, 5 steps, 1 diagnostic"), "singular agrees with the count")
        #expect(!result.stderr.contains("1 diagnostics"))

        try Data([0xFF, 0xFE, 0x00]).write(to: folder.appendingPathComponent("c.md"))
        let broken = try run(["import", folder.path, "--format", "json", "--out", "/dev/null"])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("c.md:1:1: error: the file is not valid UTF-8"))

        let french = try run(["import", folder.path, "--format", "json", "--out", "/dev/null", "--lang", "fr"])
        #expect(french.stderr.contains("3 articles, 5 étapes, 2 diagnostics, 1 illisible"), "\(french.stderr)")
        let missing = try run(["import", folder.appendingPathComponent("nowhere.md").path, "--lang", "fr"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Erreur : aucun fichier ni dossier"))
    }

    @Test("Missing input exits 2, bad usage 64, and --help documents the command")
    func exitCodes() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "run 'swift build' first")
        #expect(try run(["import", "/nonexistent/article.md"]).status == 2)
        #expect(try run(["import", try article("001"), "--format", "pdf"]).status == 64)
        #expect(try run(["import", try article("001"), "--base-url", "not a url"]).status == 64)
        let help = try run(["import", "--help"])
        #expect(help.status == 0)
        let text = String(decoding: help.stdout, as: UTF8.self)
        #expect(text.contains("--base-url"))
        #expect(text.contains("Exit codes"))
    }

    @Test("A hostile folder (deep nesting, binary junk) is imported without a crash")
    func hostileFolder() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "run 'swift build' first")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let deep = "## Step 1: x\n\n" + String(repeating: "*a ", count: 20000) + "b" + String(repeating: " c*", count: 20000)
        try Data(deep.utf8).write(to: folder.appendingPathComponent("emphasis.md"))
        try Data(("## Step 1: x\n\n" + String(repeating: "> ", count: 3000) + "q\n").utf8)
            .write(to: folder.appendingPathComponent("quotes.md"))
        try Data((0..<200).map { _ in UInt8.random(in: 0...255) }).write(to: folder.appendingPathComponent("junk.txt"))
        for format in ["json", "guide", "html"] {
            // outside the folder, or the next run would import what this one wrote
            let out = folder.path + "-out-\(format)"
            defer { try? FileManager.default.removeItem(atPath: out) }
            let result = try run(["import", folder.path, "--format", format, "--out", format == "json" ? "/dev/null" : out])
            // 2: the junk is not UTF-8 (most of the time); never a crash
            #expect([0, 1, 2].contains(result.status), "\(format): \(result.stderr)")
            #expect(result.stderr.contains("3 articles"))
        }
    }
}
