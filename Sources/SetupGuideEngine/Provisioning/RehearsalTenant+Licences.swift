internal import Foundation
internal import GRDB
public import SetupGuideModel
internal import SetupGuidePlanning

extension RehearsalTenant {
    /// Records the organisation's country.
    @discardableResult
    public func setCountry(_ code: String) throws -> Country {
        let country = try country(code, for: .init("set the organisation's country", "définir le pays de l'organisation"))
        try write { db in try setSetting("country", country.code, db) }
        return country
    }

    /// Records how the organisation reaches the telephone network.
    public func setConnectivity(_ connectivity: Connectivity) throws {
        try write { db in try setSetting("connectivity", connectivity.rawValue, db) }
    }

    /// Makes sure at least `quantity` licences of `sku` are bought.
    ///
    /// `quantity` is the total wanted, not an increment, so running the step again buys nothing
    /// more. A Calling Plan is refused until Phone System (or E5) licences exist.
    @discardableResult
    public func buyLicences(_ sku: Licence, quantity: Int) throws -> LicenceStock {
        let what = BilingualText("buy \(quantity) \(sku.rawValue) licences", "acheter \(quantity) licences \(sku.rawValue)")
        guard quantity > 0 else { throw EngineRefusal.invalidArgument("quantity", "must be at least 1", "doit valoir au moins 1", what: what) }
        return try write { db in
            if sku.isCallingPlan {
                let phoneSystem = try purchased(where: { $0.grantsPhoneSystem }, db)
                guard phoneSystem > 0 else { throw EngineRefusal.callingPlanNeedsPhoneSystem(what: what) }
                if let code = try setting("country", db), let country = countries(code),
                    !country.callingPlanSKUs.contains(sku)
                {
                    throw EngineRefusal.licenceNotSoldInCountry(sku, country: country, subjects: [], what: what)
                }
            }
            try db.execute(
                sql: """
                    INSERT INTO licences (sku, purchased) VALUES (?, ?)
                    ON CONFLICT(sku) DO UPDATE SET purchased = max(purchased, excluded.purchased)
                    """,
                arguments: [sku.rawValue, quantity])
            return try stock(sku, db)
        }
    }

    /// Gives a licence of `sku` to each selected user who lacks one.
    ///
    /// Refused, for the whole selection, when a user has no usage location, when a Calling Plan
    /// goes to a user without Phone System or outside the countries that sell it, or when too few
    /// licences are left.
    @discardableResult
    public func assignLicences(_ sku: Licence, to selector: UserSelector) throws -> BulkResult {
        let what = BilingualText("assign \(sku.rawValue) licences", "attribuer des licences \(sku.rawValue)")
        return try write { db in
            let users = try selectUsers(selector, what: what, db)
            let holders = try matching(
                users.map(\.upn), all: "SELECT lower(upn) FROM userLicences WHERE sku = ?",
                one: "SELECT 1 FROM userLicences WHERE upn = ? AND sku = ?", arguments: [sku.rawValue], db)
            let needing = users.filter { !holders.contains($0.upn.lowercased()) }
            if needing.isEmpty { return BulkResult(changed: 0, unchanged: users.count) }

            let withoutLocation = needing.filter { $0.usageLocation == nil }.map(\.upn)
            if !withoutLocation.isEmpty { throw EngineRefusal.usageLocationMissing(withoutLocation, what: what) }

            if sku.isCallingPlan {
                let phoneSystemSKUs = Licence.allCases.filter(\.grantsPhoneSystem).map(\.rawValue)
                let withPhoneSystem = try matching(
                    needing.map(\.upn), all: "SELECT DISTINCT lower(upn) FROM userLicences WHERE sku IN (\(phoneSystemSKUs.map { "'\($0)'" }.joined(separator: ",")))",
                    one: "SELECT 1 FROM userLicences WHERE upn = ? AND sku IN (\(phoneSystemSKUs.map { "'\($0)'" }.joined(separator: ","))) LIMIT 1", db)
                let lacking = needing.filter { !withPhoneSystem.contains($0.upn.lowercased()) }.map(\.upn)
                if !lacking.isEmpty { throw EngineRefusal.userNeedsPhoneSystem(lacking, what: what) }
                for (code, group) in Dictionary(grouping: needing, by: { $0.usageLocation ?? "" }) {
                    if let country = countries(code), !country.callingPlanSKUs.contains(sku) {
                        throw EngineRefusal.licenceNotSoldInCountry(sku, country: country, subjects: group.map(\.upn), what: what)
                    }
                }
            }
            if sku == .communicationsCredits {
                // The Communications Credits licence costs nothing and has no count: what it
                // needs is a funded balance behind it.
                guard try creditBalance(db) > 0 else {
                    throw EngineRefusal.creditsRequired(
                        .init("the Communications Credits licence draws on a balance, and none is funded",
                              "la licence Crédits de communication puise dans un solde, et aucun n'est approvisionné"), what: what)
                }
            } else {
                let current = try stock(sku, db)
                let available = current.purchased - current.assigned
                guard needing.count <= available else {
                    throw EngineRefusal.notEnoughLicences(sku, needed: needing.count, available: available, what: what)
                }
            }
            let insert = try db.cachedStatement(sql: "INSERT INTO userLicences (upn, sku) VALUES (?, ?)")
            for user in needing { try insert.execute(arguments: [user.upn, sku.rawValue]) }
            return BulkResult(changed: needing.count, unchanged: users.count - needing.count)
        }
    }

    /// Licences of `sku` bought and assigned.
    public func licenceStock(_ sku: Licence) throws -> LicenceStock {
        try read { db in try stock(sku, db) }
    }

    func stock(_ sku: Licence, _ db: Database) throws -> LicenceStock {
        let purchased = try Int.fetchOne(db, sql: "SELECT purchased FROM licences WHERE sku = ?", arguments: [sku.rawValue]) ?? 0
        let assigned = try Int.fetchOne(db, sql: "SELECT count(*) FROM userLicences WHERE sku = ?", arguments: [sku.rawValue]) ?? 0
        return LicenceStock(sku: sku, purchased: purchased, assigned: assigned)
    }

    /// Licences bought, summed over the SKUs that match.
    func purchased(where matches: (Licence) -> Bool, _ db: Database) throws -> Int {
        try Licence.allCases.filter(matches).reduce(0) { total, sku in
            total + (try Int.fetchOne(db, sql: "SELECT purchased FROM licences WHERE sku = ?", arguments: [sku.rawValue]) ?? 0)
        }
    }
}
