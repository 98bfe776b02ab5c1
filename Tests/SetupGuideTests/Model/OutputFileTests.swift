import Foundation
import SetupGuide
import Testing

@Suite("The one output writer: whole files, no link followed out, reasons in both languages")
struct OutputFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aFileIsReplacedWholeAndNoTemporaryFileStays() throws {
        let folder = try Self.folder()
        let file = folder.appendingPathComponent("report.html")
        try "old".write(to: file, atomically: true, encoding: .utf8)
        try OutputFile.write(Array("new".utf8), to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
    }

    @Test func aLinkOutOfTheFolderIsRefusedAndItsTargetUntouched() throws {
        let folder = try Self.folder(), outside = try Self.folder().appendingPathComponent("passwd")
        try "keep".write(to: outside, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("out.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
        let failure = try #require(throws: OutputFile.Failure.self) { try OutputFile.write(Array("x".utf8), to: link) }
        #expect(failure.message(in: .french).contains("lien symbolique"))
        #expect(try String(contentsOf: outside, encoding: .utf8) == "keep")
    }

    @Test func aLinkInsideTheFolderIsWrittenThrough() throws {
        let folder = try Self.folder()
        let real = folder.appendingPathComponent("real.json")
        try "old".write(to: real, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("latest.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        try OutputFile.write(Array("new".utf8), to: link)
        #expect(try String(contentsOf: real, encoding: .utf8) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
    }

    @Test func aDeviceIsWrittenInPlace() throws {
        try OutputFile.write(Array("discarded".utf8), to: URL(fileURLWithPath: "/dev/null"))
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aFolderOrAMissingFolderIsNamedInTheUsersLanguage() throws {
        let folder = try Self.folder()
        let isFolder = try #require(throws: OutputFile.Failure.self) { try OutputFile.write([1], to: folder) }
        #expect(isFolder.message(in: .french) == "impossible d'écrire « \(folder.path) » : c'est un dossier ; indiquez un nom de fichier")
        let missing = folder.appendingPathComponent("none/x.txt")
        let noFolder = try #require(throws: OutputFile.Failure.self) { try OutputFile.write([1], to: missing) }
        #expect(noFolder.message(in: .english).hasSuffix("the folder does not exist"))
    }

    @Test func anImportFolderNeverReplacesAFolderItDidNotWrite() throws {
        let target = try Self.folder()
        try "mine".write(to: target.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        let writer = OutputFolder(marker: ".mark", markerText: "")
        #expect(throws: OutputFolder.Failure.notOurs(target.standardizedFileURL.path)) {
            try writer.write([.init(path: "notes.md", bytes: Array("theirs".utf8))], to: target)
        }
        #expect(try String(contentsOf: target.appendingPathComponent("notes.md"), encoding: .utf8) == "mine")
        #expect(throws: OutputFolder.Failure.unsafePath("../x.md")) {
            try writer.write([.init(path: "../x.md", bytes: [])], to: target.appendingPathComponent("new"))
        }
    }
}
