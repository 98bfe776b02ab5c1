public import Foundation

/// Where an import writes: standard output, or a file created afresh.
public enum ImportDestination: Sendable, Equatable {
    /// Standard output.
    case standardOutput
    /// A file, by its path.
    case file(String)

    /// A path, or standard output for none or "-" (the usual name for it).
    public init(path: String?) {
        if let path, path != "-" { self = .file(path) } else { self = .standardOutput }
    }

    /// Writes `bytes` whole.
    public func write(_ bytes: [UInt8]) throws(ImportWriteError) {
        switch self {
        case .standardOutput:
            FileHandle.standardOutput.write(Data(bytes))
        case .file(let path):
            do { try Data(bytes).write(to: URL(fileURLWithPath: path)) } catch { throw ImportWriteError(destination: self) }
        }
    }

    /// A handle to stream into; a file's is the caller's to close.
    func handle() throws(ImportWriteError) -> FileHandle {
        guard case .file(let path) = self else { return FileHandle.standardOutput }
        // open(2) rather than FileManager.createFile, which may replace the file (think /dev/null)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw ImportWriteError(destination: self) }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}

/// An import's output could not be written.
public struct ImportWriteError: Error, Sendable, Equatable {
    /// Where it could not be written.
    public var destination: ImportDestination
}
