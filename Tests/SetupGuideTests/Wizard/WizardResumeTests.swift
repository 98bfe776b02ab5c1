import Foundation
import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideWizard

/// The rehearsal tenant, with the process "killed" right after one moment: the call returns
/// an error as if nothing after it ran, and what was committed stays committed.
final class KilledEngine: WizardEngine, @unchecked Sendable {
    struct Killed: Error {}
    let tenant: RehearsalTenant
    let killAfterSearch: Bool

    init(_ tenant: RehearsalTenant, killAfterSearch: Bool) {
        self.tenant = tenant
        self.killAfterSearch = killAfterSearch
    }

    func searchNumbers(arguments: [String: String], intent: String) throws -> ActionOutcome {
        let outcome = try tenant.searchNumbers(arguments: arguments, intent: intent)
        if killAfterSearch { throw Killed() }
        return outcome
    }
    func adoptSearch(intent: String) throws -> ActionOutcome? { try tenant.adoptSearch(intent: intent) }
    func addressLabels() throws -> [String: String] { try tenant.addressLabels() }
    func numberSupply(for selector: UserSelector) throws -> (needed: Int, free: Int) { try tenant.numberSupply(for: selector) }
    func numbers(of upns: [String]) throws -> [(upn: String, number: String)] { try tenant.numbers(of: upns) }
    func pendingUsers(for action: ActionName, selector: UserSelector) throws -> [String] { try tenant.pendingUsers(for: action, selector: selector) }
    func reservationExpiry(_ id: String) throws -> Date? { try tenant.reservationExpiry(id) }
    var now: Date { tenant.now }
    func entries() throws -> [JournalEntry] { try tenant.entries() }
    func record(_ entry: JournalEntry) throws { try tenant.record(entry) }
    func forget(stepID: String) throws { try tenant.forget(stepID: stepID) }
    func actions(of stepID: String) throws -> [JournalAction] { try tenant.actions(of: stepID) }
    func record(_ action: JournalAction) throws { try tenant.record(action) }
    func evaluate(_ check: CheckName, arguments: [String: String], context: CheckContext) throws -> CheckResult {
        try tenant.evaluate(check, arguments: arguments, context: context)
    }
    func perform(_ action: ActionName, arguments: [String: String]) throws -> ActionOutcome {
        if killAfterSearch, action == .numbersSearch { Issue.record("the wizard searched without journalling its intent first") }
        return try tenant.perform(action, arguments: arguments)
    }
    func setCountry(_ code: String) throws -> Country { try tenant.setCountry(code) }
    func setConnectivity(_ connectivity: Connectivity) throws { try tenant.setConnectivity(connectivity) }
    func buyLicences(_ sku: Licence, quantity: Int) throws -> LicenceStock { try tenant.buyLicences(sku, quantity: quantity) }
    func assignLicences(_ sku: Licence, to users: UserSelector) throws -> BulkResult { try tenant.assignLicences(sku, to: users) }
    func importUsers(from file: URL) throws -> BulkResult { try tenant.importUsers(from: file) }
    func searchNumbers(country: String, city: String?, areaCode: String?, quantity: Int, type: NumberKind, address: String?) throws -> Reservation {
        try tenant.searchNumbers(country: country, city: city, areaCode: areaCode, quantity: quantity, type: type, address: address)
    }
    func acquireNumbers(reservation: String?) throws -> [String] { try tenant.acquireNumbers(reservation: reservation) }
    func releaseNumbers(reservation: String?) throws -> [String] { try tenant.releaseNumbers(reservation: reservation) }
    func requestNumbers(country: String, city: String?, quantity: Int, type: NumberKind) throws -> NumberRequest {
        try tenant.requestNumbers(country: country, city: city, quantity: quantity, type: type)
    }
    func portNumbers(quantity: Int, type: NumberKind, carrier: String?, authorisationSigned: Bool, country: String?) throws -> PortOrder {
        try tenant.portNumbers(quantity: quantity, type: type, carrier: carrier, authorisationSigned: authorisationSigned, country: country)
    }
    func createAddress(_ address: CivicAddress) throws -> StoredAddress { try tenant.createAddress(address) }
    func validateAddresses(_ address: String?) throws -> [StoredAddress] { try tenant.validateAddresses(address) }
    func removeAddress(_ address: String) throws { try tenant.removeAddress(address) }
    func createLocation(address: String, name: String) throws -> String { try tenant.createLocation(address: address, name: name) }
    func removeLocation(address: String, name: String) throws { try tenant.removeLocation(address: address, name: name) }
    func assignNumbers(to users: UserSelector, address: String?, location: String?) throws -> [NumberAssignment] {
        try tenant.assignNumbers(to: users, address: address, location: location)
    }
    func assignNumber(_ telephoneNumber: String, to user: String, address: String?, location: String?) throws -> NumberAssignment {
        try tenant.assignNumber(telephoneNumber, to: user, address: address, location: location)
    }
    func unassignNumber(from user: String) throws -> String? { try tenant.unassignNumber(from: user) }
    func notifyUsers(_ users: UserSelector, outbox: URL?) throws -> BulkResult { try tenant.notifyUsers(users, outbox: outbox) }
    func setConferencingProvider(_ provider: String, name: String?) throws { try tenant.setConferencingProvider(provider, name: name) }
    func assignBridgeNumber(type: NumberKind, number: String?) throws -> String { try tenant.assignBridgeNumber(type: type, number: number) }
    func setConferencingLanguages(default language: String, alternates: [String]) throws {
        try tenant.setConferencingLanguages(default: language, alternates: alternates)
    }
    func setConferencingPinLength(_ length: Int) throws { try tenant.setConferencingPinLength(length) }
    func setConferencingInvitations(sendEmails: Bool) throws { try tenant.setConferencingInvitations(sendEmails: sendEmails) }
    func createResourceAccount(upn: String, name: String, kind: String) throws { try tenant.createResourceAccount(upn: upn, name: name, kind: kind) }
    func createVoiceApplication(
        kind: String, name: String, resourceAccount: String, language: String?, timeZone: String?, operator: String?, agents: String?
    ) throws {
        try tenant.createVoiceApplication(
            kind: kind, name: name, resourceAccount: resourceAccount, language: language, timeZone: timeZone, operator: `operator`, agents: agents)
    }
    func assignServiceNumber(resourceAccount: String, type: NumberKind, number: String?) throws -> String {
        try tenant.assignServiceNumber(resourceAccount: resourceAccount, type: type, number: number)
    }
    func fundCredits(amount: Double, currency: String) throws -> Double { try tenant.fundCredits(amount: amount, currency: currency) }
    func setCreditsAutoRecharge(enabled: Bool, trigger: Double?, amount: Double?) throws {
        try tenant.setCreditsAutoRecharge(enabled: enabled, trigger: trigger, amount: amount)
    }
}

@Suite("Wizard, resumed after a kill")
struct WizardResumeTests {
    @Test("a run killed between the number search and its journal entry adopts the reservation on resume")
    func orphanReservation() throws {
        let folder = try WizardTests.folder()
        let clock = ManualClock()
        let tenant = try WizardTests.tenant(folder, clock: clock)
        let answers = try WizardTests.answers(folder, users: 5)
        let killed = Wizard(plan: try WizardTests.plan(), engine: KilledEngine(tenant, killAfterSearch: true),
                            io: ScriptedIO(interactive: false), answers: answers, assumeYes: true).run()
        guard case .refused = killed else {
            Issue.record("expected the run to stop at the search, got \(killed)")
            return
        }
        #expect(try tenant.actions(of: "user-numbers").first?.values["intent"] != nil, "the intent is journalled before the search")
        // resumed a minute later: the reservation still holds the quota; adopt it, search no more
        clock.advance(by: 60)
        let io = ScriptedIO(interactive: false)
        #expect(Wizard(plan: try WizardTests.plan(), engine: tenant, io: io, answers: answers, assumeYes: true).run() == .completed,
                "\(io.transcript)")
        #expect(io.transcript.contains("found again after an interruption"), "\(io.transcript)")
        let summary = try tenant.summary()
        let user = try #require(summary.numbers.first { $0.kind == .user })
        #expect(user.acquired == 5 && user.reserved == 0 && user.quotaUsed == 5, "one search of 5 numbers, not two: \(user)")
        #expect(summary.openReservations == 0)
        #expect(try tenant.pendingUsers(for: .numbersAssign, selector: .voice).isEmpty)
    }

    @Test("a run killed after the search, resumed once the reservation expired, searches again")
    func expiredOrphan() throws {
        let folder = try WizardTests.folder()
        let clock = ManualClock()
        let tenant = try WizardTests.tenant(folder, clock: clock)
        let answers = try WizardTests.answers(folder, users: 5)
        _ = Wizard(plan: try WizardTests.plan(), engine: KilledEngine(tenant, killAfterSearch: true),
                   io: ScriptedIO(interactive: false), answers: answers, assumeYes: true).run()
        clock.advance(by: RehearsalTenant.reservationLifetime + 1)
        let io = ScriptedIO(interactive: false)
        #expect(Wizard(plan: try WizardTests.plan(), engine: tenant, io: io, answers: answers, assumeYes: true).run() == .completed,
                "\(io.transcript)")
        #expect(try tenant.pendingUsers(for: .numbersAssign, selector: .voice).isEmpty)
    }
}
