package import SetupGuideModel
package import SetupGuidePlanning

/// What the checks of the catalogue read from a tenant, and nothing more.
///
/// The checks are written once, over this protocol (`TenantFacts+Checks.swift`). The rehearsal
/// tenant answers with SQL over its own file; a folder of PowerShell exports answers from
/// memory (`ExportedTenant`). So a real tenant is judged by exactly the rules a rehearsed one is,
/// without copying a hundred thousand users into SQLite first.
///
/// Users are compared without case, as Entra ID compares sign-in names. Lists of subjects come
/// back sorted (users without case), so that reports read the same from either source.
package protocol TenantFacts {
    /// The organisation's country as the tenant records it.
    func recordedCountry() throws -> String?
    /// How the organisation gets its numbers, when chosen.
    func connectivity() throws -> Connectivity?
    /// The catalogue's facts about a country.
    func country(_ code: String) -> Country?
    /// Licences of `sku` bought.
    func purchased(_ sku: Licence) throws -> Int
    /// Of the person accounts (not resource accounts) that `selector` names, how many there are
    /// and, sorted, those lacking `need`. Named users the tenant does not have are refused with
    /// `EngineRefusal.notFound`.
    func people(_ selector: UserSelector, lacking need: PersonNeed, what: BilingualText) throws -> (total: Int, lacking: [String])
    /// How many person accounts the tenant has.
    func personCount() throws -> Int
    /// Person accounts whose licence usage location is set and is not `country`, sorted by UPN
    /// without case: they cannot get that country's numbers.
    func people(outside country: String) throws -> [UserRow]
    /// Of the accounts holding any of `skus`, how many there are and, sorted, those holding none
    /// of `also`.
    func licensees(_ skus: [Licence], lacking also: [Licence]) throws -> (total: Int, lacking: [String])
    /// How many resource accounts there are and, sorted, those without `sku`.
    func resourceAccounts(lacking sku: Licence) throws -> (total: Int, lacking: [String])
    /// Numbers of `kind` the tenant holds: acquired ones, or all but ported ones (`quota`).
    func numberCount(_ kind: NumberKind, _ scope: NumberScope) throws -> Int
    /// Numbers assigned to users, in any order, each with its holder when the tenant has them.
    func userAssignedNumbers() throws -> [AssignedNumber]
    /// The conferencing bridge's number of `kind`.
    func bridgeNumber(_ kind: NumberKind) throws -> String?
    /// Emergency addresses with their validation status, sorted by id.
    func addressStatuses() throws -> [(id: String, status: String)]
    /// Call queues (`call-queue`) or auto attendants (`auto-attendant`), sorted by name, with how
    /// many numbers their resource account holds.
    func voiceApplications(kind: String) throws -> [(name: String, numbers: Int)]
    /// Reservations left open or expired, sorted by id, and the tenant's time.
    func unfinishedReservations() throws -> (rows: [(id: String, status: String, expiresAt: Double)], now: Double)
    /// Number requests recorded.
    func requestCount() throws -> Int
    /// Port orders recorded.
    func portOrderCount() throws -> Int
    /// A conferencing setting (`provider`, `defaultLanguage`, `pinLength`).
    func conferencingSetting(_ key: String) throws -> String?
    /// Communications credits funded over the last year.
    func creditBalance() throws -> Double
    /// Users holding a number, once per number, sorted by UPN, and whether they were told.
    func numberHoldersNotified() throws -> [(upn: String, notified: Bool)]
    /// Who did a manual step and when, as the wizard's journal holds it; `nil` without a journal.
    func manualRecord(_ step: String) throws -> (who: String?, when: String?)?
}

/// A person account as the checks see it.
package struct UserRow: Equatable {
    /// The sign-in name.
    let upn: String
    /// ISO code of the licence usage location.
    let usageLocation: String?
    /// The name people see, when known.
    let displayName: String?

    package init(upn: String, usageLocation: String?, displayName: String? = nil) {
        self.upn = upn
        self.usageLocation = usageLocation
        self.displayName = displayName
    }
}

/// A number assigned to a user, with that user when known.
package struct AssignedNumber {
    /// The number in E.164.
    let telephoneNumber: String
    /// ISO code of the number's country.
    let isoCountryCode: String
    /// The emergency location, if any.
    let locationID: String?
    /// The user holding it, when the tenant has that user.
    let holder: UserRow?
    /// The city of the number's area, as the tenant records it.
    let city: String?
    /// The city of the emergency address its location belongs to, when both are known.
    let addressCity: String?

    package init(
        telephoneNumber: String, isoCountryCode: String, locationID: String?, holder: UserRow?,
        city: String? = nil, addressCity: String? = nil
    ) {
        self.telephoneNumber = telephoneNumber
        self.isoCountryCode = isoCountryCode
        self.locationID = locationID
        self.holder = holder
        self.city = city
        self.addressCity = addressCity
    }
}

extension Licence {
    /// The licences that count as `sku`: itself and the enum's bundles that include it (Office 365
    /// E5 gives Phone System and Audio Conferencing, as `content/licences.yaml` has it from
    /// Microsoft's licensing reference). The rehearsal tenant only sells the enum's SKUs, so this
    /// is its whole bundle table; exports use the content's (`LicenceBundles`).
    package static func counted(as sku: Licence) -> [Licence] {
        switch sku {
        case .phoneSystem: allCases.filter(\.grantsPhoneSystem)
        case .audioConferencing: allCases.filter(\.grantsAudioConferencing)
        default: [sku]
        }
    }
}

/// What a person may lack.
package enum PersonNeed {
    /// A licence of this SKU.
    case licence(Licence)
    /// A telephone number.
    case number
}

/// Which numbers of a kind a count covers.
package enum NumberScope {
    /// Numbers acquired (not merely reserved).
    case acquired
    /// Numbers got from Microsoft, which count against the quota: all but ported ones.
    case quota
}
