public import Foundation

/// Paths as people write them.
public enum DisplayPath {
    /// A path as the user would write it: relative to the current folder when inside it.
    public static func of(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
