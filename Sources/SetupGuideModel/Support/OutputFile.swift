public import Foundation

/// The one writer of output files (`render`, `import`, `verify`, `export`): the bytes go into a
/// temporary file beside the target, which then takes the target's place by a rename, so a full
/// disk or a kill leaves the old file (or none), never a cut one.
///
/// A symbolic link that leads out of the target's folder is refused, not followed, and so is a
/// folder; a device such as `/dev/null` or `/dev/stdout` is written in place.
///
/// ```swift
/// try OutputFile.write(Array(text.utf8), to: URL(fileURLWithPath: "report.html"))
/// ```
public enum OutputFile {
    /// Why a file was not written; whatever was at the path is as it was.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The path refused.
        public var path: String
        /// Why, in both languages.
        public var reason: BilingualText

        /// Creates a failure.
        public init(path: String, reason: BilingualText) {
            self.path = path
            self.reason = reason
        }

        /// A failure for an `errno`.
        public init(path: String, fault: FileFault) { self.init(path: path, reason: fault.reason) }

        /// "cannot write 'PATH': REASON" in `language`.
        public func message(in language: Language) -> String {
            BilingualText("cannot write '\(path)': \(reason.english)", "impossible d'écrire « \(path) » : \(reason.french)")[language]
        }

        /// The English message.
        public var description: String { message(in: .english) }
    }

    /// A place to stream bytes into; what it writes lands only when the whole write succeeds.
    public struct Sink {
        fileprivate let descriptor: Int32
        fileprivate let path: String

        /// Appends `bytes`.
        public func write(_ bytes: some Collection<UInt8>) throws(Failure) {
            var failure: Failure?
            let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
                failure = Self.writeAll(descriptor, buffer, path: path)
            }
            if done == nil {
                let copy = Array(bytes)
                copy.withUnsafeBufferPointer { failure = Self.writeAll(descriptor, $0, path: path) }
            }
            if let failure { throw failure }
        }

        /// Appends `text` as UTF-8.
        public func write(_ text: String) throws(Failure) { try write(Array(text.utf8)) }

        private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeBufferPointer<UInt8>, path: String) -> Failure? {
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return Failure(path: path, fault: FileFault(code: errno))
                }
                offset += written
            }
            return nil
        }
    }

    /// Writes `bytes` whole to `url`.
    public static func write(_ bytes: some Collection<UInt8>, to url: URL, sync: Bool = true) throws(Failure) {
        try write(to: url, sync: sync) { sink throws(Failure) in try sink.write(bytes) }
    }

    /// Streams into `url` through `body`; the file appears only once `body` and the write succeed.
    /// `sync` puts the file on the disk before the rename (skip it for many files that can be made again).
    public static func write(to url: URL, sync: Bool = true, _ body: (Sink) throws(Failure) -> Void) throws(Failure) {
        let path = url.path
        var target = path
        var status = stat()
        if lstat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFLNK:
                guard let resolved = realpath(path, nil) else { throw Failure(path: path, fault: FileFault(code: errno)) }
                target = String(cString: resolved)
                free(resolved)
                var resolvedStatus = stat()
                guard stat(target, &resolvedStatus) == 0 else { throw Failure(path: path, fault: FileFault(code: errno)) }
                if resolvedStatus.st_mode & S_IFMT == S_IFCHR || resolvedStatus.st_mode & S_IFMT == S_IFIFO {
                    return try writeInPlace(target, shownAs: path, body)  // /dev/stdout, a pipe
                }
                let folder = realFolder(of: path)
                guard (target as NSString).deletingLastPathComponent == folder else {
                    throw Failure(path: path, reason: BilingualText(
                        "it is a symbolic link to '\(target)', outside its folder; it was not followed",
                        "c'est un lien symbolique vers « \(target) », hors de son dossier ; il n'a pas été suivi"))
                }
                if resolvedStatus.st_mode & S_IFMT == S_IFDIR { throw Failure(path: path, fault: FileFault(code: EISDIR)) }
            case S_IFDIR:
                throw Failure(path: path, fault: FileFault(code: EISDIR))
            case S_IFCHR, S_IFIFO:
                return try writeInPlace(path, shownAs: path, body)
            default: break
            }
        }
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + "." + (target as NSString).lastPathComponent + ".tmp-" + UUID().uuidString
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            throw Failure(path: path, fault: FileFault(code: code == ENOENT ? ENOENT : code))
        }
        do throws(Failure) {
            try body(Sink(descriptor: descriptor, path: path))
            if sync, fsync(descriptor) != 0 { throw Failure(path: path, fault: FileFault(code: errno)) }
            guard close(descriptor) == 0 else {
                unlink(temporary)
                throw Failure(path: path, fault: FileFault(code: errno))
            }
            guard rename(temporary, target) == 0 else { throw Failure(path: path, fault: FileFault(code: errno)) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
    }

    /// The real path of the folder holding `path` (its links resolved), to compare a link's target with.
    static func realFolder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        guard let resolved = realpath(folder.isEmpty ? "." : folder, nil) else { return folder }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func writeInPlace(_ target: String, shownAs path: String, _ body: (Sink) throws(Failure) -> Void) throws(Failure) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: path, fault: FileFault(code: errno)) }
        defer { close(descriptor) }
        try body(Sink(descriptor: descriptor, path: path))
    }
}

/// `write(2)`, out of reach of the `write` methods above, which would shadow it.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
