public import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// Writes a rendered site into a folder all at once: the files go into a hidden folder beside
/// the target, which then takes the target's place, so a failure leaves the old site (or
/// nothing) rather than half a site.
///
/// A folder that exists and holds files is replaced only when an earlier render left its
/// marker in it: `--out ~` must never wipe a home folder.
public struct SiteWriter: Sendable {
    /// Why the site was not written. Nothing was changed in the target.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The target exists and is not a folder made by this command.
        case notASite(String)
        /// A file of the site would land outside the target.
        case unsafePath(String)
        /// The file system refused.
        case io(String, reason: String)

        /// A sentence for the user, in English.
        public var description: String { message(in: .english) }

        /// A sentence for the user in `language`.
        public func message(in language: Language) -> String {
            switch self {
            case .notASite(let path):
                BilingualText(
                    "'\(path)' exists and was not written by 'setup-guide render'; choose a new or empty folder",
                    "'\(path)' existe et n'a pas été écrit par 'setup-guide render' ; choisissez un dossier nouveau ou vide")[language]
            case .unsafePath(let path):
                BilingualText(
                    "the file '\(path)' would be written outside the output folder; nothing was written",
                    "le fichier '\(path)' serait écrit hors du dossier de sortie ; rien n'a été écrit")[language]
            case .io(let path, let reason):
                BilingualText(
                    "cannot write '\(path)': \(reason); nothing was changed",
                    "impossible d'écrire '\(path)' : \(reason) ; rien n'a été modifié")[language]
            }
        }
    }

    /// Creates a writer.
    public init() {}

    /// Writes `site` so that `folder` holds exactly its files.
    public func write(_ site: RenderedSite, to folder: URL) throws(Failure) {
        let files = FileManager.default
        let target = folder.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        let exists = files.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else { throw .notASite(target.path) }
            let contents = (try? files.contentsOfDirectory(atPath: target.path)) ?? []
            if !contents.isEmpty && !contents.contains(SitePaths.marker) { throw .notASite(target.path) }
        }
        // check every path before touching the disk
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(UUID().uuidString)")
        for file in site.files where SitePaths.resolve(file.path, inside: staging) == nil {
            throw .unsafePath(file.path)
        }
        do {
            try files.createDirectory(at: parent, withIntermediateDirectories: true)
            try files.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw .io(parent.path, reason: Self.reason(error))
        }
        do {
            for file in site.files {
                guard let url = SitePaths.resolve(file.path, inside: staging) else { throw Failure.unsafePath(file.path) }
                try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Self.writeFile(file.contents, to: url)
            }
            try Self.writeFile(
                "Written by setup-guide render; a new render replaces this folder.\n",
                to: staging.appendingPathComponent(SitePaths.marker))
            try swap(staging, into: target, replacing: exists)
        } catch let failure as Failure {
            try? files.removeItem(at: staging)
            throw failure
        } catch {
            try? files.removeItem(at: staging)
            throw .io(target.path, reason: Self.reason(error))
        }
    }

    /// Puts `staging` where `target` is; the old site is moved aside first and put back if
    /// the move fails.
    private func swap(_ staging: URL, into target: URL, replacing: Bool) throws {
        let files = FileManager.default
        guard replacing else {
            try files.moveItem(at: staging, to: target)
            return
        }
        let old = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).old-\(UUID().uuidString)")
        try files.moveItem(at: target, to: old)
        do {
            try files.moveItem(at: staging, to: target)
        } catch {
            try? files.moveItem(at: old, to: target)
            throw error
        }
        try? files.removeItem(at: old)
    }

    /// Writes a file with plain POSIX calls. Foundation's `Data.write` syncs every file to disk
    /// on Linux, which made writing 80 pages take half a second; a site can be made again, so
    /// it is not worth a sync per file, and the folder swap keeps it whole.
    private static func writeFile(_ text: String, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        defer { close(descriptor) }
        var text = text
        try text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = posixWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: url.path])
                }
                offset += written
            }
        }
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}

/// `write(2)`, out of reach of `SiteWriter.write` which would shadow it inside the type.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
