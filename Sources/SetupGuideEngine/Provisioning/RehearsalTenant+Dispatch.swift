internal import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning

extension RehearsalTenant {
    /// Runs `action` with the string arguments a guide step bound, through the typed method.
    ///
    /// The switch is the table from action to the one method that performs it.
    @discardableResult
    public func perform(_ action: ActionName, arguments: [String: String]) throws -> ActionOutcome {
        let input = StepArguments(action: action, values: arguments)
        return switch action {
        case .tenantSetCountry: try performTenantSetCountry(input)
        case .tenantSetConnectivity: try performTenantSetConnectivity(input)
        case .licencesBuy: try performLicencesBuy(input)
        case .licencesAssign: try performLicencesAssign(input)
        case .usersImport: try performUsersImport(input)
        case .numbersSearch: try performNumbersSearch(input)
        case .numbersAcquire: try performNumbersAcquire(input)
        case .numbersRelease: try performNumbersRelease(input)
        case .numbersRequest: try performNumbersRequest(input)
        case .numbersPort: try performNumbersPort(input)
        case .addressesCreate: try performAddressesCreate(input)
        case .addressesValidate: try performAddressesValidate(input)
        case .addressesRemove: try performAddressesRemove(input)
        case .locationsCreate: try performLocationsCreate(input)
        case .locationsRemove: try performLocationsRemove(input)
        case .numbersAssign: try performNumbersAssign(input)
        case .numbersUnassign: try performNumbersUnassign(input)
        case .usersNotify: try performUsersNotify(input)
        case .conferencingSetProvider, .conferencingAssignBridgeNumber, .conferencingSetLanguages, .conferencingSetPinLength, .conferencingSetInvitations, .resourceAccountsCreate, .callQueuesCreate, .autoAttendantsCreate, .serviceNumbersAssign, .creditsFund, .creditsSetAutoRecharge:
            try performService(action, input)
        }
    }

    /// `tenant.set-country`.
    private func performTenantSetCountry(_ input: StepArguments) throws -> ActionOutcome {
        let before = try read { db in try setting("country", db) }
        let country = try setCountry(try input.country("country"))
        return outcome(.tenantSetCountry, before != country.code, .init("Country set to \(country.nameEnglish)", "Pays défini : \(country.nameFrench)"), ["country": country.code])
    }

    /// `tenant.set-connectivity`.
    private func performTenantSetConnectivity(_ input: StepArguments) throws -> ActionOutcome {
        guard let connectivity = Connectivity(rawValue: try input.required("connectivity")) else {
            throw input.invalid("connectivity", Connectivity.allCases.map(\.rawValue))
        }
        let before = try read { db in try setting("connectivity", db) }
        try setConnectivity(connectivity)
        return outcome(.tenantSetConnectivity, before != connectivity.rawValue, .init("Connectivity set to \(connectivity.label(in: .english))", "Connexion définie : \(connectivity.label(in: .french))"))
    }

    /// `licences.buy`.
    private func performLicencesBuy(_ input: StepArguments) throws -> ActionOutcome {
        let sku = try input.sku()
        let before = try licenceStock(sku)
        let stock = try buyLicences(sku, quantity: try input.integer("quantity"))
        return outcome(
            .licencesBuy, stock.purchased != before.purchased,
            .init("\(stock.purchased) licences bought in all: \(sku.label.english)", "\(stock.purchased) licences achetées en tout : \(sku.label.french)"),
            ["purchased": String(stock.purchased)])
    }

    /// `licences.assign`.
    private func performLicencesAssign(_ input: StepArguments) throws -> ActionOutcome {
        let sku = try input.sku()
        let result = try assignLicences(sku, to: try input.users("users", default: .voice))
        let people = BilingualText.counting(result.changed, ("user", "users"), ("utilisateur", "utilisateurs"))
        return outcome(
            .licencesAssign, result.changed > 0,
            .init("\(sku.label.english) assigned to \(people.english) (\(result.unchanged) already had it)",
                  "\(sku.label.french) attribuée à \(people.french) (\(result.unchanged) l'\(result.unchanged > 1 ? "avaient" : "avait") déjà)"),
            ["assigned": String(result.changed)])
    }

    /// `users.import`.
    private func performUsersImport(_ input: StepArguments) throws -> ActionOutcome {
        let file = URL(fileURLWithPath: try input.required("file"))
        let result = try importUsers(from: file)
        return outcome(
            .usersImport, result.changed > 0,
            BilingualText.counting(result.changed, ("user imported or updated", "users imported or updated"),
                                   ("utilisateur importé ou mis à jour", "utilisateurs importés ou mis à jour"))
                .followed(by: .init(", \(result.unchanged) unchanged", ", \(result.unchanged) inchangé\(result.unchanged > 1 ? "s" : "")")),
            ["imported": String(result.changed)])
    }

    /// `numbers.search`.
    private func performNumbersSearch(_ input: StepArguments) throws -> ActionOutcome {
        let reservation = try searchNumbers(
            country: try input.country("country"), city: input.optional("city"), areaCode: input.optional("areaCode"),
            quantity: try input.integer("quantity"), type: try input.numberKind("type"), address: input.optional("address"))
        return outcome(
            .numbersSearch, true,
            .counting(reservation.numbers.count, ("number reserved", "numbers reserved"), ("numéro réservé", "numéros réservés"))
                .followed(by: .init(" for 10 minutes", " pendant 10 minutes")),
            ["reservation": reservation.id, "numbers": reservation.numbers.joined(separator: ",")])
    }

    /// `numbers.acquire`.
    private func performNumbersAcquire(_ input: StepArguments) throws -> ActionOutcome {
        let numbers = try acquireNumbers(reservation: input.optional("reservation"))
        return outcome(.numbersAcquire, !numbers.isEmpty, .counting(numbers.count, ("number acquired", "numbers acquired"), ("numéro acquis", "numéros acquis")),
                       ["numbers": numbers.joined(separator: ",")])
    }

    /// `numbers.release`.
    private func performNumbersRelease(_ input: StepArguments) throws -> ActionOutcome {
        let numbers = try releaseNumbers(reservation: input.optional("reservation"))
        return outcome(.numbersRelease, !numbers.isEmpty, .counting(numbers.count, ("number released", "numbers released"), ("numéro rendu", "numéros rendus")))
    }

    /// `numbers.request`.
    private func performNumbersRequest(_ input: StepArguments) throws -> ActionOutcome {
        let before = try snapshotCount("numberRequests")
        let request = try requestNumbers(
            country: try input.country("country"), city: input.optional("city"), quantity: try input.integer("quantity"),
            type: try input.numberKind("type"))
        return outcome(
            .numbersRequest, try snapshotCount("numberRequests") != before,
            .init("Request recorded for \(BilingualText.counting(request.quantity, ("number", "numbers"), ("numéro", "numéros")).english)\(request.city.map { " in \($0)" } ?? "")",
                  "Demande enregistrée pour \(BilingualText.counting(request.quantity, ("number", "numbers"), ("numéro", "numéros")).french)\(request.city.map { " (\($0))" } ?? "")"),
            ["request": request.id])
    }

    /// `numbers.port`.
    private func performNumbersPort(_ input: StepArguments) throws -> ActionOutcome {
        let before = try snapshotCount("portOrders")
        let order = try portNumbers(
            quantity: try input.integer("quantity"), type: try input.numberKind("type", singleForPort: true),
            carrier: input.optional("carrier"), authorisationSigned: try input.boolean("authorisationSigned", default: false),
            country: input.optional("country"))
        let numbers = BilingualText.counting(order.quantity, ("number", "numbers"), ("numéro", "numéros"))
        return outcome(
            .numbersPort, try snapshotCount("portOrders") != before,
            .init("Port order for \(numbers.english)\(order.manual ? " (manual)" : "")",
                  "Commande de transfert pour \(numbers.french)\(order.manual ? " (manuelle)" : "")"),
            ["order": order.id])
    }

    /// `addresses.create`.
    private func performAddressesCreate(_ input: StepArguments) throws -> ActionOutcome {
        let before = try snapshotCount("addresses")
        let stored = try createAddress(
            CivicAddress(
                companyName: try input.required("company"), houseNumber: input.optional("houseNumber"),
                streetName: try input.required("street"), city: try input.required("city"),
                stateOrProvince: input.optional("state"), postalCode: input.optional("postalCode"),
                countryOrRegion: try input.country("country"), latitude: try input.decimal("latitude"),
                longitude: try input.decimal("longitude"), description: input.optional("description"), elin: input.optional("elin")))
        return outcome(
            .addressesCreate, try snapshotCount("addresses") != before,
            .init("Emergency address “\(Self.words(for: stored))” saved", "Adresse d'urgence « \(Self.words(for: stored)) » enregistrée"),
            ["address": stored.id, "location": stored.defaultLocationID])
    }

    /// `addresses.validate`.
    private func performAddressesValidate(_ input: StepArguments) throws -> ActionOutcome {
        let results = try validateAddresses(input.optional("address"))
        let invalid = results.filter { $0.validationStatus == .invalid }.map(\.id)
        let corrected = results.filter { !$0.correctedFields.isEmpty }.map(\.id)
        return outcome(
            .addressesValidate, !results.isEmpty,
            BilingualText.counting(results.count, ("address validated", "addresses validated"), ("adresse validée", "adresses validées"))
                .followed(by: .init(": ", " : "))
                .followed(by: .counting(invalid.count, ("invalid", "invalid"), ("invalide", "invalides")))
                .followed(by: .init(", ", ", "))
                .followed(by: .counting(corrected.count, ("corrected", "corrected"), ("corrigée", "corrigées"))),
            ["invalid": invalid.joined(separator: ","), "corrected": corrected.joined(separator: ",")])
    }

    /// `addresses.remove`.
    private func performAddressesRemove(_ input: StepArguments) throws -> ActionOutcome {
        try removeAddress(try input.required("address"))
        return outcome(.addressesRemove, true, .init("Address removed", "Adresse supprimée"))
    }

    /// `locations.create`.
    private func performLocationsCreate(_ input: StepArguments) throws -> ActionOutcome {
        let before = try snapshotCount("locations")
        let id = try createLocation(address: try input.required("address"), name: try input.required("name"))
        let name = try input.required("name").trimmingSpaces()
        return outcome(.locationsCreate, try snapshotCount("locations") != before, .init("Place “\(name)” saved", "Lieu « \(name) » enregistré"), ["location": id])
    }

    /// `locations.remove`.
    private func performLocationsRemove(_ input: StepArguments) throws -> ActionOutcome {
        try removeLocation(address: try input.required("address"), name: try input.required("name"))
        return outcome(.locationsRemove, true, .init("Place removed", "Lieu supprimé"))
    }

    /// `numbers.assign`.
    private func performNumbersAssign(_ input: StepArguments) throws -> ActionOutcome {
        if let number = input.optional("number") {
            let before = try unassignedCount()
            let assignment = try assignNumber(
                number, to: try input.required("users"), address: input.optional("address"), location: input.optional("location"))
            return outcome(
                .numbersAssign, try unassignedCount() != before,
                .init("\(assignment.telephoneNumber) assigned to \(assignment.userPrincipalName)",
                      "\(assignment.telephoneNumber) attribué à \(assignment.userPrincipalName)"))
        }
        let assignments = try assignNumbers(
            to: try input.users("users", default: .voice), address: input.optional("address"), location: input.optional("location"))
        return outcome(
            .numbersAssign, !assignments.isEmpty,
            .counting(assignments.count, ("user got a number", "users got a number"), ("utilisateur a reçu un numéro", "utilisateurs ont reçu un numéro")),
            ["assigned": String(assignments.count)])
    }

    /// `numbers.unassign`.
    private func performNumbersUnassign(_ input: StepArguments) throws -> ActionOutcome {
        let number = try unassignNumber(from: try input.required("user"))
        return outcome(
            .numbersUnassign, number != nil,
            number.map { .init("\($0) taken back", "\($0) retiré") } ?? .init("The user had no number", "L'utilisateur n'avait pas de numéro"))
    }

    /// `users.notify`.
    private func performUsersNotify(_ input: StepArguments) throws -> ActionOutcome {
        let outbox = input.optional("outbox").map { URL(fileURLWithPath: $0) } ?? TenantLocation.outbox(for: url)
        let result = try notifyUsers(try input.users("users", default: .all), outbox: outbox)
        return outcome(
            .usersNotify, result.changed > 0,
            BilingualText.counting(result.changed, ("user told their number", "users told their number"),
                                   ("utilisateur informé de son numéro", "utilisateurs informés de leur numéro"))
                .followed(by: .init(" (\(result.unchanged) already told)", " (\(result.unchanged) déjà informé\(result.unchanged > 1 ? "s" : ""))")))
    }

    /// An address as people name it: its description, else its street and city.
    static func words(for stored: StoredAddress) -> String {
        let description = stored.address.description?.trimmingSpaces() ?? ""
        return description.isEmpty ? "\(stored.address.streetName), \(stored.address.city)" : description
    }

    func outcome(_ action: ActionName, _ changed: Bool, _ summary: BilingualText, _ values: [String: String] = [:]) -> ActionOutcome {
        ActionOutcome(action: action, changed: changed, summary: summary, values: values)
    }

    /// Rows this connection has inserted, updated or deleted so far (SQLite's `total_changes()`).
    func rowsWritten() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT total_changes()") ?? 0 }
    }

    func snapshotCount(_ table: String) throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    func unassignedCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM numbers WHERE assignedTo IS NULL") ?? 0 }
    }
}
