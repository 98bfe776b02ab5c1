import Foundation
internal import GRDB
internal import SetupGuideModel
internal import SetupGuidePlanning

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// What a file on disk is, read from its first 100 bytes (SQLite's header) before anything else
/// touches it: so that another application's database is refused before a lock file, a write-ahead
/// log or a journal-mode switch could change it, and a read never creates a tenant.
enum TenantFile {
    /// The file as its header shows it.
    enum State: Equatable {
        /// Zero bytes: no tenant yet (a `touch`, or a creation killed by an older setup-guide).
        case empty
        /// Not a SQLite file at all.
        case notSQLite
        /// A SQLite file with another application's `application_id`.
        case foreign(applicationID: Int32)
        /// A SQLite file with no application id and no schema yet: nothing in it to lose.
        case blank
        /// A SQLite file with no application id whose schema was ever changed: someone's database.
        case unmarked
        /// A setup-guide tenant, by its application id.
        case tenant
    }

    /// SQLite's header: magic string, then big-endian fields at fixed offsets
    /// (https://www.sqlite.org/fileformat.html#the_database_header).
    static func state(at path: String) throws(TenantStoreError) -> State {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == EACCES || code == EPERM {
                throw .unusable(path: path, reason: .init("it cannot be read (permission denied)", "il ne peut pas être lu (permission refusée)"))
            }
            throw .unusable(path: path, reason: FileFault(code: code).reason)
        }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 100)
        let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 100) }
        if count == 0 { return .empty }
        guard count == 100, header[0..<16].elementsEqual(Array("SQLite format 3\0".utf8)) else { return .notSQLite }
        func field(_ offset: Int) -> UInt32 {
            header[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
        }
        let application = Int32(bitPattern: field(68))
        if application == RehearsalTenant.applicationID { return .tenant }
        if application != 0 { return .foreign(applicationID: application) }
        // the schema cookie is bumped by every CREATE, ALTER and DROP
        return field(40) == 0 ? .blank : .unmarked
    }

    /// Whether `path` has a write-ahead log with something in it (a crash left frames to replay).
    static func hasPendingLog(_ path: String) -> Bool {
        ((try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int ?? 0) > 0
    }

    /// Whether this process may write the file and make files beside it (the `-wal` and `-shm`).
    static func isWritable(_ path: String) -> Bool {
        access(path, W_OK) == 0 && access((path as NSString).deletingLastPathComponent.nonEmpty ?? ".", W_OK) == 0
    }

    /// Whether the disk holding `path` has (almost) no room left: SQLite reports some writes of
    /// a full disk (growing the `-shm`, a sync) as an input/output error.
    static func isDiskFull(near path: String) -> Bool {
        var info = statvfs()
        let folder = (path as NSString).deletingLastPathComponent.nonEmpty ?? "."
        guard statvfs(folder, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 256 * 1024
    }

    /// The name a new tenant is built under, beside the target so that renaming is atomic.
    static func buildPath(for path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = "." + (path as NSString).lastPathComponent + ".creating"
        return folder.isEmpty ? name : folder + "/" + name
    }

    /// Builds a new tenant beside `path` and renames it into place, so that a kill at any point
    /// leaves either no tenant (and a leftover the next creation sweeps away) or a whole one.
    /// The caller holds the exclusive lock, so no one else builds or opens it meanwhile.
    static func create(at path: String, migrator: DatabaseMigrator) throws(TenantStoreError) {
        let building = buildPath(for: path)
        sweep(building)
        do {
            // Rollback journal while building: once committed and closed, the file stands alone
            // (no write-ahead log to carry along); the first writer switches it to WAL.
            var configuration = Configuration()
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            let database = try DatabaseQueue(path: building, configuration: configuration)
            try migrator.migrate(database)
            try database.close()
        } catch {
            sweep(building)
            throw RehearsalTenant.storeFault(error, path: path)
        }
        // A leftover log of the file being replaced must not be replayed into the new one.
        for suffix in ["-wal", "-shm", "-journal"] { unlink(path + suffix) }
        guard syncFile(building), rename(building, path) == 0 else {
            let fault = FileFault(code: errno)
            sweep(building)
            throw fault.storeError(path: path)
        }
        syncFile((path as NSString).deletingLastPathComponent.nonEmpty ?? ".")
        sweep(building)
    }

    /// Removes what a killed creation left: the half-built file and its journals.
    static func sweep(_ building: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(building + suffix) }
    }

    @discardableResult
    private static func syncFile(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return fsync(descriptor) == 0 || errno == EINVAL
    }
}

extension FileFault {
    /// The store error this fault means for the tenant at `path`.
    func storeError(path: String) -> TenantStoreError {
        switch code {
        case ENOSPC, EDQUOT: .diskFull(path: path)
        case EROFS, EACCES, EPERM: .readOnly(path: path)
        default: .writeFailed(path: path, reason: reason)
        }
    }
}

extension String {
    /// Nil for the empty string.
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
