import Foundation
import Testing

/// `import --out`, `verify --out` and `export --out`: written whole, never through a link out of
/// the folder, never over files they did not write, and a refusal says why in the run's language.
@Suite("Output files of import, verify and export, run as an admin would")
struct OutputFilesEndToEndTests {
    static let article = BinaryRunner.packageRoot.appendingPathComponent("Tests/SetupGuideTests/Fixtures/Articles")

    static func firstArticle() throws -> URL {
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: article.path).sorted().first { $0.hasPrefix("001") })
        return article.appendingPathComponent(name)
    }

    @Test("import --out does not follow a link out of its folder, and the file it leads to is untouched")
    func importRefusesLinks() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let outside = try BinaryRunner.temporaryDirectory().appendingPathComponent("precious.txt")
        try "keep me".write(to: outside, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("out.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
        let output = try BinaryRunner.run(["import", try Self.firstArticle().path, "--format", "json", "--out", link.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("symbolic link"), "\(output.stderr)")
        #expect(try String(contentsOf: outside, encoding: .utf8) == "keep me")
    }

    @Test("import --out on a full disk leaves no cut file, and says the disk is full",
          .enabled(if: TenantFaultsEndToEndTests.canTrace, "strace is not installed"))
    func importFullDisk() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let out = folder.appendingPathComponent("page.html")
        // a full disk is often told at the sync, once the bytes were accepted
        let output = try TenantFaultsEndToEndTests.traced(
            "fsync:error=ENOSPC:when=1+", ["import", try Self.firstArticle().path, "--format", "html", "--out", out.path, "--lang", "fr"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("le disque est plein"), "\(output.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "no 0-byte page, no temporary file")
    }

    @Test("import --out on a disk that is really full leaves no 0-byte page")
    func importReallyFullDisk() throws {
        guard let disk = try TenantFaultsEndToEndTests.smallDisk() else { return }  // needs root to mount a small disk
        defer { TenantFaultsEndToEndTests.unmount(disk) }
        let filler = disk.appendingPathComponent("filler")
        #expect(FileManager.default.createFile(atPath: filler.path, contents: nil))
        let handle = try FileHandle(forWritingTo: filler)
        while (try? handle.write(contentsOf: Data(repeating: 0, count: 4096))) != nil {}
        try? handle.close()
        let out = disk.appendingPathComponent("page.html")
        let output = try BinaryRunner.run(["import", try Self.firstArticle().path, "--format", "html", "--out", out.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("the disk is full"), "\(output.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["filler"])
    }

    @Test("import of a folder into one holding other files is refused and the files stay as they were")
    func importFolderKeepsOthersFiles() throws {
        let out = try BinaryRunner.temporaryDirectory()
        try "mine".write(to: out.appendingPathComponent("001-forfaits.md"), atomically: true, encoding: .utf8)
        let output = try BinaryRunner.run(["import", Self.article.path, "--format", "guide", "--out", out.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("not written by 'setup-guide import'"), "\(output.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("001-forfaits.md"), encoding: .utf8) == "mine")

        let fresh = out.deletingLastPathComponent().appendingPathComponent(out.lastPathComponent + "-guides")
        #expect(try BinaryRunner.run(["import", Self.article.path, "--format", "guide", "--out", fresh.path]).status != 2)
        #expect(FileManager.default.fileExists(atPath: fresh.appendingPathComponent(".setup-guide-import").path))
        // a second import replaces its own folder
        #expect(try BinaryRunner.run(["import", Self.article.path, "--format", "guide", "--out", fresh.path]).status != 2)
    }

    @Test("verify --out and export --out to a folder say why, in the run's language")
    func reasonsInTheUsersLanguage() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let exports = BinaryRunner.packageRoot.appendingPathComponent("Tests/RealShapes/json-ps7-current-values").path
        let verify = try BinaryRunner.run(["verify", "--country", "FR", "--export", exports, "--out", folder.path, "--lang", "fr"])
        #expect(verify.status == 2)
        #expect(verify.stderr.contains("c'est un dossier"), "\(verify.stderr)")
        let export = try BinaryRunner.run(["export", "powershell", "--country", "FR", "--out", folder.path, "--lang", "fr"])
        #expect(export.status == 2)
        #expect(export.stderr.contains("c'est un dossier"), "\(export.stderr)")
        for said in [verify.stderr, export.stderr] {
            #expect(!said.contains("NSCocoaErrorDomain") && !said.contains("The operation") && !said.contains("couldn’t"), "\(said)")
        }
        let english = try BinaryRunner.run(["export", "powershell", "--country", "FR", "--out", folder.appendingPathComponent("none/x.ps1").path])
        #expect(english.status == 2)
        #expect(english.stderr.contains("the folder does not exist"), "\(english.stderr)")
    }
}
