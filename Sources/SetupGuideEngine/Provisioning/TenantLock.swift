internal import SetupGuideModel
internal import SetupGuidePlanning

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// An advisory lock on `<tenant>.lock`, held for as long as the tenant is open.
///
/// `flock` rather than SQLite's own locking: SQLite only locks for the length of a transaction,
/// while a wizard run writes through many transactions and must keep other writers out between
/// them. The kernel drops the lock when the process dies, so a crash never leaves it stuck.
final class TenantLock: Sendable {
    private let descriptor: Int32

    /// How long a process waits for the lock before it is refused: long enough for another's
    /// quick look (`tenant show` holds a shared lock for milliseconds), short enough that a
    /// tenant held by a wizard run is reported at once.
    static let patience: Double = 1

    /// Takes the lock, exclusive for a writer, shared for a reader; waits at most `patience`.
    init(path: String, exclusive: Bool) throws(TenantStoreError) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .unusable(path: path, reason: .init("cannot open the lock file (errno \(errno))", "impossible d'ouvrir le fichier de verrou (errno \(errno))"))
        }
        var attempts = Int(Self.patience / 0.05)
        while flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR || (code == EWOULDBLOCK && attempts > 0) {
                attempts -= 1
                usleep(50_000)
                continue
            }
            close(fd)
            if code == EWOULDBLOCK {
                throw .inUse(path: String(path.dropLast(".lock".count)))
            }
            throw .unusable(path: path, reason: .init("cannot lock it (errno \(code))", "impossible de le verrouiller (errno \(code))"))
        }
        descriptor = fd
    }

    deinit {
        // Closing the descriptor releases the lock; the file stays, as removing it would race with
        // a process that has just opened it.
        close(descriptor)
    }
}
