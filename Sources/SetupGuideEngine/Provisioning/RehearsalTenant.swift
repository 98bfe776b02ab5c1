public import Foundation
internal import GRDB
public import SetupGuideModel
internal import SetupGuidePlanning

/// The embedded rehearsal tenant: a SQLite file that behaves like a Teams Phone tenant, so a guide
/// can be run end to end without touching a real organisation.
///
/// ```swift
/// let tenant = try RehearsalTenant(at: url, create: true, countries: { catalogue.country($0) })
/// try tenant.buyLicences(.phoneSystem, quantity: 100)
/// let reservation = try tenant.searchNumbers(country: "US", city: "Seattle", areaCode: nil,
///                                            quantity: 20, type: .user, address: nil)
/// ```
///
/// Each action runs in one transaction; a refusal rolls it back, so it changes nothing. The file
/// is in WAL mode, and a lock file keeps a second process out while one writes.
public final class RehearsalTenant: ProvisioningEngine, Sendable {
    /// Finds a country's facts by ISO code.
    public typealias CountryLookup = @Sendable (String) -> Country?

    /// The tenant file.
    public let url: URL
    let database: DatabaseQueue
    let clock: any TenantClock
    let countries: CountryLookup
    private let lock: TenantLock?
    /// The private copy a read-only tenant is read from, when SQLite could not read it in place.
    private let scratch: URL?
    /// The `-wal` and `-shm` files a read-only opening made where there were none, removed when
    /// the tenant is released, so that reading leaves the folder as it was.
    private let readersLeftovers: [String]
    /// The outboxes this process has swept of a killed write's temporary files: once per outbox
    /// is enough, as this process's own writes leave none, and a sweep reads the whole folder
    /// (100,000 mails sent in batches of 500 read it 200 times).
    let sweptOutboxes = Locked<Set<String>>([])

    /// How long a search holds its numbers.
    public static let reservationLifetime: TimeInterval = 10 * 60

    /// Opens the tenant at `url`, creating it when `create` is true.
    ///
    /// A writer holds an exclusive lock until the tenant is released; a reader (`readOnly`) shares
    /// it with other readers. Throws `TenantStoreError.inUse` when the lock stays taken for a second.
    ///
    /// Before anything is written, the file is checked for what it is: another application's
    /// database, an empty file, a newer or altered schema, or a damaged one is refused unchanged,
    /// and a reader never creates, migrates or switches anything. A new tenant is built beside
    /// the target and renamed into place, so a kill leaves either none or a whole one.
    public init(
        at url: URL, create: Bool = false, readOnly: Bool = false, clock: any TenantClock = SystemClock(),
        countries: @escaping CountryLookup
    ) throws {
        let path = url.path
        let manager = FileManager.default
        var state: TenantFile.State? = manager.fileExists(atPath: path) ? try TenantFile.state(at: path) : nil
        if state == nil {
            guard create else { throw TenantStoreError.missing(path: path) }
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw Self.storeError(error, path: path)
            }
        }
        // Another's database and what is no tenant at all are refused before the lock file exists.
        try Self.refuseUnlessTenant(state, path: path, creating: create)
        if !readOnly, state != nil, !TenantFile.isWritable(path) { throw TenantStoreError.readOnly(path: path) }

        do {
            lock = try TenantLock(path: path + ".lock", exclusive: !readOnly)
        } catch {
            // A reader of a tenant on read-only media cannot make the lock file; nobody can write
            // there either, so there is nothing to keep out.
            if case .inUse = error { throw error }
            guard !TenantFile.isWritable(path) else { throw error }
            guard readOnly else { throw TenantStoreError.readOnly(path: path) }
            lock = nil
        }
        // With the shared lock no writer is at work, so side files that are not there now are
        // this reader's own; a writer's (when the lock was not had) are left to it.
        readersLeftovers = readOnly && lock?.isHeld == true ? [path + "-wal", path + "-shm"].filter { !manager.fileExists(atPath: $0) } : []
        self.url = url
        self.clock = clock
        self.countries = countries

        if !readOnly {
            TenantFile.sweep(TenantFile.buildPath(for: path))
            // Under the lock: another process may have made it since the first look.
            state = manager.fileExists(atPath: path) ? try TenantFile.state(at: path) : nil
            try Self.refuseUnlessTenant(state, path: path, creating: create)
            if state == nil || state == .empty || (state == .blank && !TenantFile.hasPendingLog(path)) {
                try TenantFile.create(at: path, migrator: Self.migrator)
            }
        }
        let inspected: DatabaseQueue, copy: URL?
        do {
            (inspected, copy) = try Self.inspect(path: path, readOnly: readOnly)
        } catch TenantStoreError.empty(let path) where create && !readOnly {
            // a blank file whose log held no table either: nothing to lose
            try TenantFile.create(at: path, migrator: Self.migrator)
            (inspected, copy) = try Self.inspect(path: path, readOnly: readOnly)
        }
        scratch = copy
        if readOnly {
            database = inspected
            return
        }
        try? inspected.close()

        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.foreignKeysEnabled = true
        // The lock file already keeps writers apart; this only covers a checkpoint in progress.
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            // WAL with synchronous NORMAL stays consistent after a crash and avoids an fsync per commit.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Bulk steps touch every row of 100,000-user tenants; SQLite's 2 MB default cache
            // thrashes on the indexes. 32 MB is a ceiling, used only as the file grows.
            try db.execute(sql: "PRAGMA cache_size = -32768")
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    deinit {
        if !readersLeftovers.isEmpty {
            try? database.close()
            for leftover in readersLeftovers { try? FileManager.default.removeItem(atPath: leftover) }
        }
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    /// SQLite's `application_id` for tenant files ("SGT1"), so a tenant is told from other databases.
    static let applicationID: Int32 = 0x5347_5431

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE licences (sku TEXT PRIMARY KEY NOT NULL, purchased INTEGER NOT NULL CHECK (purchased >= 0));
                CREATE TABLE users (
                    upn TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
                    displayName TEXT NOT NULL,
                    usageLocation TEXT,
                    city TEXT,
                    department TEXT,
                    preferredLanguage TEXT,
                    accountKind TEXT NOT NULL DEFAULT 'person',
                    notifiedAt REAL
                );
                CREATE INDEX users_department ON users(department);
                CREATE TABLE userLicences (
                    upn TEXT NOT NULL REFERENCES users(upn) ON DELETE CASCADE COLLATE NOCASE,
                    sku TEXT NOT NULL,
                    PRIMARY KEY (upn, sku)
                ) WITHOUT ROWID;
                CREATE INDEX userLicences_sku ON userLicences(sku);
                CREATE TABLE addresses (
                    id TEXT PRIMARY KEY NOT NULL,
                    companyName TEXT NOT NULL,
                    houseNumber TEXT,
                    streetName TEXT NOT NULL,
                    city TEXT NOT NULL,
                    stateOrProvince TEXT,
                    postalCode TEXT,
                    countryOrRegion TEXT NOT NULL,
                    latitude REAL,
                    longitude REAL,
                    description TEXT,
                    elin TEXT,
                    validationStatus TEXT NOT NULL DEFAULT 'NotValidated',
                    correctedFields TEXT NOT NULL DEFAULT ''
                );
                CREATE TABLE locations (
                    id TEXT PRIMARY KEY NOT NULL,
                    addressId TEXT NOT NULL REFERENCES addresses(id),
                    name TEXT NOT NULL,
                    isDefault INTEGER NOT NULL,
                    UNIQUE (addressId, name)
                );
                CREATE TABLE reservations (
                    id TEXT PRIMARY KEY NOT NULL,
                    country TEXT NOT NULL,
                    city TEXT,
                    areaCode TEXT,
                    numberKind TEXT NOT NULL,
                    quantity INTEGER NOT NULL,
                    addressId TEXT REFERENCES addresses(id),
                    createdAt REAL NOT NULL,
                    expiresAt REAL NOT NULL,
                    status TEXT NOT NULL
                );
                CREATE TABLE numberRequests (
                    id TEXT PRIMARY KEY NOT NULL,
                    country TEXT NOT NULL,
                    city TEXT,
                    numberKind TEXT NOT NULL,
                    quantity INTEGER NOT NULL,
                    createdAt REAL NOT NULL
                );
                CREATE TABLE portOrders (
                    id TEXT PRIMARY KEY NOT NULL,
                    country TEXT NOT NULL,
                    numberKind TEXT NOT NULL,
                    quantity INTEGER NOT NULL,
                    carrier TEXT,
                    manual INTEGER NOT NULL,
                    createdAt REAL NOT NULL
                );
                CREATE TABLE numbers (
                    telephoneNumber TEXT PRIMARY KEY NOT NULL,
                    isoCountryCode TEXT NOT NULL,
                    city TEXT,
                    numberKind TEXT NOT NULL,
                    origin TEXT NOT NULL,
                    state TEXT NOT NULL,
                    capability TEXT NOT NULL,
                    reservationId TEXT REFERENCES reservations(id),
                    portOrderId TEXT REFERENCES portOrders(id),
                    requestId TEXT REFERENCES numberRequests(id),
                    civicAddressId TEXT REFERENCES addresses(id),
                    locationId TEXT REFERENCES locations(id),
                    assignedTo TEXT COLLATE NOCASE,
                    assignmentStatus TEXT NOT NULL DEFAULT 'Unassigned'
                );
                -- Few indexes on numbers: assigning 100,000 numbers rewrites every indexed column it
                -- touches, so only the lookups bulk steps need are indexed; removing an address or
                -- place (rare, one at a time) scans.
                CREATE INDEX numbers_pool ON numbers(isoCountryCode, numberKind, state);
                -- Free numbers in order, so giving out the next one is a lookup, not a scan; a
                -- number leaves this partial index once, when it is assigned.
                CREATE INDEX numbers_free ON numbers(isoCountryCode, numberKind, telephoneNumber)
                    WHERE state = 'acquired' AND assignedTo IS NULL;
                CREATE INDEX numbers_assignedTo ON numbers(assignedTo);
                CREATE INDEX numbers_reservation ON numbers(reservationId);
                CREATE TABLE conferencing (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE voiceApplications (
                    name TEXT PRIMARY KEY NOT NULL,
                    kind TEXT NOT NULL,
                    resourceAccount TEXT NOT NULL REFERENCES users(upn) COLLATE NOCASE,
                    language TEXT,
                    timeZone TEXT,
                    operator TEXT,
                    agents TEXT
                );
                CREATE TABLE creditTransactions (
                    id INTEGER PRIMARY KEY,
                    amount REAL NOT NULL,
                    currency TEXT NOT NULL,
                    createdAt REAL NOT NULL
                );
                """)
        }
        registerJournalMigration(&migrator)
        registerNotifyMigration(&migrator)
        migrator.registerMigration("schema-version-1") { db in
            // user_version says which schema the file has, so a newer one is told without GRDB's table
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        return migrator
    }

    // MARK: - Shared helpers

    /// Runs `body` in one write transaction; a thrown refusal rolls everything back.
    /// A full disk, a read-only or failing file becomes a `TenantStoreError` that names it.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.write(body)
        } catch let error as DatabaseError {
            throw Self.storeError(database: error, path: url.path) ?? error
        }
    }

    /// Runs `body` in a read transaction.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch let error as DatabaseError {
            throw Self.storeError(database: error, path: url.path) ?? error
        }
    }

    func setting(_ key: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key])
    }

    func setSetting(_ key: String, _ value: String, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }

    /// The next id of a sequence, such as `addr-3`; sequences only grow, so ids are never reused.
    func nextID(_ prefix: String, _ db: Database) throws -> String {
        let key = "sequence.\(prefix)"
        let next = (Int(try setting(key, db) ?? "0") ?? 0) + 1
        try setSetting(key, String(next), db)
        return "\(prefix)-\(next)"
    }

    /// The country for `code`, or a refusal naming it.
    func country(_ code: String, for what: BilingualText) throws -> Country {
        guard let country = countries(code) else { throw EngineRefusal.unknownCountry(code, what: what) }
        return country
    }
}
