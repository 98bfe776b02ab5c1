public import Foundation

/// The one writer of output folders (`render --out`, `import --out DIR`): every file goes into
/// a hidden folder beside the target, which then takes the target's place, so a failure leaves
/// the old folder (or nothing) rather than half of one, and nothing is ever written through a
/// link or outside the target.
///
/// A folder that exists and holds files is replaced only when an earlier write by the same
/// command left `marker` in it: `--out ~` must never wipe a home folder.
public struct OutputFolder: Sendable {
    /// One file to write, by its path inside the folder.
    public struct File: Sendable, Equatable {
        /// The path, `/`-separated, relative to the folder.
        public var path: String
        /// The bytes.
        public var bytes: [UInt8]

        /// Creates a file.
        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// Why the folder was not written. Nothing was changed in the target.
    public enum Failure: Error, Sendable, Equatable {
        /// The target exists and is not a folder this command made (or is a link).
        case notOurs(String)
        /// A file would land outside the target.
        case unsafePath(String)
        /// The file system refused.
        case io(String, reason: BilingualText)
    }

    /// The name of the file that marks a folder as this command's.
    public var marker: String
    /// What the marker file says.
    public var markerText: String

    /// A writer that marks its folders with `marker`.
    public init(marker: String, markerText: String) {
        self.marker = marker
        self.markerText = markerText
    }

    /// The file `relative` inside `root`, or `nil` when it would land anywhere else.
    public static func resolve(_ relative: String, inside root: URL) -> URL? {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.hasPrefix("/"), !parts.isEmpty,
            parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\\") && !$0.contains("\0") })
        else { return nil }
        let base = root.standardizedFileURL
        let url = parts.reduce(base) { $0.appendingPathComponent(String($1)) }.standardizedFileURL
        let prefix = base.path.hasSuffix("/") ? base.path : base.path + "/"
        return url.path.hasPrefix(prefix) ? url : nil
    }

    /// Writes `files` so that `folder` holds exactly them and the marker.
    public func write(_ files: [File], to folder: URL) throws(Failure) {
        let manager = FileManager.default
        let target = folder.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        var status = stat()
        let exists = lstat(target.path, &status) == 0
        if exists {
            // a link is neither followed nor replaced: it may lead anywhere
            guard status.st_mode & S_IFMT == S_IFDIR else { throw .notOurs(target.path) }
            let contents = (try? manager.contentsOfDirectory(atPath: target.path)) ?? []
            if !contents.isEmpty && !contents.contains(marker) { throw .notOurs(target.path) }
        }
        // check every path before touching the disk
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(UUID().uuidString)")
        for file in files where Self.resolve(file.path, inside: staging) == nil { throw .unsafePath(file.path) }
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw .io(parent.path, reason: Self.reason(error))
        }
        do throws(Failure) {
            for file in files {
                guard let url = Self.resolve(file.path, inside: staging) else { throw .unsafePath(file.path) }
                do {
                    try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                } catch {
                    throw .io(target.appendingPathComponent(file.path).path, reason: Self.reason(error))
                }
                // No sync per file: a folder can be made again, and the swap keeps it whole.
                do {
                    try OutputFile.write(file.bytes, to: url, sync: false)
                } catch {
                    throw .io(target.appendingPathComponent(file.path).path, reason: error.reason)
                }
            }
            do {
                try OutputFile.write(Array(markerText.utf8), to: staging.appendingPathComponent(marker), sync: false)
            } catch {
                throw .io(target.appendingPathComponent(marker).path, reason: error.reason)
            }
            do {
                try swap(staging, into: target, replacing: exists)
            } catch {
                throw .io(target.path, reason: Self.reason(error))
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }

    /// Puts `staging` where `target` is; the old folder is moved aside first and put back if
    /// the move fails.
    private func swap(_ staging: URL, into target: URL, replacing: Bool) throws {
        let manager = FileManager.default
        guard replacing else {
            try manager.moveItem(at: staging, to: target)
            return
        }
        let old = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).old-\(UUID().uuidString)")
        try manager.moveItem(at: target, to: old)
        do {
            try manager.moveItem(at: staging, to: target)
        } catch {
            try? manager.moveItem(at: old, to: target)
            throw error
        }
        try? manager.removeItem(at: old)
    }

    /// The reason of a Foundation error in both languages, never Foundation's English.
    public static func reason(_ error: any Error) -> BilingualText {
        if let failure = error as? OutputFile.Failure { return failure.reason }
        return FileFault(error)?.reason ?? BilingualText("the file system refused", "le système de fichiers a refusé")
    }
}
