public import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning

/// A tenant the wizard can provision: one typed method per action of the catalogue, a dispatcher
/// that drives them from a guide's string arguments, and the checks that prove a step is done.
///
/// Every method either completes in full or throws an `EngineRefusal` and changes nothing.
/// Running a step twice creates no duplicate.
///
/// ```swift
/// let outcome = try engine.perform(.numbersSearch, arguments: ["country": "US", "quantity": "20"])
/// let result = try engine.evaluate(.usersHaveNumbers, arguments: [:], context: CheckContext())
/// ```
public protocol ProvisioningEngine: CheckableTenant {
    /// `tenant.set-country`.
    @discardableResult func setCountry(_ code: String) throws -> Country
    /// `tenant.set-connectivity`.
    func setConnectivity(_ connectivity: Connectivity) throws
    /// `licences.buy`: at least `quantity` licences of `sku` are bought.
    @discardableResult func buyLicences(_ sku: Licence, quantity: Int) throws -> LicenceStock
    /// `licences.assign`.
    @discardableResult func assignLicences(_ sku: Licence, to users: UserSelector) throws -> BulkResult
    /// `users.import`.
    @discardableResult func importUsers(from file: URL) throws -> BulkResult
    /// `numbers.search`: reserves numbers for 10 minutes.
    @discardableResult func searchNumbers(
        country: String, city: String?, areaCode: String?, quantity: Int, type: NumberKind, address: String?
    ) throws -> Reservation
    /// `numbers.acquire`.
    @discardableResult func acquireNumbers(reservation: String?) throws -> [String]
    /// `numbers.release`.
    @discardableResult func releaseNumbers(reservation: String?) throws -> [String]
    /// `numbers.request`.
    @discardableResult func requestNumbers(country: String, city: String?, quantity: Int, type: NumberKind) throws -> NumberRequest
    /// `numbers.port`.
    @discardableResult func portNumbers(
        quantity: Int, type: NumberKind, carrier: String?, authorisationSigned: Bool, country: String?
    ) throws -> PortOrder
    /// `addresses.create`.
    @discardableResult func createAddress(_ address: CivicAddress) throws -> StoredAddress
    /// `addresses.validate`.
    @discardableResult func validateAddresses(_ address: String?) throws -> [StoredAddress]
    /// `addresses.remove`.
    func removeAddress(_ address: String) throws
    /// `locations.create`.
    @discardableResult func createLocation(address: String, name: String) throws -> String
    /// `locations.remove`.
    func removeLocation(address: String, name: String) throws
    /// `numbers.assign`, for every selected user without a number.
    @discardableResult func assignNumbers(to users: UserSelector, address: String?, location: String?) throws -> [NumberAssignment]
    /// `numbers.assign` with one particular number.
    @discardableResult func assignNumber(_ telephoneNumber: String, to user: String, address: String?, location: String?) throws -> NumberAssignment
    /// `numbers.unassign`.
    @discardableResult func unassignNumber(from user: String) throws -> String?
    /// `users.notify`: one mail per user telling them their number.
    @discardableResult func notifyUsers(_ users: UserSelector, outbox: URL?) throws -> BulkResult

    /// `conferencing.set-provider`.
    func setConferencingProvider(_ provider: String, name: String?) throws
    /// `conferencing.assign-bridge-number`.
    @discardableResult func assignBridgeNumber(type: NumberKind, number: String?) throws -> String
    /// `conferencing.set-languages`.
    func setConferencingLanguages(default language: String, alternates: [String]) throws
    /// `conferencing.set-pin-length`.
    func setConferencingPinLength(_ length: Int) throws
    /// `conferencing.set-invitations`.
    func setConferencingInvitations(sendEmails: Bool) throws
    /// `resource-accounts.create`.
    func createResourceAccount(upn: String, name: String, kind: String) throws
    /// `call-queues.create` (kind `call-queue`) and `auto-attendants.create` (kind `auto-attendant`).
    func createVoiceApplication(
        kind: String, name: String, resourceAccount: String, language: String?, timeZone: String?, operator: String?, agents: String?
    ) throws
    /// `service-numbers.assign`.
    @discardableResult func assignServiceNumber(resourceAccount: String, type: NumberKind, number: String?) throws -> String
    /// `credits.fund`: the credits funded reach at least `amount`.
    @discardableResult func fundCredits(amount: Double, currency: String) throws -> Double
    /// `credits.set-auto-recharge`.
    func setCreditsAutoRecharge(enabled: Bool, trigger: Double?, amount: Double?) throws

    /// Runs `action` with arguments already bound from the guide's inputs.
    @discardableResult func perform(_ action: ActionName, arguments: [String: String]) throws -> ActionOutcome
}

/// A tenant the catalogue's checks can judge: the rehearsal tenant, or a real one read from its
/// PowerShell exports (`ExportedTenant`).
public protocol CheckableTenant: Sendable {
    /// Evaluates `check` against the tenant.
    func evaluate(_ check: CheckName, arguments: [String: String], context: CheckContext) throws -> CheckResult
}
