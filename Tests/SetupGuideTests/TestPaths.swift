import Foundation

/// Where the package, its content and the shared seeds are, found from this file.
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let content = packageRoot.appendingPathComponent("content")
    static let seeds = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func seed(_ prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
        guard let name = names.first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: seeds.path + "/" + prefix])
        }
        return seeds.appendingPathComponent(name)
    }

    /// Whether golden files should be written instead of compared (`RECORD_GOLDEN=1`).
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }
}
