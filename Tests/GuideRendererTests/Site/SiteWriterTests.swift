import Foundation
import GuideRenderer
import SetupGuide
import Testing

@Suite("Site files: safe names, nothing outside --out, written whole")
struct SiteWriterTests {
    @Test("ids become file names that cannot leave the folder",
          arguments: ["../../etc", "/etc/passwd", "..", ".", "FR/../../x", "a\\b", "", "C:\\Windows", "fr\0x"])
    func safeNames(id: String) throws {
        let name = SitePaths.page(country: id, language: .french)
        #expect(!name.contains("/") && !name.contains("\\") && !name.contains(".."), "\(name)")
        #expect(name.hasSuffix(".html"))
        let root = try Fixture.temporaryFolder()
        let url = try #require(SitePaths.resolve(name, inside: root))
        #expect(url.deletingLastPathComponent().standardizedFileURL.path == root.standardizedFileURL.path)
    }

    @Test("two different ids never share a file")
    func distinctNames() {
        #expect(SitePaths.safeComponent("a/b") != SitePaths.safeComponent("a_b"))
        #expect(SitePaths.safeComponent("FR") == "FR")
    }

    @Test("paths that climb out or start at the root are refused",
          arguments: ["../x.html", "/etc/passwd", "a/../../x", "./x", "a//b", "assets/../../x"])
    func resolveRefuses(path: String) throws {
        #expect(SitePaths.resolve(path, inside: try Fixture.temporaryFolder()) == nil)
    }

    @Test("a site with a path outside the folder writes nothing at all")
    func unsafeSite() throws {
        let parent = try Fixture.temporaryFolder()
        let out = parent.appendingPathComponent("site")
        let site = RenderedSite(files: [.init(path: "index.html", contents: "ok"), .init(path: "../../etc/evil", contents: "x")])
        #expect(throws: SiteWriter.Failure.unsafePath("../../etc/evil")) { try SiteWriter().write(site, to: out) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty, "no staging folder left")
    }

    @Test("writing replaces an earlier site whole and leaves no staging folder")
    func replaces() throws {
        let parent = try Fixture.temporaryFolder()
        let out = parent.appendingPathComponent("site")
        try SiteWriter().write(RenderedSite(files: [.init(path: "old.html", contents: "old")]), to: out)
        try SiteWriter().write(RenderedSite(files: [.init(path: "index.html", contents: "new"), .init(path: "assets/a.css", contents: "")]), to: out)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == [SitePaths.marker, "assets", "index.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    @Test("a folder that holds other files is refused and left untouched")
    func refusesForeignFolder() throws {
        let out = try Fixture.temporaryFolder()
        try "keep me".write(to: out.appendingPathComponent("thesis.docx"), atomically: true, encoding: .utf8)
        #expect(throws: SiteWriter.Failure.notASite(out.standardizedFileURL.path)) {
            try SiteWriter().write(RenderedSite(files: [.init(path: "index.html", contents: "x")]), to: out)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["thesis.docx"])
    }

    @Test("an empty folder is used")
    func emptyFolder() throws {
        let out = try Fixture.temporaryFolder()
        try SiteWriter().write(RenderedSite(files: [.init(path: "index.html", contents: "x")]), to: out)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }
}
