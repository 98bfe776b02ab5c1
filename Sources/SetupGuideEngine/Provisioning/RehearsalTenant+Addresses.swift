internal import GRDB
internal import SetupGuideModel
internal import SetupGuidePlanning

extension RehearsalTenant {
    /// Adds an emergency address with its default location.
    ///
    /// The same fields again return the existing address. An address with the same description
    /// is edited in place while not yet validated; once validated it is refused: create a new one.
    @discardableResult
    public func createAddress(_ address: CivicAddress) throws -> StoredAddress {
        let label = address.description ?? address.streetName
        let what = BilingualText("add the emergency address '\(label)'", "ajouter l'adresse d'urgence '\(label)'")
        let country = try country(address.countryOrRegion, for: what)
        let validator = AddressValidator()
        let problems = validator.problems(in: address, needsCoordinates: country.needsCoordinates)
        if !problems.isEmpty { throw EngineRefusal.invalidAddress(problems, what: what) }
        if validator.lacksCoordinates(address, needsCoordinates: country.needsCoordinates) {
            throw EngineRefusal.coordinatesRequired(country, what: what)
        }
        return try write { db in
            let fields = Self.addressColumns(address)
            // Identical fields, as given or as validation corrected them: the step already ran.
            let match = Self.addressFieldNames.map { "\($0) IS ?" }.joined(separator: " AND ")
            var corrected = address
            for (field, value) in validator.validate(address).corrections {
                if field == "City" { corrected.city = value } else { corrected.streetName = value }
            }
            for candidate in [fields, Self.addressColumns(corrected)] {
                if let id = try String.fetchOne(db, sql: "SELECT id FROM addresses WHERE \(match)", arguments: StatementArguments(candidate)) {
                    return try storedAddress(id, db)!
                }
            }
            if let description = address.description, !description.isEmpty,
                let row = try Row.fetchOne(db, sql: "SELECT id, validationStatus FROM addresses WHERE description = ?", arguments: [description])
            {
                let id: String = row["id"], status: String = row["validationStatus"]
                if status == ValidationStatus.valid.rawValue { throw EngineRefusal.validatedAddressLocked(id, what: what) }
                let assignments = Self.addressFieldNames.map { "\($0) = ?" }.joined(separator: ", ")
                try db.execute(
                    sql: "UPDATE addresses SET \(assignments), validationStatus = 'NotValidated', correctedFields = '' WHERE id = ?",
                    arguments: StatementArguments(fields + [id]))
                return try storedAddress(id, db)!
            }
            let id = try nextID("addr", db)
            let columns = (["id"] + Self.addressFieldNames).joined(separator: ", ")
            let marks = Array(repeating: "?", count: Self.addressFieldNames.count + 1).joined(separator: ", ")
            try db.execute(sql: "INSERT INTO addresses (\(columns)) VALUES (\(marks))", arguments: StatementArguments([id] + fields))
            let location = try nextID("loc", db)
            try db.execute(
                sql: "INSERT INTO locations (id, addressId, name, isDefault) VALUES (?, ?, '', 1)", arguments: [location, id])
            return try storedAddress(id, db)!
        }
    }

    /// Validates one address, or every address not yet validated when `reference` is nil.
    ///
    /// A corrected address is saved with the corrections and lists the fields corrected. Already
    /// validated addresses are left as they are.
    @discardableResult
    public func validateAddresses(_ reference: String?) throws -> [StoredAddress] {
        let what = BilingualText("validate emergency addresses", "valider les adresses d'urgence")
        return try write { db in
            let ids: [String]
            if let reference, !reference.isEmpty {
                ids = [try addressID(reference, what: what, db)]
            } else {
                ids = try String.fetchAll(db, sql: "SELECT id FROM addresses WHERE validationStatus = 'NotValidated' ORDER BY id")
            }
            let validator = AddressValidator()
            var results: [StoredAddress] = []
            for id in ids {
                guard let stored = try storedAddress(id, db) else { continue }
                if stored.validationStatus == .valid {
                    results.append(stored)
                    continue
                }
                let outcome = validator.validate(stored.address)
                for (field, value) in outcome.corrections {
                    let column = field == "City" ? "city" : "streetName"
                    try db.execute(sql: "UPDATE addresses SET \(column) = ? WHERE id = ?", arguments: [value, id])
                }
                try db.execute(
                    sql: "UPDATE addresses SET validationStatus = ?, correctedFields = ? WHERE id = ?",
                    arguments: [outcome.status.rawValue, outcome.corrections.keys.sorted().joined(separator: ","), id])
                results.append(try storedAddress(id, db)!)
            }
            return results
        }
    }

    /// Removes an address that no number or user location uses, with its locations.
    public func removeAddress(_ reference: String) throws {
        let what = BilingualText("remove the emergency address '\(reference)'", "supprimer l'adresse d'urgence '\(reference)'")
        try write { db in
            let id = try addressID(reference, what: what, db)
            let users = try String.fetchAll(
                db, sql: "SELECT telephoneNumber FROM numbers WHERE civicAddressId = ? OR locationId IN (SELECT id FROM locations WHERE addressId = ?) ORDER BY 1",
                arguments: [id, id])
            let reservations = try String.fetchAll(db, sql: "SELECT id FROM reservations WHERE addressId = ? AND status = 'open'", arguments: [id])
            if !users.isEmpty || !reservations.isEmpty { throw EngineRefusal.addressInUse(id, by: users + reservations, what: what) }
            try db.execute(sql: "UPDATE reservations SET addressId = NULL WHERE addressId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM locations WHERE addressId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM addresses WHERE id = ?", arguments: [id])
        }
    }

    /// Adds a place inside an address; the same name again returns the existing place.
    @discardableResult
    public func createLocation(address reference: String, name: String) throws -> String {
        let what = BilingualText("add the place '\(name)'", "ajouter le lieu '\(name)'")
        let trimmed = name.trimmingSpaces()
        guard !trimmed.isEmpty else { throw EngineRefusal.invalidArgument("name", "is empty", "est vide", what: what) }
        return try write { db in
            let address = try addressID(reference, what: what, db)
            if let id = try String.fetchOne(db, sql: "SELECT id FROM locations WHERE addressId = ? AND name = ?", arguments: [address, trimmed]) {
                return id
            }
            let id = try nextID("loc", db)
            try db.execute(sql: "INSERT INTO locations (id, addressId, name, isDefault) VALUES (?, ?, ?, 0)", arguments: [id, address, trimmed])
            return id
        }
    }

    /// Removes a place nothing uses; an address's default location goes only with the address.
    public func removeLocation(address reference: String, name: String) throws {
        let what = BilingualText("remove the place '\(name)'", "supprimer le lieu '\(name)'")
        try write { db in
            let address = try addressID(reference, what: what, db)
            guard let row = try Row.fetchOne(
                db, sql: "SELECT id, isDefault FROM locations WHERE addressId = ? AND (name = ? OR id = ?)", arguments: [address, name, name])
            else { throw EngineRefusal.notFound(.init("place", "lieu"), [name], what: what) }
            let id: String = row["id"], isDefault: Bool = row["isDefault"]
            let users = try String.fetchAll(db, sql: "SELECT telephoneNumber FROM numbers WHERE locationId = ? ORDER BY 1", arguments: [id])
            if isDefault || !users.isEmpty { throw EngineRefusal.locationInUse(id, by: users, isDefault: isDefault, what: what) }
            try db.execute(sql: "DELETE FROM locations WHERE id = ?", arguments: [id])
        }
    }

    // MARK: - Helpers

    static let addressFieldNames = [
        "companyName", "houseNumber", "streetName", "city", "stateOrProvince", "postalCode", "countryOrRegion", "latitude",
        "longitude", "description", "elin",
    ]

    static func addressColumns(_ address: CivicAddress) -> [(any DatabaseValueConvertible)?] {
        func text(_ value: String?) -> String? { value.flatMap { $0.trimmingSpaces().nilIfEmpty } }
        return [
            address.companyName.trimmingSpaces(), text(address.houseNumber), address.streetName.trimmingSpaces(),
            address.city.trimmingSpaces(), text(address.stateOrProvince), text(address.postalCode), address.countryOrRegion,
            address.latitude, address.longitude, text(address.description), text(address.elin),
        ]
    }

    /// Finds an address by id or description.
    func addressID(_ reference: String, what: BilingualText, _ db: Database) throws -> String {
        if let id = try String.fetchOne(
            db, sql: "SELECT id FROM addresses WHERE id = ? OR description = ? ORDER BY id = ? DESC LIMIT 1",
            arguments: [reference, reference, reference])
        {
            return id
        }
        throw EngineRefusal.notFound(.init("emergency address", "adresse d'urgence"), [reference], what: what)
    }

    /// An address numbers can use in `country`: it exists, is validated, and is in that country.
    func usableAddress(_ reference: String, country: Country, what: BilingualText, _ db: Database) throws -> (id: String, defaultLocation: String) {
        let id = try addressID(reference, what: what, db)
        let stored = try storedAddress(id, db)!
        guard stored.address.countryOrRegion == country.code else {
            throw EngineRefusal.countryMismatch(
                .init("address \(id) is in \(stored.address.countryOrRegion), not \(country.code)",
                      "l'adresse \(id) est en \(stored.address.countryOrRegion), pas en \(country.code)"),
                subjects: [id], what: what)
        }
        guard stored.validationStatus == .valid else { throw EngineRefusal.addressNotValidated(id, status: stored.validationStatus, what: what) }
        return (id, stored.defaultLocationID)
    }

    func storedAddress(_ id: String, _ db: Database) throws -> StoredAddress? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM addresses WHERE id = ?", arguments: [id]) else { return nil }
        let address = CivicAddress(
            companyName: row["companyName"], houseNumber: row["houseNumber"], streetName: row["streetName"], city: row["city"],
            stateOrProvince: row["stateOrProvince"], postalCode: row["postalCode"], countryOrRegion: row["countryOrRegion"],
            latitude: row["latitude"], longitude: row["longitude"], description: row["description"], elin: row["elin"])
        let corrected: String = row["correctedFields"]
        let location = try String.fetchOne(db, sql: "SELECT id FROM locations WHERE addressId = ? AND isDefault = 1", arguments: [id]) ?? ""
        return StoredAddress(
            id: id, address: address, validationStatus: ValidationStatus(rawValue: row["validationStatus"]) ?? .notValidated,
            correctedFields: corrected.split(separator: ",").map(String.init), defaultLocationID: location)
    }
}
