public import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideEngine

/// A real tenant as its PowerShell exports show it, indexed in memory so that the catalogue's
/// checks can judge it: the same checks, worded the same, as for the rehearsal tenant.
///
/// Exports are facts, not requests: a real tenant may hold what the engine's rules would refuse
/// (a number in another country, more numbers than the quota, a location whose address was not
/// exported), and that is what `verify` reports. Nothing here is checked against those rules.
///
/// - Users without a voice licence are out of scope: they are left out, so no check sees them.
///   Numbers that name them are still numbers, but no user check judges them.
/// - A few facts are not in the five exports (reservations, request forms, mails sent, the
///   conferencing bridge's settings, the credits balance): their checks are not applicable.
///
/// ```swift
/// let tenant = ExportedTenant(snapshot: snapshot, country: "FR", connectivity: .callingPlan,
///                             features: [], countries: { catalogue.country($0) })
/// let result = try tenant.evaluate(.usersHaveNumbers, arguments: [:], context: CheckContext())
/// ```
public struct ExportedTenant: CheckableTenant {
    /// The application ids Microsoft gives call-queue and auto-attendant resource accounts.
    static let callQueueApplicationID = "11cd3e2e-fccb-42ad-ad00-878b93575e07"
    static let autoAttendantApplicationID = "ce933385-9390-45d1-9512-c8d228074e07"
    /// The kind given to a resource account whose export has no `ApplicationId`.
    static let unknownApplicationKind = "resource-account"

    /// An account in scope: a person with a voice licence, or a resource account.
    struct Account {
        let upn: String
        /// `upn` lower-cased: accounts are compared without case.
        let key: String
        let usageLocation: String?
        /// `person`, `call-queue`, `auto-attendant` or `resource-account` (kind not exported).
        let kind: String
        /// Whether `kind` is `person`, read by most checks for every account.
        let isPerson: Bool
        /// The licences its `FeatureTypes` grant, one bit per `Licence.allCases` index.
        let licences: UInt16
        /// The department, lower-cased: `department:NAME` selectors compare without case.
        let department: String?
        /// The name people see, to name the person in findings.
        let displayName: String?
        /// How many numbers it holds.
        var numbers = 0
    }

    /// A number as the counting checks need it; who holds it is in `held` and `userAssigned`.
    struct Number {
        let telephoneNumber: String
        let kind: NumberKind
        /// Got from Microsoft as a new number: it counts against the quota.
        let fromQuota: Bool
        /// Ported in from another carrier to Microsoft.
        let portedIn: Bool
        let status: String
        /// ISO code of its country, its area's city and its emergency location, for findings.
        let country: String
        let city: String?
        let location: String?
        /// Who holds it, as the export names them (a UPN when the account is known).
        let assignee: String?
        /// The holder's position in `accounts`, when the tenant has them in scope.
        let holder: Int?
        /// The address of its emergency location, when the exports have it.
        let locationAddress: String?
    }

    let countryCode: String
    let chosenConnectivity: Connectivity
    let features: Set<Feature>
    let countries: RehearsalTenant.CountryLookup
    let bought: [Licence: Int]
    /// In-scope accounts sorted by UPN without case, as the rehearsal tenant's `COLLATE NOCASE`
    /// lists them: lists of subjects filtered from it need no sorting of their own.
    let accounts: [Account]
    /// Index into `accounts` by lower-cased UPN.
    let accountIndex: [String: Int]
    /// Numbers in export order, each once.
    let numbers: [Number]
    /// Index into `numbers` by telephone number.
    let numberIndex: [String: Int]
    /// `UserAssigned` numbers, in export order.
    let userAssigned: [AssignedNumber]
    /// Addresses with their status, sorted by id.
    let addresses: [(id: String, status: String)]
    /// Each exported address by id, to describe it in findings.
    let addressRecords: [String: ExportSnapshot.Address]
    /// The address of each exported location, by location id.
    let locationAddress: [String: String]
    /// The SKUs bought, by part number, with the licences each counts as: what a fix script
    /// assigns, and what a licence finding says was counted.
    let skuParts: [(partNumber: String, enabled: Int, counts: [Licence])]

    /// Indexes `snapshot` for an organisation in `country` with `connectivity`; `features` are the
    /// plan's, since a resource account of unknown kind only counts where its feature was chosen.
    /// `licences` says which bundles give Phone System, a Calling Plan or Audio Conferencing
    /// (`content/licences.yaml`); without it only the SKUs the checks name are counted.
    public init(
        snapshot: ExportSnapshot, country: String, connectivity: Connectivity, features: Set<Feature>,
        countries: @escaping RehearsalTenant.CountryLookup, licences: LicenceBundles = LicenceBundles()
    ) {
        countryCode = country
        chosenConnectivity = connectivity
        self.features = features
        self.countries = countries

        // Licences bought, each SKU counted as everything it gives: 4 SPE_E5 are 4 Phone System
        // and 4 Audio Conferencing licences. SKUs that give nothing of Teams Phone are not ours to
        // judge; the first line of a SKU wins, as it would in the tenant's own list.
        var bought: [Licence: Int] = [:]
        var skuParts: [(partNumber: String, enabled: Int, counts: [Licence])] = []
        var skuSeen: Set<String> = []
        for sku in snapshot.skus where skuSeen.insert(sku.skuPartNumber.uppercased()).inserted {
            var counts = licences.licences(of: sku.skuPartNumber)
            // The checks' own bundle (Office 365 E5) counts even when no table was loaded.
            if let own = Licence(rawValue: sku.skuPartNumber.uppercased()) {
                for extra in Licence.allCases where extra != own && Licence.counted(as: extra).contains(own) && !counts.contains(extra) {
                    counts.append(extra)
                }
            }
            guard !counts.isEmpty else { continue }
            let enabled = max(sku.enabled, 0)
            for licence in counts { bought[licence, default: 0] += enabled }
            skuParts.append((sku.skuPartNumber, enabled, counts))
        }
        self.bought = bought
        self.skuParts = skuParts

        // FeatureTypes says "CallingPlan" without saying which: take the plan the tenant bought.
        let plans: [Licence] = [.domesticCallingPlan, .internationalCallingPlan, .domesticCallingPlan120, .payAsYouGoCallingPlan]
        let callingPlan = plans.first { (bought[$0] ?? 0) > 0 } ?? .domesticCallingPlan
        // Keyed by the cmdlet's spelling and lower-cased, so the usual spelling needs no lowercasing.
        var grants: [String: UInt16] = [:]
        for (name, sku) in [
            ("PhoneSystem", Licence.phoneSystem), ("CallingPlan", callingPlan), ("AudioConferencing", .audioConferencing),
            ("PhoneSystemVirtualUser", .virtualUser), ("CommunicationCredits", .communicationsCredits),
        ] {
            grants[name] = Self.bit(sku)
            grants[name.lowercased()] = Self.bit(sku)
        }
        // Users without a voice licence are out of scope (ExportSnapshot.User.hasVoiceLicence).
        let voice = Self.mask([.phoneSystem, callingPlan, .virtualUser])

        var accounts: [Account] = []
        accounts.reserveCapacity(snapshot.users.count)
        var seen: Set<String> = []
        seen.reserveCapacity(snapshot.users.count)
        var upnByID: [String: String] = [:]
        upnByID.reserveCapacity(snapshot.users.count * 2)
        var upnByLine: [String: String] = [:]
        // LineURI is the fallback for assigned numbers that do not name their user; most exports need none.
        let needLines = snapshot.numbers.contains { $0.assignedPstnTargetID == nil && $0.pstnAssignmentStatus != "Unassigned" }
        for entry in snapshot.users {
            let upn = entry.userPrincipalName
            let key = Self.folded(upn)
            upnByID[key] = upn
            // Identity, ObjectId and Guid are usually the same GUID: store it once.
            var previous: String?
            for id in entry.ids where id != previous {
                upnByID[Self.folded(id)] = upn
                previous = id
            }
            if needLines, let line = entry.lineURI.flatMap(Self.number(fromLineURI:)) { upnByLine[line] = upn }
            let licences = entry.featureTypes.reduce(UInt16(0)) { $0 | (grants[$1] ?? grants[$1.lowercased()] ?? 0) }
            let resource = entry.isResourceAccount
            // The first record of an account wins, as it would in the tenant's own list.
            guard resource || licences & voice != 0, seen.insert(key).inserted else { continue }
            let kind: String
            switch (resource, entry.applicationID?.lowercased()) {
            case (false, _): kind = "person"
            case (true, Self.callQueueApplicationID): kind = "call-queue"
            case (true, Self.autoAttendantApplicationID): kind = "auto-attendant"
            default: kind = Self.unknownApplicationKind
            }
            accounts.append(Account(
                upn: upn, key: key, usageLocation: entry.usageLocation, kind: kind, isPerson: !resource, licences: licences,
                department: entry.department.map { $0.lowercased() }, displayName: entry.displayName))
        }
        accounts.sort { $0.key == $1.key ? $0.upn < $1.upn : $0.key < $1.key }
        var accountIndex: [String: Int] = [:]
        accountIndex.reserveCapacity(accounts.count)
        for (index, account) in accounts.enumerated() { accountIndex[account.key] = index }
        self.accountIndex = accountIndex

        // Locations lead to their address, for the area-code rule and for findings.
        var locationAddress: [String: String] = [:]
        for location in snapshot.locations {
            if let address = Self.identifier(location.civicAddressID) { locationAddress[location.locationID.lowercased()] = address }
        }
        var addressRecords: [String: ExportSnapshot.Address] = [:]
        for address in snapshot.addresses where addressRecords[address.civicAddressID] == nil {
            addressRecords[address.civicAddressID] = address
            if let location = Self.identifier(address.defaultLocationID) { locationAddress[location.lowercased()] = address.civicAddressID }
        }
        var addressByLowerID: [String: String] = [:]
        for id in addressRecords.keys { addressByLowerID[id.lowercased()] = id }

        var numbers: [Number] = []
        numbers.reserveCapacity(snapshot.numbers.count)
        var numberIndex: [String: Int] = [:]
        numberIndex.reserveCapacity(snapshot.numbers.count)
        var userAssigned: [AssignedNumber] = []
        for entry in snapshot.numbers {
            let telephone = Self.e164(entry.telephoneNumber)
            guard numberIndex[telephone] == nil else { continue }
            numberIndex[telephone] = numbers.count
            let status = entry.pstnAssignmentStatus ?? (entry.assignedPstnTargetID == nil ? "Unassigned" : "UserAssigned")
            // The holder's UPN when the export names a known account, else the id it gives.
            var assignee: String?
            if status != "Unassigned" {
                assignee = entry.assignedPstnTargetID.map { upnByID[Self.folded($0)] ?? $0 } ?? upnByLine[telephone]
            }
            let holderIndex = assignee.flatMap { accountIndex[Self.folded($0)] }
            if let holderIndex { accounts[holderIndex].numbers += 1 }
            let location = Self.identifier(entry.locationID)
            let locationAddressID = location.flatMap { locationAddress[$0.lowercased()] }
            let service = status == "ConferenceAssigned" || status == "VoiceApplicationAssigned"
                || (!entry.capability.isEmpty && !entry.capability.contains("UserAssignment"))
            // Numbers of a partner carrier or of the organisation's SBCs count against no quota,
            // nor do numbers ported in to Microsoft.
            let microsoft = entry.numberType == nil || entry.numberType == "CallingPlan"
            let portedIn = microsoft && (entry.portInOrderStatus != nil || entry.numberSource == "OnPremises")
            numbers.append(Number(
                telephoneNumber: telephone, kind: service ? (Self.isTollFree(telephone) ? .tollFree : .toll) : .user,
                fromQuota: microsoft && !portedIn, portedIn: portedIn, status: status,
                country: entry.isoCountryCode ?? "", city: entry.city, location: location, assignee: assignee,
                holder: holderIndex, locationAddress: locationAddressID))
            if status == "UserAssigned" {
                let holder = holderIndex.map {
                    UserRow(upn: accounts[$0].upn, usageLocation: accounts[$0].usageLocation, displayName: accounts[$0].displayName)
                }
                // The address of its location, else the one the number names itself.
                let addressID = locationAddressID
                    ?? Self.identifier(entry.civicAddressID).flatMap { addressByLowerID[$0.lowercased()] }
                userAssigned.append(AssignedNumber(
                    telephoneNumber: telephone, isoCountryCode: entry.isoCountryCode ?? "", locationID: location,
                    holder: holder, city: entry.city, addressCity: addressID.flatMap { addressRecords[$0]?.city }))
            }
        }
        self.accounts = accounts
        self.numbers = numbers
        self.numberIndex = numberIndex
        self.userAssigned = userAssigned

        var addressSeen: Set<String> = []
        var addresses: [(id: String, status: String)] = []
        for entry in snapshot.addresses where addressSeen.insert(entry.civicAddressID).inserted {
            addresses.append((entry.civicAddressID, entry.validationStatus == "Validated" ? "Valid" : entry.validationStatus ?? "NotValidated"))
        }
        self.addresses = addresses.sorted { $0.id < $1.id }
        self.addressRecords = addressRecords
        self.locationAddress = locationAddress
    }

    /// The check's verdict on the exported tenant.
    public func evaluate(_ check: CheckName, arguments: [String: String], context: CheckContext) throws -> CheckResult {
        if let missing = Self.notInExports[check] {
            return CheckResult(
                check: check, status: .notApplicable,
                summary: .init("Not applicable: the exports do not show \(missing.english)", "Sans objet : les exports ne montrent pas \(missing.french)"))
        }
        let result = try verdict(of: check, arguments: arguments, context: context)
        switch check {
        case .creditsCoverTollFree:
            return tollFreeCovered() ?? result
        case .callQueuesHaveNumbers where features.contains(.callQueues),
            .autoAttendantsHaveNumbers where features.contains(.autoAttendants):
            return withUnknownAccounts(check, result)
        default:
            return result
        }
    }

    /// Checks whose facts the five exported cmdlets do not hold.
    static let notInExports: [CheckName: BilingualText] = [
        .reservationsNonePending: .init("number reservations", "les réservations de numéros"),
        .requestsRecorded: .init("request forms", "les demandes par formulaire"),
        .usersNotified: .init("the mails sent to users", "les courriels envoyés aux utilisateurs"),
        .manualRecorded: .init("who did the manual steps", "qui a fait les étapes manuelles"),
        .conferencingProviderSet: .init("the conferencing provider", "le fournisseur d'audioconférence"),
        .conferencingSettingsSet: .init("the conferencing settings", "les réglages d'audioconférence"),
        .creditsFunded: .init("the communications credits balance", "le solde des crédits de communication"),
    ]

    /// No credits balance is exported: a Communications Credits (MCOPSTNC) licence is taken as
    /// the sign that toll-free numbers are covered, and each uncovered number is named.
    private func tollFreeCovered() -> CheckResult? {
        let tollFree = numbers.filter { $0.kind == .tollFree }.map(\.telephoneNumber).sorted()
        guard !tollFree.isEmpty else { return nil }
        let credits = bought[.communicationsCredits] ?? 0
        let covered = credits > 0
        return CheckResult(
            check: .creditsCoverTollFree, status: covered ? .pass : .fail,
            summary: .init("\(tollFree.count) toll-free numbers; \(credits) MCOPSTNC licences (the balance itself is not exported)",
                           "\(tollFree.count) numéros gratuits ; \(credits) licences MCOPSTNC (le solde n'est pas exporté)"),
            subjects: covered ? [] : tollFree.map {
                .init($0, .init("toll-free number but no Communications Credits licence", "numéro gratuit sans licence Crédits de communication"))
            })
    }

    /// An export without `ApplicationId` does not say whether a resource account serves a call
    /// queue or an auto attendant, so such accounts join both checks: either way, one without a
    /// number is a gap.
    private func withUnknownAccounts(_ check: CheckName, _ result: CheckResult) -> CheckResult {
        let unknown = voiceApplications(kind: Self.unknownApplicationKind)
        guard !unknown.isEmpty else { return result }
        let missing = unknown.filter { $0.numbers == 0 }.map(\.name)
        let done = (result.done ?? 0) + unknown.count - missing.count
        let total = (result.total ?? 0) + unknown.count
        let failing = result.status == .fail || !missing.isEmpty
        let extra: [CheckResult.Subject] = missing.map {
            .init($0, .init("resource account of unknown kind (no ApplicationId exported) has no service number",
                            "compte de ressource de type inconnu (ApplicationId non exporté) sans numéro de service"))
        }
        return CheckResult(
            check: check, status: failing ? .fail : .pass,
            summary: .init("\(done) / \(total) resource accounts have a service number (\(unknown.count) of unknown kind)",
                           "\(done) / \(total) comptes de ressource ont un numéro de service (\(unknown.count) de type inconnu)"),
            done: done, total: total, subjects: failing ? result.subjects + extra : [])
    }

    static func bit(_ sku: Licence) -> UInt16 {
        UInt16(1) << UInt16(Licence.allCases.firstIndex(of: sku) ?? 0)
    }

    static func mask(_ skus: [Licence]) -> UInt16 { skus.reduce(0) { $0 | bit($1) } }

}

extension ExportedTenant: TenantFacts {
    package func recordedCountry() -> String? { countryCode }

    package func connectivity() -> Connectivity? { chosenConnectivity }

    package func country(_ code: String) -> Country? { countries(code) }

    package func purchased(_ sku: Licence) -> Int { bought[sku] ?? 0 }

    // The loops below walk `accounts` and `numbers` by index and read single fields, so that no
    // record is copied (and none of its strings retained) for a hundred thousand users.

    package func people(_ selector: UserSelector, lacking need: PersonNeed, what: BilingualText) throws -> (total: Int, lacking: [String]) {
        let bit: UInt16? = if case .licence(let sku) = need { Self.bit(sku) } else { nil }
        func has(_ index: Int) -> Bool {
            if let bit { accounts[index].licences & bit != 0 } else { accounts[index].numbers > 0 }
        }
        switch selector {
        case .all, .voice, .department:
            var department: String?
            if case .department(let name) = selector { department = name.lowercased() }
            var total = 0
            var lacking: [String] = []
            for index in accounts.indices where accounts[index].isPerson && (department == nil || accounts[index].department == department) {
                total += 1
                if !has(index) { lacking.append(accounts[index].upn) }
            }
            return (total, lacking)
        case .users(let names):
            let missing = names.filter { accountIndex[Self.folded($0)] == nil }
            if !missing.isEmpty { throw EngineRefusal.notFound(.init("user", "utilisateur"), missing, what: what) }
            // Named users are judged in the order given, whatever their kind, as in the rehearsal tenant.
            let named = names.map { accountIndex[Self.folded($0)]! }
            return (named.count, named.filter { !has($0) }.map { accounts[$0].upn })
        }
    }

    package func personCount() -> Int {
        var count = 0
        for index in accounts.indices where accounts[index].isPerson { count += 1 }
        return count
    }

    package func people(outside country: String) -> [UserRow] {
        let code = country.uppercased()
        var rows: [UserRow] = []
        for index in accounts.indices where accounts[index].isPerson {
            // Usage locations are upper-cased when read (ExportFolder.convert): most match as they are.
            guard let location = accounts[index].usageLocation, !location.isEmpty, location != code, location.uppercased() != code else { continue }
            rows.append(UserRow(upn: accounts[index].upn, usageLocation: location, displayName: accounts[index].displayName))
        }
        return rows
    }

    package func licensees(_ skus: [Licence], lacking also: [Licence]) -> (total: Int, lacking: [String]) {
        let mask = Self.mask(skus), needed = Self.mask(also)
        var total = 0
        var lacking: [String] = []
        for index in accounts.indices where accounts[index].licences & mask != 0 {
            total += 1
            if accounts[index].licences & needed == 0 { lacking.append(accounts[index].upn) }
        }
        return (total, lacking)
    }

    package func resourceAccounts(lacking sku: Licence) -> (total: Int, lacking: [String]) {
        let bit = Self.bit(sku)
        var total = 0
        var lacking: [String] = []
        for index in accounts.indices where !accounts[index].isPerson {
            total += 1
            if accounts[index].licences & bit == 0 { lacking.append(accounts[index].upn) }
        }
        return (total, lacking)
    }

    package func numberCount(_ kind: NumberKind, _ scope: NumberScope) -> Int {
        // Every exported number is acquired; only new Microsoft numbers count against the quota.
        var count = 0
        for index in numbers.indices where numbers[index].kind == kind && (scope == .acquired || numbers[index].fromQuota) { count += 1 }
        return count
    }

    package func userAssignedNumbers() -> [AssignedNumber] { userAssigned }

    package func bridgeNumber(_ kind: NumberKind) -> String? {
        numbers.indices.first { numbers[$0].status == "ConferenceAssigned" && numbers[$0].kind == kind }.map { numbers[$0].telephoneNumber }
    }

    package func addressStatuses() -> [(id: String, status: String)] { addresses }

    package func voiceApplications(kind: String) -> [(name: String, numbers: Int)] {
        var rows: [(name: String, numbers: Int)] = []
        for index in accounts.indices where accounts[index].kind == kind {
            rows.append((accounts[index].upn, accounts[index].numbers))
        }
        return rows
    }

    package func requestCount() -> Int { 0 }

    /// Ported numbers show that a port order went through; the orders themselves are not exported.
    package func portOrderCount() -> Int { numbers.indices.contains { numbers[$0].portedIn } ? 1 : 0 }

    // Not in the exports; `evaluate` answers these checks before asking (see `notInExports`).
    package func unfinishedReservations() -> (rows: [(id: String, status: String, expiresAt: Double)], now: Double) { ([], 0) }
    package func conferencingSetting(_ key: String) -> String? { nil }
    package func creditBalance() -> Double { 0 }
    package func numberHoldersNotified() -> [(upn: String, notified: Bool)] { [] }
    package func manualRecord(_ step: String) -> (who: String?, when: String?)? { nil }
}

extension ExportedTenant {
    /// `text` in lower case; ids and UPNs mostly are already, and then no new string is made.
    static func folded(_ text: String) -> String {
        let upper = text.utf8.withContiguousStorageIfAvailable { bytes in bytes.contains { $0 >= 0x41 && $0 <= 0x5A } }
            ?? text.utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
        return upper ? text.lowercased() : text
    }

    /// An id, or `nil` for empty and all-zero GUIDs (the cmdlets' way of saying "none").
    static func identifier(_ text: String?) -> String? {
        guard let text, !text.isEmpty, text.contains(where: { $0 != "0" && $0 != "-" }) else { return nil }
        return text
    }

    /// `+` and digits: exports sometimes drop the plus sign.
    static func e164(_ text: String) -> String {
        // Most numbers are written "+…": a "+" then an ASCII byte starts no "tel:" and is a whole Character.
        var bytes = text.utf8.makeIterator()
        if bytes.next() == UInt8(ascii: "+"), bytes.next().map({ $0 < 0x80 }) ?? true { return text }
        let trimmed = text.hasPrefix("tel:") ? String(text.dropFirst(4)) : text
        return trimmed.hasPrefix("+") ? trimmed : "+" + trimmed
    }

    /// The number in a `LineURI` such as `tel:+33123456789;ext=6789`.
    static func number(fromLineURI uri: String) -> String? {
        // Read every user's LineURI: ASCII ones (all real ones) are cut by byte, without a String per part.
        if let ascii = uri.utf8.withContiguousStorageIfAvailable({ asciiNumber(fromLineURI: $0) }), let number = ascii { return number }
        let body = uri.hasPrefix("tel:") || Self.folded(String(uri.prefix(4))) == "tel:" ? String(uri.dropFirst(4)) : uri
        guard let number = body.split(separator: ";").first, !number.isEmpty else { return nil }
        return e164(String(number))
    }

    /// ``number(fromLineURI:)`` of an ASCII URI: `.some(nil)` when it holds no number, `nil` when
    /// the URI is not ASCII and must be read by Character.
    private static func asciiNumber(fromLineURI bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        // "tel:" in any case, then the first part between semicolons that is not empty.
        var start = 0
        if bytes.count >= 4, bytes[0] | 0x20 == UInt8(ascii: "t"), bytes[1] | 0x20 == UInt8(ascii: "e"), bytes[2] | 0x20 == UInt8(ascii: "l"),
            bytes[3] == UInt8(ascii: ":")
        {
            start = 4
        }
        while start < bytes.count, bytes[start] == UInt8(ascii: ";") { start += 1 }
        guard start < bytes.count else { return .some(nil) }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: ";") { end += 1 }
        // e164: a second "tel:" (exact case) dropped, then a "+" when missing.
        if end - start >= 4, bytes[start] == UInt8(ascii: "t"), bytes[start + 1] == UInt8(ascii: "e"), bytes[start + 2] == UInt8(ascii: "l"),
            bytes[start + 3] == UInt8(ascii: ":")
        {
            start += 4
        }
        let number = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return .some(start < end && bytes[start] == UInt8(ascii: "+") ? number : "+" + number)
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
