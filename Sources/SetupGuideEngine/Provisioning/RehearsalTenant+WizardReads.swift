internal import GRDB
internal import SetupGuideModel
internal import SetupGuidePlanning

/// Read-only looks the wizard takes before and after its calls: how addresses are called, whether
/// there are numbers enough for a bulk assignment, and which number each user got.
extension RehearsalTenant {
    /// Each address's and place's words by id: an address's description (else its street and
    /// city), a place's name (the default place takes its address's words).
    public func addressLabels() throws -> [String: String] {
        try read { db in
            var labels: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, description, streetName, city FROM addresses") {
                let description: String? = row["description"]
                let street: String = row["streetName"], city: String = row["city"]
                labels[row["id"]] = description.flatMap { $0.isEmpty ? nil : $0 } ?? "\(street), \(city)"
            }
            // places by id: their name, or the address's words for its default place
            for row in try Row.fetchAll(db, sql: "SELECT id, addressId, name FROM locations") {
                let name: String = row["name"], address: String = row["addressId"]
                labels[row["id"]] = name.isEmpty ? labels[address] ?? address : name
            }
            return labels
        }
    }

    /// For the users `selector` names who have no number yet: how many there are, and how many
    /// acquired user numbers are free in their countries. Changes nothing.
    public func numberSupply(for selector: UserSelector) throws -> (needed: Int, free: Int) {
        try read { db in
            let chosen = try selectUsers(selector, what: BilingualText("users", "utilisateurs"), db)
            let holders = Set(try String.fetchAll(db, sql: "SELECT lower(assignedTo) FROM numbers WHERE assignedTo IS NOT NULL"))
            let waiting = chosen.filter { !holders.contains($0.upn.lowercased()) }
            var free = 0
            for code in Set(waiting.compactMap(\.usageLocation)) {
                free += try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM numbers WHERE isoCountryCode = ? AND numberKind = 'user' AND state = 'acquired'
                        AND assignedTo IS NULL AND capability = 'UserAssignment'
                    """, arguments: [code]) ?? 0
            }
            return (waiting.count, free)
        }
    }

    /// The number each of `upns` holds, in the order given; users without one are left out.
    public func numbers(of upns: [String]) throws -> [(upn: String, number: String)] {
        try read { db in
            var held: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT lower(assignedTo), telephoneNumber FROM numbers WHERE assignedTo IS NOT NULL") {
                held[row[0]] = row[1]
            }
            return upns.compactMap { upn in held[upn.lowercased()].map { (upn, $0) } }
        }
    }
}
