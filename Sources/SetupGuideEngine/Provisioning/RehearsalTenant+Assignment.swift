internal import GRDB
internal import SetupGuideModel
internal import SetupGuidePlanning

extension RehearsalTenant {
    /// Gives each selected user without a number a free user number of their usage location, with
    /// an emergency location, in one transaction.
    ///
    /// Users who already have a number are left as they are. The whole batch is refused when any
    /// user lacks Phone System and a Calling Plan or a usage location, when a country runs out of
    /// free numbers, or when a number would be left without the emergency address its country needs.
    @discardableResult
    public func assignNumbers(to selector: UserSelector, address: String?, location: String?) throws -> [NumberAssignment] {
        let what = BilingualText("assign numbers to users", "attribuer des numéros aux utilisateurs")
        return try write { db in
            let selected = try selectUsers(selector, what: what, db)
            let assigned = try matching(
                selected.map(\.upn), all: "SELECT lower(assignedTo) FROM numbers WHERE assignedTo IS NOT NULL",
                one: "SELECT 1 FROM numbers WHERE assignedTo = ? LIMIT 1", db)
            let users = selected.filter { !assigned.contains($0.upn.lowercased()) }
            if users.isEmpty { return [] }
            try requireVoiceLicences(users.map(\.upn), what: what, db)
            let withoutLocation = users.filter { $0.usageLocation == nil }.map(\.upn)
            if !withoutLocation.isEmpty { throw EngineRefusal.usageLocationMissing(withoutLocation, what: what) }

            let update = try db.cachedStatement(sql: """
                UPDATE numbers SET assignedTo = ?, assignmentStatus = 'UserAssigned', civicAddressId = ?, locationId = ?
                WHERE telephoneNumber = ?
                """)
            var assignments: [NumberAssignment] = []
            assignments.reserveCapacity(users.count)
            let byCountry = Dictionary(grouping: users, by: { $0.usageLocation! })
            for code in byCountry.keys.sorted() {
                let group = byCountry[code]!
                let country = try country(code, for: what)
                let place = try place(address: address, location: location, country: country, users: group.map(\.upn), what: what, db)
                // Where the address must lie in the number's area (BE, FR, DE, IE, NL, ES), only
                // numbers of the address's city (or of no recorded city) can go with it.
                let city = try place.flatMap { country.holds(.addressMatchesAreaCode) ? try storedAddress($0.address, db)?.address.city : nil }
                let free = try Row.fetchAll(
                    db, sql: """
                        SELECT telephoneNumber, civicAddressId, locationId FROM numbers
                        WHERE isoCountryCode = ? AND numberKind = 'user' AND state = 'acquired' AND assignedTo IS NULL
                            AND capability = 'UserAssignment' AND (? IS NULL OR city IS NULL OR city = ? COLLATE NOCASE)
                            AND state = 'acquired' AND assignedTo IS NULL
                        ORDER BY telephoneNumber LIMIT ?
                        """, arguments: [code, city, city, group.count])
                guard free.count == group.count else {
                    throw EngineRefusal.noFreeNumber(country, needed: group.count, free: free.count, city: city, what: what)
                }
                var lacking: [String] = []
                for (user, number) in zip(group, free) {
                    let telephone: String = number[0]
                    let addressID: String? = place?.address ?? number[1]
                    let locationID: String? = place?.location ?? number[2]
                    if addressID == nil, country.value(of: .emergencyCalling) != "false" {
                        lacking.append(user.upn)
                        continue
                    }
                    try update.execute(arguments: [user.upn, addressID, locationID, telephone])
                    assignments.append(NumberAssignment(
                        userPrincipalName: user.upn, telephoneNumber: telephone, civicAddressID: addressID, locationID: locationID))
                }
                if !lacking.isEmpty {
                    throw EngineRefusal.addressRequired(country, atAcquisition: country.addressAtAcquisition, subjects: lacking, what: what)
                }
            }
            return assignments
        }
    }

    /// Gives one particular number to one user. Giving a user the number they already have
    /// changes nothing.
    @discardableResult
    public func assignNumber(_ telephoneNumber: String, to upn: String, address: String?, location: String?) throws -> NumberAssignment {
        let what = BilingualText("assign \(telephoneNumber) to \(upn)", "attribuer le \(telephoneNumber) à \(upn)")
        return try write { db in
            guard let user = try selectUsers(.users([upn]), what: what, db).first else { throw EngineRefusal.notFound(.init("user", "utilisateur"), [upn], what: what) }
            guard let number = try Row.fetchOne(
                db, sql: "SELECT * FROM numbers WHERE telephoneNumber = ? AND state = 'acquired'", arguments: [telephoneNumber])
            else { throw EngineRefusal.notFound(.init("acquired number", "numéro acquis"), [telephoneNumber], what: what) }
            let holder: String? = number["assignedTo"]
            if let holder, holder.lowercased() == user.upn.lowercased() {
                return NumberAssignment(
                    userPrincipalName: user.upn, telephoneNumber: telephoneNumber, civicAddressID: number["civicAddressId"],
                    locationID: number["locationId"])
            }
            let capability: String = number["capability"]
            guard capability.split(separator: ",").contains("UserAssignment") else {
                throw EngineRefusal.capabilityMismatch(telephoneNumber, capability: capability, what: what)
            }
            if let holder { throw EngineRefusal.numberTaken(telephoneNumber, by: holder, what: what) }
            if let current = try String.fetchOne(db, sql: "SELECT telephoneNumber FROM numbers WHERE assignedTo = ?", arguments: [user.upn]) {
                throw EngineRefusal.userHasNumber(user.upn, current, what: what)
            }
            try requireVoiceLicences([user.upn], what: what, db)
            guard let code = user.usageLocation else { throw EngineRefusal.usageLocationMissing([user.upn], what: what) }
            let numberCountry: String = number["isoCountryCode"]
            guard numberCountry == code else {
                throw EngineRefusal.countryMismatch(
                    .init("\(telephoneNumber) is in \(numberCountry) and \(user.upn) uses licences in \(code)",
                          "le \(telephoneNumber) est en \(numberCountry) et \(user.upn) utilise ses licences en \(code)"),
                    subjects: [user.upn, telephoneNumber], what: what)
            }
            let country = try country(code, for: what)
            let place = try place(address: address, location: location, country: country, users: [user.upn], what: what, db)
            if let place, let numberCity: String = number["city"] {
                try requireSameArea(country, numberCity: numberCity, addressID: place.address, subjects: [telephoneNumber], what: what, db)
            }
            let addressID: String? = place?.address ?? number["civicAddressId"]
            let locationID: String? = place?.location ?? number["locationId"]
            if addressID == nil, country.value(of: .emergencyCalling) != "false" {
                throw EngineRefusal.addressRequired(country, atAcquisition: country.addressAtAcquisition, subjects: [user.upn], what: what)
            }
            try db.execute(
                sql: "UPDATE numbers SET assignedTo = ?, assignmentStatus = 'UserAssigned', civicAddressId = ?, locationId = ? WHERE telephoneNumber = ?",
                arguments: [user.upn, addressID, locationID, telephoneNumber])
            return NumberAssignment(userPrincipalName: user.upn, telephoneNumber: telephoneNumber, civicAddressID: addressID, locationID: locationID)
        }
    }

    /// Takes a user's number back; returns it, or nil when the user had none.
    @discardableResult
    public func unassignNumber(from upn: String) throws -> String? {
        let what = BilingualText("take back the number of \(upn)", "retirer son numéro à \(upn)")
        return try write { db in
            guard let user = try selectUsers(.users([upn]), what: what, db).first else { return nil }
            guard let number = try String.fetchOne(db, sql: "SELECT telephoneNumber FROM numbers WHERE assignedTo = ?", arguments: [user.upn])
            else { return nil }
            // The emergency address stays where it came with the number (acquisition countries);
            // elsewhere it belonged to the assignment.
            try db.execute(
                sql: """
                    UPDATE numbers SET assignedTo = NULL, assignmentStatus = 'Unassigned',
                        civicAddressId = CASE WHEN reservationId IS NOT NULL
                            AND (SELECT addressId FROM reservations WHERE id = reservationId) IS NOT NULL
                            THEN (SELECT addressId FROM reservations WHERE id = reservationId) ELSE NULL END,
                        locationId = CASE WHEN reservationId IS NOT NULL
                            AND (SELECT addressId FROM reservations WHERE id = reservationId) IS NOT NULL
                            THEN (SELECT id FROM locations WHERE addressId = (SELECT addressId FROM reservations WHERE id = reservationId) AND isDefault = 1)
                            ELSE NULL END
                    WHERE telephoneNumber = ?
                    """, arguments: [number])
            return number
        }
    }

    // MARK: - Helpers

    /// In countries where the emergency address must lie within the number's area code, the
    /// rehearsal tenant compares cities: the number's (from its search or request) and the
    /// address's. The real service accepts the order and later marks the number Failed.
    func requireSameArea(
        _ country: Country, numberCity: String, addressID: String, subjects: [String], what: BilingualText, _ db: Database
    ) throws {
        guard country.holds(.addressMatchesAreaCode), let address = try storedAddress(addressID, db)?.address,
            address.city.lowercased() != numberCity.lowercased()
        else { return }
        throw EngineRefusal.areaMismatch(numberCity: numberCity, addressCity: address.city, country: country, subjects: subjects, what: what)
    }

    /// Users need Phone System and a Calling Plan to get a Calling Plan number.
    func requireVoiceLicences(_ upns: [String], what: BilingualText, _ db: Database) throws {
        let phoneSystem = Licence.allCases.filter(\.grantsPhoneSystem).map { "'\($0.rawValue)'" }.joined(separator: ",")
        let callingPlan = Licence.allCases.filter(\.isCallingPlan).map { "'\($0.rawValue)'" }.joined(separator: ",")
        let withPhoneSystem = try matching(
            upns, all: "SELECT DISTINCT lower(upn) FROM userLicences WHERE sku IN (\(phoneSystem))",
            one: "SELECT 1 FROM userLicences WHERE upn = ? AND sku IN (\(phoneSystem)) LIMIT 1", db)
        let withPlan = try matching(
            upns, all: "SELECT DISTINCT lower(upn) FROM userLicences WHERE sku IN (\(callingPlan))",
            one: "SELECT 1 FROM userLicences WHERE upn = ? AND sku IN (\(callingPlan)) LIMIT 1", db)
        let lacking = upns.filter { !withPhoneSystem.contains($0.lowercased()) || !withPlan.contains($0.lowercased()) }
        if !lacking.isEmpty { throw EngineRefusal.userNotLicensed(lacking, what: what) }
    }

    /// The address and place given at assignment, checked against the users' country.
    func place(
        address: String?, location: String?, country: Country, users: [String], what: BilingualText, _ db: Database
    ) throws -> (address: String, location: String)? {
        guard let address, !address.isEmpty else {
            if let location, !location.isEmpty {
                throw EngineRefusal.invalidArgument("location", "needs an address", "demande une adresse", what: what)
            }
            return nil
        }
        let found = try usableAddress(address, country: country, what: what, db)
        guard let location, !location.isEmpty else { return (found.id, found.defaultLocation) }
        guard let id = try String.fetchOne(
            db, sql: "SELECT id FROM locations WHERE addressId = ? AND (name = ? OR id = ?)", arguments: [found.id, location, location])
        else { throw EngineRefusal.notFound(.init("place", "lieu"), [location], what: what) }
        return (found.id, id)
    }
}
