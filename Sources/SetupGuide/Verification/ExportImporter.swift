internal import Foundation
internal import GRDB

/// Writes an export snapshot into a rehearsal tenant as raw rows, so that the engine's own checks
/// (`RehearsalTenant.evaluate`) judge a real tenant exactly as they judge a rehearsed one.
///
/// Exports are facts, not actions: rows go straight into the tables, past the engine's rules and
/// with foreign keys off, because a real tenant may hold what the rules would refuse (a number in
/// another country, a location whose address was not exported) and `verify` must report it.
/// Everything is written in one transaction with prepared statements, which keeps 200,000 rows
/// to well under a second.
///
/// ```swift
/// let tenant = try RehearsalTenant(at: temporaryFile, create: true, countries: lookup)
/// try ExportImporter(tenant: tenant).load(snapshot, country: "FR", connectivity: .callingPlan)
/// ```
public struct ExportImporter {
    /// The tenant written to; it should be a fresh, temporary one.
    public let tenant: RehearsalTenant

    /// The application ids Microsoft gives call-queue and auto-attendant resource accounts.
    static let callQueueApplicationID = "11cd3e2e-fccb-42ad-ad00-878b93575e07"
    static let autoAttendantApplicationID = "ce933385-9390-45d1-9512-c8d228074e07"
    /// The kind given to a resource account whose export has no `ApplicationId`.
    static let unknownApplicationKind = "resource-account"

    /// Creates an importer.
    public init(tenant: RehearsalTenant) { self.tenant = tenant }

    /// Writes `snapshot` and the organisation's country and connectivity.
    public func load(_ snapshot: ExportSnapshot, country: String, connectivity: Connectivity) throws {
        try tenant.database.writeWithoutTransaction { db in
            // Not allowed inside a transaction, hence the manual one below. The tenant is thrown
            // away after the checks, so it needs no journal and no sync. The engine's page cache
            // is kept: the file sits in /dev/shm, so a spilled page costs a copy, not a disk write,
            // and a bigger cache only raised peak memory.
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: "PRAGMA synchronous = OFF")
            try db.inTransaction {
                // Secondary indexes are built once at the end, by sorting, rather than row by row:
                // the engine's own definitions are read back and replayed unchanged.
                let indexes = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
                let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
                for name in names { try db.execute(sql: "DROP INDEX \"\(name)\"") }
                try write(snapshot, country: country, connectivity: connectivity, db)
                for index in indexes { try db.execute(sql: index) }
                return .commit
            }
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
    }

    private func write(_ snapshot: ExportSnapshot, country: String, connectivity: Connectivity, _ db: Database) throws {
        try tenant.setSetting("country", country, db)
        try tenant.setSetting("connectivity", connectivity.rawValue, db)

        // Licences bought. SKUs outside Teams Phone (Office, Windows…) are not ours to judge.
        let licence = try BulkInsert(db, "INSERT OR REPLACE INTO licences (sku, purchased) VALUES (?, ?)")
        for sku in snapshot.skus {
            guard let known = Licence(rawValue: sku.skuPartNumber.uppercased()) else { continue }
            try licence.run(.text(known.rawValue), .integer(max(sku.enabled, 0)))
        }
        // FeatureTypes says "CallingPlan" without saying which: take the plan the tenant bought.
        let bought = Set(snapshot.skus.filter { $0.enabled > 0 }.compactMap { Licence(rawValue: $0.skuPartNumber.uppercased()) })
        let plans: [Licence] = [.domesticCallingPlan, .internationalCallingPlan, .domesticCallingPlan120, .payAsYouGoCallingPlan]
        let callingPlan = plans.first(where: bought.contains) ?? .domesticCallingPlan
        // Keyed by the cmdlet's spelling and lower-cased, so the usual spelling needs no lowercasing.
        var features: [String: Licence] = [
            "PhoneSystem": .phoneSystem, "CallingPlan": callingPlan, "AudioConferencing": .audioConferencing,
            "PhoneSystemVirtualUser": .virtualUser, "CommunicationsCredits": .communicationsCredits,
        ]
        for (name, sku) in features { features[name.lowercased()] = sku }

        let user = try BulkInsert(db, "INSERT OR IGNORE INTO users (upn, displayName, usageLocation, accountKind) VALUES (?, ?, ?, ?)")
        let userLicence = try BulkInsert(db, "INSERT OR IGNORE INTO userLicences (upn, sku) VALUES (?, ?)")
        let application = try BulkInsert(db, "INSERT OR IGNORE INTO voiceApplications (name, kind, resourceAccount) VALUES (?, ?, ?)")
        var upnByID: [String: String] = [:]
        var upnByLine: [String: String] = [:]
        upnByID.reserveCapacity(snapshot.users.count * 2)
        // LineURI is the fallback for assigned numbers that do not name their user; most exports need none.
        let needLines = snapshot.numbers.contains { $0.assignedPstnTargetID == nil && $0.pstnAssignmentStatus != "Unassigned" }
        if needLines { upnByLine.reserveCapacity(snapshot.users.count) }
        for entry in snapshot.users {
            let upn = entry.userPrincipalName
            upnByID[Self.folded(upn)] = upn
            // Identity, ObjectId and Guid are usually the same GUID: lower-case and store it once.
            var previous: String?
            for id in entry.ids where id != previous {
                upnByID[Self.folded(id)] = upn
                previous = id
            }
            if needLines, let line = entry.lineURI.flatMap(Self.number(fromLineURI:)) { upnByLine[line] = upn }
            // Users without a voice licence are out of scope: not written, so no check sees them.
            // Their numbers still name them, which the checks on users' numbers skip.
            guard entry.isResourceAccount || entry.hasVoiceLicence else { continue }
            // The engine keeps a resource account's kind in accountKind, as it does its voice application's.
            let kind: String
            switch (entry.isResourceAccount, entry.applicationID?.lowercased()) {
            case (false, _): kind = "person"
            case (true, Self.callQueueApplicationID): kind = "call-queue"
            case (true, Self.autoAttendantApplicationID): kind = "auto-attendant"
            default: kind = Self.unknownApplicationKind
            }
            try user.run(.text(upn), .text(entry.displayName ?? upn), .text(entry.usageLocation), .text(kind))
            for feature in entry.featureTypes {
                if let sku = features[feature] ?? features[feature.lowercased()] { try userLicence.run(.text(upn), .text(sku.rawValue)) }
            }
            if entry.isResourceAccount { try application.run(.text(upn), .text(kind), .text(upn)) }
        }

        let address = try BulkInsert(db, """
            INSERT OR IGNORE INTO addresses (id, companyName, houseNumber, streetName, city, stateOrProvince, postalCode,
                countryOrRegion, latitude, longitude, description, elin, validationStatus)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let location = try BulkInsert(db, "INSERT OR IGNORE INTO locations (id, addressId, name, isDefault) VALUES (?, ?, ?, ?)")
        var defaults: Set<String> = []
        for entry in snapshot.addresses {
            let status = entry.validationStatus == "Validated" ? "Valid" : entry.validationStatus ?? "NotValidated"
            try address.run(
                .text(entry.civicAddressID), .text(entry.companyName ?? ""), .text(entry.houseNumber), .text(entry.streetName ?? ""),
                .text(entry.city ?? ""), .text(entry.stateOrProvince), .text(entry.postalCode), .text(entry.countryOrRegion ?? ""),
                .real(entry.latitude), .real(entry.longitude), .text(entry.description), .text(entry.elin), .text(status))
            if let id = Self.identifier(entry.defaultLocationID) {
                defaults.insert(id.lowercased())
                try location.run(.text(id), .text(entry.civicAddressID), .text(""), .integer(1))
            }
        }
        for entry in snapshot.locations {
            try location.run(
                .text(entry.locationID), .text(entry.civicAddressID ?? ""), .text(entry.name ?? entry.locationID),
                .integer(defaults.contains(entry.locationID.lowercased()) ? 1 : 0))
        }

        let number = try BulkInsert(db, """
            INSERT OR IGNORE INTO numbers (telephoneNumber, isoCountryCode, city, numberKind, origin, state, capability,
                portOrderId, civicAddressId, locationId, assignedTo, assignmentStatus)
            VALUES (?, ?, ?, ?, ?, 'acquired', ?, ?, ?, ?, ?, ?)
            """)
        var ported = 0
        for entry in snapshot.numbers {
            let telephone = Self.e164(entry.telephoneNumber)
            let status = entry.pstnAssignmentStatus ?? (entry.assignedPstnTargetID == nil ? "Unassigned" : "UserAssigned")
            var assignee: String?
            if status != "Unassigned" {
                assignee = entry.assignedPstnTargetID.map { upnByID[Self.folded($0)] ?? $0 } ?? upnByLine[telephone]
            }
            let service = status == "ConferenceAssigned" || status == "VoiceApplicationAssigned"
                || (!entry.capability.isEmpty && !entry.capability.contains("UserAssignment"))
            let kind: NumberKind = service ? (Self.isTollFree(telephone) ? .tollFree : .toll) : .user
            let origin: String
            if let type = entry.numberType, type != "CallingPlan" {
                // Numbers of a partner carrier or of the organisation's SBCs count against no quota.
                origin = "external"
            } else if entry.portInOrderStatus != nil || entry.numberSource == "OnPremises" {
                origin = "ported"
                ported += 1
            } else {
                origin = "new"
            }
            try number.run(
                .text(telephone), .text(entry.isoCountryCode ?? ""), .text(entry.city), .text(kind.rawValue), .text(origin),
                .text(entry.capability.joined(separator: ",")), .text(origin == "ported" ? "export-ports" : nil),
                .text(Self.identifier(entry.civicAddressID)), .text(Self.identifier(entry.locationID)), .text(assignee), .text(status))
        }
        if ported > 0 {
            try db.execute(
                sql: "INSERT OR IGNORE INTO portOrders (id, country, numberKind, quantity, carrier, manual, createdAt) VALUES ('export-ports', ?, 'user', ?, NULL, ?, 0)",
                arguments: [country, ported, ported > 999])
        }
    }

    /// `text` in lower case; ids and UPNs mostly are already, and then no new string is made.
    static func folded(_ text: String) -> String {
        text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? text.lowercased() : text
    }

    /// An id, or `nil` for empty and all-zero GUIDs (the cmdlets' way of saying "none").
    static func identifier(_ text: String?) -> String? {
        guard let text, !text.isEmpty, text.contains(where: { $0 != "0" && $0 != "-" }) else { return nil }
        return text
    }

    /// `+` and digits: exports sometimes drop the plus sign.
    static func e164(_ text: String) -> String {
        let trimmed = text.hasPrefix("tel:") ? String(text.dropFirst(4)) : text
        return trimmed.hasPrefix("+") ? trimmed : "+" + trimmed
    }

    /// The number in a `LineURI` such as `tel:+33123456789;ext=6789`.
    static func number(fromLineURI uri: String) -> String? {
        let body = uri.hasPrefix("tel:") || Self.folded(String(uri.prefix(4))) == "tel:" ? String(uri.dropFirst(4)) : uri
        guard let number = body.split(separator: ";").first, !number.isEmpty else { return nil }
        return e164(String(number))
    }

    /// The calling codes of the countries the engine has number plans for.
    static let callingCodes: Set<String> = {
        let letters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) }
        return Set(letters.flatMap { first in letters.compactMap { NumberPlan.forCountry(first + $0)?.callingCode } })
    }()

    /// Toll-free ranges: 8XX in the North American plan, 80X elsewhere (0800 in FR, DE, GB, BE…).
    static func isTollFree(_ number: String) -> Bool {
        let digits = number.dropFirst()
        if digits.hasPrefix("1") {
            return ["800", "833", "844", "855", "866", "877", "888"].contains(String(digits.dropFirst().prefix(3)))
        }
        for length in 1...3 {
            let code = String(digits.prefix(length))
            if Self.callingCodes.contains(code) { return digits.dropFirst(length).hasPrefix("80") }
        }
        return false
    }
}
