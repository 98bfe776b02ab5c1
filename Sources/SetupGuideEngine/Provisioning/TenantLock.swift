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
///
/// Readers are never kept waiting by a writer: a wizard holds its lock for as long as it waits at
/// a prompt, and `tenant show`, `verify --tenant` or `render --tenant` must still read. A reader
/// shares the lock when it is free; when a writer holds it, the reader goes on without it and
/// reads the last committed state, which SQLite's WAL mode gives every read transaction. A
/// reader never creates the lock file either, so reading a tenant changes nothing on disk.
final class TenantLock: Sendable {
    private let descriptor: Int32

    /// How long a writer waits for the lock before it is refused: long enough for another's
    /// quick look (`tenant show` holds a shared lock for milliseconds), short enough that a
    /// tenant held by a wizard run is reported at once.
    static let patience: Double = 1

    /// Takes the lock, exclusive for a writer (waiting at most `patience`), shared for a reader
    /// (never waiting: see the type's note).
    init(path: String, exclusive: Bool) throws(TenantStoreError) {
        let fd = exclusive ? open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644) : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if !exclusive, errno == ENOENT {
                // no lock file: no writer has ever opened this tenant, nothing to share
                descriptor = -1
                return
            }
            throw .unusable(path: path, reason: .init("cannot open the lock file (errno \(errno))", "impossible d'ouvrir le fichier de verrou (errno \(errno))"))
        }
        var attempts = exclusive ? Int(Self.patience / 0.05) : 0
        while flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR || (code == EWOULDBLOCK && attempts > 0) {
                attempts -= 1
                usleep(50_000)
                continue
            }
            if !exclusive, code == EWOULDBLOCK {
                // a writer holds the tenant: read its last committed state without the lock
                close(fd)
                descriptor = -1
                return
            }
            close(fd)
            if code == EWOULDBLOCK {
                throw .inUse(path: String(path.dropLast(".lock".count)))
            }
            throw .unusable(path: path, reason: .init("cannot lock it (errno \(code))", "impossible de le verrouiller (errno \(code))"))
        }
        descriptor = fd
    }

    /// Whether the lock is held (a reader that found a writer holds none).
    var isHeld: Bool { descriptor >= 0 }

    deinit {
        // Closing the descriptor releases the lock; the file stays, as removing it would race with
        // a process that has just opened it.
        if descriptor >= 0 { close(descriptor) }
    }
}
