internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// A file mapped read-only into memory, whose pages already read can be given back.
///
/// Exports are read once, front to back. A mapped page counts in the process's memory from the
/// moment it is read until the mapping goes, so two 140 MB exports read side by side would hold
/// 280 MB of pages nobody needs any more. `release(upTo:)` tells the kernel which pages are done
/// with; they are dropped, and would be read from the file again if touched. The mapping is
/// private and read-only, so a page given back too early costs a second read, never wrong bytes.
///
/// ```swift
/// let file = try MappedFile(path: "exports/Get-CsOnlineUser.json")
/// parse(file.bytes) { offset in file.release(upTo: offset) }
/// ```
final class MappedFile {
    /// The file's bytes, valid while the instance lives.
    let bytes: UnsafeBufferPointer<UInt8>
    private let base: UnsafeMutableRawPointer?
    private let length: Int
    /// Bytes before this offset have been given back.
    private var released = 0
    /// Pages are given back this many bytes at a time.
    static let step = 4 << 20

    /// Why a file could not be mapped.
    struct Failure: Error {
        let code: Int32
    }

    /// Maps the file at `path`; an empty file gives empty bytes.
    init(path: String) throws(Failure) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(code: errno) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw Failure(code: EISDIR) }
        length = Int(status.st_size)
        guard length > 0 else {
            base = nil
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else {
            throw Failure(code: errno)
        }
        base = mapped
        bytes = UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: length)
        // Read front to back: the kernel may read ahead further.
        _ = madvise(mapped, length, MADV_SEQUENTIAL)
    }

    /// Gives back the whole pages before `offset`, a few megabytes at a time; a call below what
    /// was already given back does nothing.
    func release(upTo offset: Int) {
        guard let base else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = min(offset, length) / page * page
        // In steps of a few megabytes: one system call per page would cost more than it saves.
        guard end - released >= Self.step || (offset >= length && end > released) else { return }
        _ = madvise(base + released, end - released, MADV_DONTNEED)
        released = end
    }

    deinit {
        if let base { munmap(base, length) }
    }
}
