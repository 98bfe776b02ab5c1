public import Foundation
public import SetupGuideModel

/// Where an import writes: standard output, or a file written whole by `OutputFile` (a temporary
/// file beside it, then a rename; no link out of its folder is followed).
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
        try stream { sink throws(OutputFile.Failure) in try sink(bytes) }
    }

    /// Streams into the destination through `body`, which is handed a function that appends bytes;
    /// a file appears only once all of it is written.
    func stream(_ body: (_ append: ([UInt8]) throws(OutputFile.Failure) -> Void) throws(OutputFile.Failure) -> Void) throws(ImportWriteError) {
        switch self {
        case .standardOutput:
            do {
                try body { bytes throws(OutputFile.Failure) in FileHandle.standardOutput.write(Data(bytes)) }
            } catch {
                throw ImportWriteError(destination: self, reason: error.reason)
            }
        case .file(let path):
            do {
                try OutputFile.write(to: URL(fileURLWithPath: path)) { sink throws(OutputFile.Failure) in
                    try body { bytes throws(OutputFile.Failure) in try sink.write(bytes) }
                }
            } catch {
                throw ImportWriteError(destination: self, reason: error.reason)
            }
        }
    }
}

/// An import's output could not be written; nothing was left half-written.
public struct ImportWriteError: Error, Sendable, Equatable {
    /// Where it could not be written.
    public var destination: ImportDestination
    /// Why, in both languages.
    public var reason: BilingualText

    /// Creates a failure.
    public init(destination: ImportDestination, reason: BilingualText) {
        self.destination = destination
        self.reason = reason
    }
}
