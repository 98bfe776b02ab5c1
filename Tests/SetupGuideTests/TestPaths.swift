import Foundation

/// Where the package, its content and the test fixtures are, found from this file.
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let content = packageRoot.appendingPathComponent("content")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// The project's own DocFX and plain-text articles, which stand in for the seeds in a clone.
    static let articles = fixtures.appendingPathComponent("Articles")

    /// The fixture article whose name starts with `prefix` ("001" finds `001-forfaits.md`).
    static func article(_ prefix: String) throws -> URL {
        try firstFile(in: articles, prefix: prefix + "-")
    }

    /// The first file of `folder`, in name order, whose name starts with `prefix`.
    static func firstFile(in folder: URL, prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: folder.appendingPathComponent(prefix).path])
        }
        return folder.appendingPathComponent(name)
    }

    /// Whether golden files should be written instead of compared (`RECORD_GOLDEN=1`).
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }
}
