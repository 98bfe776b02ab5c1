internal import Foundation
internal import GRDB
public import SetupGuideModel
internal import SetupGuidePlanning

extension RehearsalTenant {
    /// Searches for new numbers and reserves them for 10 minutes.
    ///
    /// Refused where the country orders numbers by request form, where the quota would be
    /// exceeded, and, for user numbers where the address travels with the number, without a
    /// validated address in that country.
    @discardableResult
    public func searchNumbers(
        country code: String, city: String?, areaCode: String?, quantity: Int, type: NumberKind, address: String?
    ) throws -> Reservation {
        try searchNumbers(country: code, city: city, areaCode: areaCode, quantity: quantity, type: type, address: address, intent: nil)
    }

    /// Searches as above and, in the same transaction, remembers the reservation under
    /// `intent`, a name the caller journalled before the search. A run killed after the search
    /// but before it journalled the result finds its reservation again with
    /// ``adoptReservation(intent:)`` instead of searching a second time: the first reservation
    /// would hold the quota for 10 minutes and refuse the second.
    @discardableResult
    public func searchNumbers(
        country code: String, city: String?, areaCode: String?, quantity: Int, type: NumberKind, address: String?,
        intent: String?
    ) throws -> Reservation {
        let what = BilingualText(
            "search for \(quantity) \(type.rawValue) numbers in \(code)", "chercher \(quantity) numéros \(type.frenchPlural) en \(code)")
        guard quantity > 0 else { throw EngineRefusal.invalidArgument("quantity", "must be at least 1", "doit valoir au moins 1", what: what) }
        let country = try country(code, for: what)
        let plan = try numberPlan(country, what: what)
        if type == .user, country.usesRequestForm { throw EngineRefusal.useRequestForm(country, kind: type, what: what) }
        if type.isService, country.value(of: .serviceNumbersInAdminCenter) == "false" {
            throw EngineRefusal.useRequestForm(country, kind: type, what: what)
        }
        let area: String
        if type == .tollFree {
            area = plan.tollFreeArea
        } else if let areaCode, !areaCode.isEmpty {
            let digits = areaCode.hasPrefix("0") ? String(areaCode.dropFirst()) : areaCode
            guard !digits.isEmpty, digits.count <= plan.nationalLength - 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw EngineRefusal.invalidArgument("areaCode", "'\(areaCode)' is not an area code of \(code)", "'\(areaCode)' n'est pas un indicatif de \(code)", what: what)
            }
            area = digits
        } else {
            area = plan.defaultArea
        }

        return try write { db in
            if type == .user { try requireCallingPlanNumbers(country, what: what, db) }
            let now = clock.now()
            try expireReservations(now: now, db)
            var addressID: String?
            var locationID: String?
            if let address, !address.isEmpty {
                let found = try usableAddress(address, country: country, what: what, db)
                addressID = found.id
                locationID = found.defaultLocation
                if let city, !city.isEmpty {
                    try requireSameArea(country, numberCity: city, addressID: found.id, subjects: [found.id], what: what, db)
                }
            } else if type == .user, country.addressAtAcquisition, country.value(of: .emergencyCalling) != "false" {
                throw EngineRefusal.addressRequired(country, atAcquisition: true, subjects: [], what: what)
            }
            try checkQuota(type, adding: quantity, what: what, db)

            let id = try nextID("res", db)
            let expiresAt = now.addingTimeInterval(Self.reservationLifetime)
            try db.execute(
                sql: """
                    INSERT INTO reservations (id, country, city, areaCode, numberKind, quantity, addressId, createdAt, expiresAt, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')
                    """,
                arguments: [id, code, city, areaCode, type.rawValue, quantity, addressID, now.timeIntervalSince1970, expiresAt.timeIntervalSince1970])
            let numbers = try makeNumbers(
                plan: plan, country: code, area: area, count: quantity, kind: type, city: city, origin: "new",
                state: "reserved", reservationID: id, portOrderID: nil, requestID: nil, addressID: addressID, locationID: locationID, db)
            if let intent { try setSetting(Self.intentKey(intent), id, db) }
            return Reservation(
                id: id, country: code, city: city, areaCode: areaCode, kind: type, numbers: numbers, addressID: addressID,
                expiresAt: expiresAt)
        }
    }

    /// The reservation a search made under `intent`, while it still holds its numbers (open and
    /// not expired, or acquired); nil when there is none, or it expired or was released.
    public func adoptReservation(intent: String) throws -> Reservation? {
        try write { db in
            try expireReservations(now: clock.now(), db)
            guard let id = try setting(Self.intentKey(intent), db) else { return nil }
            // Expired while nobody was there to acquire it: close it, as numbers.release would, so
            // that the search made again leaves no reservation open or expired behind.
            try db.execute(sql: "UPDATE reservations SET status = 'released' WHERE id = ? AND status = 'expired'", arguments: [id])
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM reservations WHERE id = ? AND status IN ('open', 'acquired')", arguments: [id]),
                let kind = NumberKind(rawValue: row["numberKind"])
            else { return nil }
            let numbers = try String.fetchAll(
                db, sql: "SELECT telephoneNumber FROM numbers WHERE reservationId = ? ORDER BY telephoneNumber", arguments: [id])
            return Reservation(
                id: id, country: row["country"], city: row["city"], areaCode: row["areaCode"], kind: kind, numbers: numbers,
                addressID: row["addressId"], expiresAt: Date(timeIntervalSince1970: row["expiresAt"]))
        }
    }

    /// `numbers.search` from a step's arguments, under `intent` (see ``searchNumbers(country:city:areaCode:quantity:type:address:intent:)``).
    public func searchNumbers(arguments: [String: String], intent: String) throws -> ActionOutcome {
        let input = StepArguments(action: .numbersSearch, values: arguments)
        let reservation = try searchNumbers(
            country: try input.country("country"), city: input.optional("city"), areaCode: input.optional("areaCode"),
            quantity: try input.integer("quantity"), type: try input.numberKind("type"), address: input.optional("address"),
            intent: intent)
        return searchOutcome(reservation, adopted: false)
    }

    /// The search made under `intent`, when its reservation still holds.
    public func adoptSearch(intent: String) throws -> ActionOutcome? {
        try adoptReservation(intent: intent).map { searchOutcome($0, adopted: true) }
    }

    private func searchOutcome(_ reservation: Reservation, adopted: Bool) -> ActionOutcome {
        let held = adopted
            ? BilingualText(" found again after an interruption (\(reservation.id))", " retrouvés après une interruption (\(reservation.id))")
            : BilingualText(" for 10 minutes (\(reservation.id))", " pendant 10 minutes (\(reservation.id))")
        return ActionOutcome(
            action: .numbersSearch, changed: !adopted,
            summary: .counting(reservation.numbers.count, ("number reserved", "numbers reserved"), ("numéro réservé", "numéros réservés"))
                .followed(by: held),
            values: ["reservation": reservation.id, "numbers": reservation.numbers.joined(separator: ",")])
    }

    static func intentKey(_ intent: String) -> String { "intent.numbers.search.\(intent)" }

    /// Acquires the numbers of one reservation, or of every open one when `reservation` is nil.
    ///
    /// A reservation already acquired is left as it is. An expired one is refused: search again.
    @discardableResult
    public func acquireNumbers(reservation: String?) throws -> [String] {
        let what = BilingualText("acquire the reserved numbers", "acquérir les numéros réservés")
        return try write { db in
            let now = clock.now().timeIntervalSince1970
            var ids: [String] = []
            for row in try reservations(reservation, what: what, db) {
                let id: String = row["id"], status: String = row["status"], expiresAt: Double = row["expiresAt"]
                switch status {
                case "acquired": continue
                case "open" where expiresAt > now: ids.append(id)
                default: throw EngineRefusal.reservationExpired(id, released: status == "released", what: what)
                }
            }
            var acquired: [String] = []
            for id in ids {
                acquired += try String.fetchAll(
                    db, sql: "SELECT telephoneNumber FROM numbers WHERE reservationId = ? ORDER BY telephoneNumber", arguments: [id])
                try db.execute(sql: "UPDATE numbers SET state = 'acquired' WHERE reservationId = ?", arguments: [id])
                try db.execute(sql: "UPDATE reservations SET status = 'acquired' WHERE id = ?", arguments: [id])
            }
            return acquired
        }
    }

    /// Gives a reservation's numbers back to the pool (every open one when `reservation` is nil).
    @discardableResult
    public func releaseNumbers(reservation: String?) throws -> [String] {
        let what = BilingualText("release the reserved numbers", "rendre les numéros réservés")
        return try write { db in
            var released: [String] = []
            for row in try reservations(reservation, what: what, db) {
                let id: String = row["id"], status: String = row["status"]
                switch status {
                case "released": continue
                case "acquired":
                    throw EngineRefusal.invalidArgument(
                        "reservation", "\(id) was already acquired; its numbers are the organisation's",
                        "\(id) a déjà été acquise ; ses numéros appartiennent à l'organisation", what: what)
                default:
                    released += try String.fetchAll(
                        db, sql: "SELECT telephoneNumber FROM numbers WHERE reservationId = ? ORDER BY telephoneNumber", arguments: [id])
                    try db.execute(sql: "DELETE FROM numbers WHERE reservationId = ? AND state = 'reserved'", arguments: [id])
                    try db.execute(sql: "UPDATE reservations SET status = 'released' WHERE id = ?", arguments: [id])
                }
            }
            return released
        }
    }

    /// Records a request-form order; the same request twice is recorded once.
    ///
    /// A real request takes days; the rehearsal tenant fulfils it at once, with numbers acquired
    /// but without an emergency address (give one when assigning), so the rest of a guide can be
    /// rehearsed. Requested numbers count against the quota.
    @discardableResult
    public func requestNumbers(country code: String, city: String?, quantity: Int, type: NumberKind) throws -> NumberRequest {
        let what = BilingualText(
            "request \(quantity) \(type.rawValue) numbers in \(code)", "demander \(quantity) numéros \(type.frenchPlural) en \(code)")
        guard quantity > 0 else { throw EngineRefusal.invalidArgument("quantity", "must be at least 1", "doit valoir au moins 1", what: what) }
        let country = try country(code, for: what)
        let plan = try numberPlan(country, what: what)
        return try write { db in
            if let id = try String.fetchOne(
                db, sql: "SELECT id FROM numberRequests WHERE country = ? AND city IS ? AND numberKind = ? AND quantity = ?",
                arguments: [code, city, type.rawValue, quantity])
            {
                return NumberRequest(id: id, country: code, city: city, quantity: quantity, kind: type)
            }
            if type == .user { try requireCallingPlanNumbers(country, what: what, db) }
            try expireReservations(now: clock.now(), db)
            try checkQuota(type, adding: quantity, what: what, db)
            let id = try nextID("req", db)
            try db.execute(
                sql: "INSERT INTO numberRequests (id, country, city, numberKind, quantity, createdAt) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [id, code, city, type.rawValue, quantity, clock.now().timeIntervalSince1970])
            _ = try makeNumbers(
                plan: plan, country: code, area: type == .tollFree ? plan.tollFreeArea : plan.defaultArea, count: quantity, kind: type,
                city: city, origin: "requested", state: "acquired", reservationID: nil, portOrderID: nil, requestID: id, addressID: nil,
                locationID: nil, db)
            return NumberRequest(id: id, country: code, city: city, quantity: quantity, kind: type)
        }
    }

    /// Ports numbers from the current carrier; they arrive acquired and count against no quota.
    ///
    /// Up to 999 numbers go through the porting wizard; more need a manual order with a signed
    /// letter of authorisation. Each order carries one kind of number. The same order twice is
    /// recorded once. `country` defaults to the organisation's.
    @discardableResult
    public func portNumbers(
        quantity: Int, type: NumberKind, carrier: String?, authorisationSigned: Bool, country code: String? = nil
    ) throws -> PortOrder {
        let what = BilingualText("port \(quantity) \(type.rawValue) numbers", "transférer \(quantity) numéros \(type.frenchPlural)")
        guard quantity > 0 else { throw EngineRefusal.invalidArgument("quantity", "must be at least 1", "doit valoir au moins 1", what: what) }
        let manual = quantity > 999
        if manual, !authorisationSigned { throw EngineRefusal.portNeedsAuthorisation(quantity, what: what) }
        return try write { db in
            guard let code = try code ?? setting("country", db) else { throw EngineRefusal.countryNotSet(what: what) }
            let country = try country(code, for: what)
            let plan = try numberPlan(country, what: what)
            if type == .user { try requireCallingPlanNumbers(country, what: what, db) }
            if let row = try Row.fetchOne(
                db, sql: "SELECT id FROM portOrders WHERE country = ? AND numberKind = ? AND quantity = ? AND carrier IS ?",
                arguments: [code, type.rawValue, quantity, carrier])
            {
                let id: String = row["id"]
                let numbers = try String.fetchAll(
                    db, sql: "SELECT telephoneNumber FROM numbers WHERE portOrderId = ? ORDER BY telephoneNumber", arguments: [id])
                return PortOrder(id: id, country: code, quantity: quantity, kind: type, carrier: carrier, manual: manual, numbers: numbers)
            }
            let id = try nextID("port", db)
            try db.execute(
                sql: "INSERT INTO portOrders (id, country, numberKind, quantity, carrier, manual, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [id, code, type.rawValue, quantity, carrier, manual, clock.now().timeIntervalSince1970])
            // Ported numbers keep the carrier's area; the rehearsal tenant gives them their own.
            let area = type == .tollFree ? plan.tollFreeArea : "9" + plan.defaultArea
            let numbers = try makeNumbers(
                plan: plan, country: code, area: area, count: quantity, kind: type, city: nil, origin: "ported",
                state: "acquired", reservationID: nil, portOrderID: id, requestID: nil, addressID: nil, locationID: nil, db)
            return PortOrder(id: id, country: code, quantity: quantity, kind: type, carrier: carrier, manual: manual, numbers: numbers)
        }
    }

    // MARK: - Helpers

    /// Only Calling Plans get user numbers from Microsoft: the country must sell them and the
    /// organisation must not have chosen another connectivity.
    func requireCallingPlanNumbers(_ country: Country, what: BilingualText, _ db: Database) throws {
        let connectivity = try setting("connectivity", db).flatMap(Connectivity.init(rawValue:))
        if !country.sellsCallingPlans || (connectivity != nil && connectivity != .callingPlan) {
            throw EngineRefusal.noCallingPlanNumbers(country, connectivity: connectivity, what: what)
        }
    }

    func numberPlan(_ country: Country, what: BilingualText) throws -> NumberPlan {
        guard let plan = NumberPlan.forCountry(country.code) else {
            throw EngineRefusal.unknownCountry(country.code, what: what)
        }
        return plan
    }

    /// Reservations past their 10 minutes give their numbers back to the pool.
    func expireReservations(now: Date, _ db: Database) throws {
        let expired = try String.fetchAll(
            db, sql: "SELECT id FROM reservations WHERE status = 'open' AND expiresAt <= ?", arguments: [now.timeIntervalSince1970])
        for id in expired {
            try db.execute(sql: "DELETE FROM numbers WHERE reservationId = ? AND state = 'reserved'", arguments: [id])
            try db.execute(sql: "UPDATE reservations SET status = 'expired' WHERE id = ?", arguments: [id])
        }
    }

    func reservations(_ id: String?, what: BilingualText, _ db: Database) throws -> [Row] {
        if let id, !id.isEmpty {
            guard let row = try Row.fetchOne(db, sql: "SELECT id, status, expiresAt FROM reservations WHERE id = ?", arguments: [id]) else {
                throw EngineRefusal.notFound(.init("reservation", "réservation"), [id], what: what)
            }
            return [row]
        }
        return try Row.fetchAll(db, sql: "SELECT id, status, expiresAt FROM reservations WHERE status = 'open' ORDER BY createdAt, id")
    }

    /// The quota for a kind of number, from the licences bought.
    func quota(_ kind: NumberKind, _ db: Database) throws -> Int {
        try NumberQuota.of(kind) { try stock($0, db).purchased }
    }

    /// Numbers of a kind got from Microsoft: acquired, reserved, or delivered on request. Ported
    /// numbers are not counted.
    func quotaUsage(_ kind: NumberKind, _ db: Database) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT count(*) FROM numbers WHERE numberKind = ? AND origin != 'ported'", arguments: [kind.rawValue]) ?? 0
    }

    func checkQuota(_ kind: NumberKind, adding quantity: Int, what: BilingualText, _ db: Database) throws {
        let quota = try quota(kind, db)
        let used = try quotaUsage(kind, db)
        if used + quantity > quota {
            throw EngineRefusal.quotaExceeded(kind, used: used, quota: quota, asked: quantity, what: what)
        }
    }

    /// Writes `count` fresh numbers, skipping any the tenant already has.
    func makeNumbers(
        plan: NumberPlan, country: String, area: String, count: Int, kind: NumberKind, city: String?, origin: String,
        state: String, reservationID: String?, portOrderID: String?, requestID: String?, addressID: String?, locationID: String?,
        _ db: Database
    ) throws -> [String] {
        let counterKey = "counter.\(country).\(area)"
        var counter = Int(try setting(counterKey, db) ?? "0") ?? 0
        let exists = try db.cachedStatement(sql: "SELECT 1 FROM numbers WHERE telephoneNumber = ?")
        let insert = try db.cachedStatement(sql: """
            INSERT INTO numbers (telephoneNumber, isoCountryCode, city, numberKind, origin, state, capability,
                reservationId, portOrderId, requestId, civicAddressId, locationId)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let capability = kind == .user ? "UserAssignment" : "ConferenceAssignment,VoiceApplicationAssignment"
        var numbers: [String] = []
        numbers.reserveCapacity(count)
        while numbers.count < count {
            counter += 1
            let number = plan.number(area: area, counter: counter)
            if try Int.fetchOne(exists, arguments: [number]) != nil { continue }
            try insert.execute(arguments: [
                number, country, city, kind.rawValue, origin, state, capability, reservationID, portOrderID, requestID, addressID,
                locationID,
            ])
            numbers.append(number)
        }
        try setSetting(counterKey, String(counter), db)
        return numbers
    }
}
