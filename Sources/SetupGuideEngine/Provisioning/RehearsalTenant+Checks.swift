internal import GRDB
public import SetupGuideModel
internal import SetupGuidePlanning

extension RehearsalTenant {
    /// Evaluates a check against the tenant: pass, fail with the subjects at fault, or not
    /// applicable where the organisation's choices make the check moot.
    public func evaluate(_ check: CheckName, arguments: [String: String], context: CheckContext) throws -> CheckResult {
        try read { db in try StoredFacts(tenant: self, db: db).verdict(of: check, arguments: arguments, context: context) }
    }
}

/// The rehearsal tenant's answers to the checks' questions, one query each, inside one read
/// transaction so that every answer comes from the same state.
struct StoredFacts: TenantFacts {
    let tenant: RehearsalTenant
    let db: Database

    func recordedCountry() throws -> String? { try tenant.setting("country", db) }

    func connectivity() throws -> Connectivity? { try tenant.setting("connectivity", db).flatMap(Connectivity.init(rawValue:)) }

    func country(_ code: String) -> Country? { tenant.countries(code) }

    /// Bundles count as what they give (E5 as Phone System and Audio Conferencing), as the
    /// exports' `LicenceBundles` counts them.
    func purchased(_ sku: Licence) throws -> Int {
        try Licence.counted(as: sku).reduce(0) { $0 + (try tenant.stock($1, db).purchased) }
    }

    func people(_ selector: UserSelector, lacking need: PersonNeed, what: BilingualText) throws -> (total: Int, lacking: [String]) {
        let users = try tenant.selectUsers(selector, what: what, db)
        let holders: Set<String>
        switch need {
        case .licence(let sku):
            // An E5 holder has Phone System, as the user export's FeatureTypes would say.
            holders = Set(try String.fetchAll(db, sql: "SELECT lower(upn) FROM userLicences WHERE sku IN (\(Self.list(Licence.counted(as: sku))))"))
        case .number:
            holders = Set(try String.fetchAll(db, sql: "SELECT lower(assignedTo) FROM numbers WHERE assignedTo IS NOT NULL"))
        }
        return (users.count, users.filter { !holders.contains($0.upn.lowercased()) }.map(\.upn))
    }

    func personCount() throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM users WHERE accountKind = 'person'") ?? 0 }

    func people(outside country: String) throws -> [UserRow] {
        try Row.fetchAll(db, sql: """
            SELECT upn, usageLocation, displayName FROM users WHERE accountKind = 'person'
            AND usageLocation IS NOT NULL AND usageLocation != '' AND upper(usageLocation) != upper(?) ORDER BY upn
            """, arguments: [country]
        ).map { UserRow(upn: $0[0], usageLocation: $0[1], displayName: $0[2]) }
    }

    func licensees(_ skus: [Licence], lacking also: [Licence]) throws -> (total: Int, lacking: [String]) {
        let holding = try Int.fetchOne(db, sql: "SELECT count(DISTINCT upn) FROM userLicences WHERE sku IN (\(Self.list(skus)))") ?? 0
        let lacking = try String.fetchAll(db, sql: """
            SELECT DISTINCT upn FROM userLicences WHERE sku IN (\(Self.list(skus)))
            AND lower(upn) NOT IN (SELECT lower(upn) FROM userLicences WHERE sku IN (\(Self.list(also)))) ORDER BY upn
            """)
        return (holding, lacking)
    }

    func resourceAccounts(lacking sku: Licence) throws -> (total: Int, lacking: [String]) {
        let accounts = try String.fetchAll(db, sql: "SELECT upn FROM users WHERE accountKind != 'person' ORDER BY upn")
        let licensed = Set(try String.fetchAll(db, sql: "SELECT lower(upn) FROM userLicences WHERE sku = ?", arguments: [sku.rawValue]))
        return (accounts.count, accounts.filter { !licensed.contains($0.lowercased()) })
    }

    /// SKUs as an SQL list; they come from the `Licence` enum, never from input.
    private static func list(_ skus: [Licence]) -> String { skus.map { "'\($0.rawValue)'" }.joined(separator: ",") }

    func numberCount(_ kind: NumberKind, _ scope: NumberScope) throws -> Int {
        switch scope {
        case .acquired:
            try Int.fetchOne(db, sql: "SELECT count(*) FROM numbers WHERE numberKind = ? AND state = 'acquired'", arguments: [kind.rawValue]) ?? 0
        case .quota:
            try tenant.quotaUsage(kind, db)
        }
    }

    func userAssignedNumbers() throws -> [AssignedNumber] {
        try Row.fetchAll(db, sql: """
            SELECT n.telephoneNumber, n.isoCountryCode, n.locationId, u.upn, u.usageLocation, u.displayName, n.city, a.city
            FROM numbers n LEFT JOIN users u ON u.upn = n.assignedTo
            LEFT JOIN locations l ON l.id = n.locationId LEFT JOIN addresses a ON a.id = l.addressId
            WHERE n.assignmentStatus = 'UserAssigned' ORDER BY n.telephoneNumber
            """
        ).map { row in
            let upn: String? = row[3]
            return AssignedNumber(
                telephoneNumber: row[0], isoCountryCode: row[1], locationID: row[2],
                holder: upn.map { UserRow(upn: $0, usageLocation: row[4], displayName: row[5]) }, city: row[6], addressCity: row[7])
        }
    }

    func bridgeNumber(_ kind: NumberKind) throws -> String? {
        try String.fetchOne(
            db, sql: "SELECT telephoneNumber FROM numbers WHERE assignmentStatus = 'ConferenceAssigned' AND numberKind = ?", arguments: [kind.rawValue])
    }

    func addressStatuses() throws -> [(id: String, status: String)] {
        try Row.fetchAll(db, sql: "SELECT id, validationStatus FROM addresses ORDER BY id").map { ($0[0], $0[1]) }
    }

    func voiceApplications(kind: String) throws -> [(name: String, numbers: Int)] {
        try Row.fetchAll(db, sql: """
            SELECT v.name, (SELECT count(*) FROM numbers n WHERE n.assignedTo = v.resourceAccount) AS numbers
            FROM voiceApplications v WHERE v.kind = ? ORDER BY v.name
            """, arguments: [kind]
        ).map { ($0[0], $0[1]) }
    }

    func unfinishedReservations() throws -> (rows: [(id: String, status: String, expiresAt: Double)], now: Double) {
        let rows = try Row.fetchAll(db, sql: "SELECT id, status, expiresAt FROM reservations WHERE status IN ('open', 'expired') ORDER BY id")
        return (rows.map { ($0[0], $0[1], $0[2]) }, tenant.clock.now().timeIntervalSince1970)
    }

    func requestCount() throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM numberRequests") ?? 0 }

    func portOrderCount() throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM portOrders") ?? 0 }

    func conferencingSetting(_ key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM conferencing WHERE key = ?", arguments: [key])
    }

    func creditBalance() throws -> Double { try tenant.creditBalance(db) }

    func numberHoldersNotified() throws -> [(upn: String, notified: Bool)] {
        // People only: a resource account's service number is not told to anyone.
        try Row.fetchAll(db, sql: """
            SELECT u.upn, u.notifiedAt IS NOT NULL FROM users u JOIN numbers n ON n.assignedTo = u.upn
            WHERE u.accountKind = 'person' ORDER BY u.upn
            """)
            .map { ($0[0], $0[1]) }
    }

    func manualRecord(_ step: String) throws -> (who: String?, when: String?)? {
        guard try db.tableExists("runSteps") else { return nil }
        let row = try Row.fetchOne(db, sql: "SELECT who, happenedOn FROM runSteps WHERE stepId = ?", arguments: [step])
        return (row?["who"], row?["happenedOn"])
    }
}
