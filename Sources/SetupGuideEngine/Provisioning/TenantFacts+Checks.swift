internal import Foundation
package import SetupGuideModel
package import SetupGuidePlanning

extension TenantFacts {
    /// Evaluates a check: pass, fail with the subjects at fault, or not applicable where the
    /// organisation's choices make the check moot. The one definition of every check, whatever
    /// the tenant's facts come from.
    package func verdict(of check: CheckName, arguments: [String: String], context: CheckContext) throws -> CheckResult {
        let countryCode = try context.country ?? recordedCountry()
        let c = CheckVerdictContext(
            check: check, input: CheckArguments(check: check, values: arguments), context: context,
            countryCode: countryCode, connectivity: try connectivity())
        // The table from check to the one function that judges it.
        return switch check {
        case .countryCallingPlansOffered: try countryCallingPlansOfferedVerdict(c)
        case .tenantConnectivityChosen: try tenantConnectivityChosenVerdict(c)
        case .licencesPurchased: try licencesPurchasedVerdict(c)
        case .licencesAssigned: try licencesAssignedVerdict(c)
        case .licencesPhoneSystemWithCallingPlan: try licencesPhoneSystemWithCallingPlanVerdict(c)
        case .usersImported: try usersImportedVerdict(c)
        case .numbersAcquired: try numbersAcquiredVerdict(c)
        case .numbersWithinQuota: try numbersWithinQuotaVerdict(c)
        case .reservationsNonePending: try reservationsNonePendingVerdict(c)
        case .requestsRecorded: try requestsRecordedVerdict(c)
        case .portsOrdered: try portsOrderedVerdict(c)
        case .addressesPresent: try addressesPresentVerdict(c)
        case .addressesValidated: try addressesValidatedVerdict(c)
        case .usersHaveNumbers: try usersHaveNumbersVerdict(c)
        case .numbersHaveEmergencyLocation: try numbersHaveEmergencyLocationVerdict(c)
        case .numbersCountryMatchesUser: try numbersCountryMatchesUserVerdict(c)
        case .usersNotified: try usersNotifiedVerdict(c)
        case .manualRecorded: try manualRecordedVerdict(c)
        case .conferencingProviderSet: try conferencingProviderSetVerdict(c)
        case .conferencingBridgeHasNumber: try conferencingBridgeHasNumberVerdict(c)
        case .conferencingSettingsSet: try conferencingSettingsSetVerdict(c)
        case .resourceAccountsLicensed: try resourceAccountsLicensedVerdict(c)
        case .callQueuesHaveNumbers, .autoAttendantsHaveNumbers: try voiceApplicationsHaveNumbersVerdict(c)
        case .creditsFunded: try creditsFundedVerdict(c)
        case .creditsCoverTollFree: try creditsCoverTollFreeVerdict(c)
        }
    }

    /// The people the `users` argument names, those lacking `need` at fault for `reason`.
    private func peopleVerdict(_ c: CheckVerdictContext, lacking need: PersonNeed, have: BilingualText, reason: BilingualText) throws -> CheckResult {
        let (total, missing) = try self.people(try c.input.users(), lacking: need, what: c.input.what)
        let done = total - missing.count
        return c.result(
            missing.isEmpty && total > 0,
            .init("\(done) / \(total) users \(have.english)", "\(done) / \(total) utilisateurs \(have.french)"),
            done: done, total: total, subjects: Self.subjects(missing, reason))
    }

    /// `country.calling-plans-offered`.
    private func countryCallingPlansOfferedVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        guard let code = c.countryCode else {
            return c.result(false, .init("The organisation's country is not recorded", "Le pays de l'organisation n'est pas enregistré"))
        }
        guard let country = country(code) else {
            return c.result(false, .init("Unknown country \(code)", "Pays inconnu \(code)"), subjects: [.init(code, .init("not in the catalogue", "absent du catalogue"))])
        }
        return c.result(
            country.sellsCallingPlans,
            country.sellsCallingPlans
                ? .init("Calling Plans are sold in \(country.nameEnglish)", "Les forfaits d'appels sont vendus en \(country.nameFrench)")
                : .init("Calling Plans are not sold in \(country.nameEnglish)", "Les forfaits d'appels ne sont pas vendus en \(country.nameFrench)"),
            subjects: [.init(code, .init("no Calling Plan", "pas de forfait d'appels"))])
    }

    /// `tenant.connectivity-chosen`.
    private func tenantConnectivityChosenVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        return c.result(
            c.connectivity != nil,
            c.connectivity.map { .init("Connectivity: \($0.label(in: .english))", "Connexion : \($0.label(in: .french))") }
                ?? .init("No connectivity recorded", "Aucun mode de connexion enregistré"))
    }

    /// `licences.purchased`.
    private func licencesPurchasedVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let sku = try c.input.sku()
        let minimum = try c.input.integer("min", default: 1)
        let bought = try purchased(sku)
        return c.result(
            bought >= minimum,
            .counting(bought, ("licence bought", "licences bought"), ("licence achetée", "licences achetées"))
                .followed(by: .init(": \(sku.label.english), \(minimum) needed",
                                    " : \(sku.label.french), \(minimum) nécessaire\(minimum > 1 ? "s" : "")")),
            done: bought, total: minimum)
    }

    /// `licences.assigned`.
    private func licencesAssignedVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let sku = try c.input.sku()
        return try peopleVerdict(c, lacking: .licence(sku), have: .init("have \(sku.label.english)", "ont \(sku.label.french)"),
            reason: .init("lacks \(sku.label.english)", "sans \(sku.label.french)"))
    }

    /// `licences.phone-system-with-calling-plan`.
    private func licencesPhoneSystemWithCallingPlanVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let (withPlan, lacking) = try licensees(
            Licence.allCases.filter(\.isCallingPlan), lacking: Licence.allCases.filter(\.grantsPhoneSystem))
        return c.result(
            lacking.isEmpty,
            .init("\(withPlan - lacking.count) / \(withPlan) Calling Plan users have Phone System",
                  "\(withPlan - lacking.count) / \(withPlan) utilisateurs avec forfait ont le Système téléphonique"),
            done: withPlan - lacking.count, total: withPlan,
            subjects: Self.subjects(lacking, .init("Calling Plan without Phone System", "forfait sans Système téléphonique")))
    }

    /// `users.imported`.
    private func usersImportedVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let count = try personCount()
        // A plan for one country judges that country's users: someone licensed elsewhere cannot
        // get its numbers, which is most often a plan run with the wrong --country.
        guard let code = c.countryCode, count > 0 else {
            return c.result(
                count > 0, .counting(count, ("user in the tenant", "users in the tenant"), ("utilisateur dans le client", "utilisateurs dans le client")),
                done: count, total: nil)
        }
        let elsewhere = try people(outside: code)
        let counted = BilingualText.counting(count, ("user in the tenant", "users in the tenant"), ("utilisateur dans le client", "utilisateurs dans le client"))
        let summary = elsewhere.isEmpty ? counted : BilingualText(
            "\(counted.english); \(elsewhere.count) licensed outside \(code): is --country right?",
            "\(counted.french) ; \(elsewhere.count) sous licence hors de \(code) : --country est-il le bon ?")
        return c.result(
            elsewhere.isEmpty, summary, done: count, total: nil,
            subjects: elsewhere.map { user in
                let location = user.usageLocation ?? "?"
                return .init(user.upn, .init("usage location \(location), not \(code): cannot get numbers of \(code)",
                                             "lieu d'utilisation \(location), pas \(code) : ne peut pas recevoir de numéros de \(code)"))
            })
    }

    /// `numbers.acquired`.
    private func numbersAcquiredVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        guard c.microsoftNumbers else { return c.notApplicable(c.notCallingPlan) }
        let kind = try c.input.numberKind()
        let minimum = try c.input.integer("min", default: 1)
        let count = try numberCount(kind, .acquired)
        return c.result(
            count >= minimum,
            kind.counted(count).followed(by: .init(" acquired (\(minimum) needed)",
                                                   " acquis (\(minimum) nécessaire\(minimum > 1 ? "s" : ""))")),
            done: count, total: minimum)
    }

    /// `numbers.within-quota`.
    private func numbersWithinQuotaVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        guard c.microsoftNumbers else { return c.notApplicable(c.notCallingPlan) }
        var subjects: [CheckResult.Subject] = []
        var lines: [BilingualText] = []
        for kind in NumberKind.allCases {
            let used = try numberCount(kind, .quota), quota = try NumberQuota.counted(kind, purchased: purchased)
            // « numéros d'utilisateur : 2 sur 13 », the kind in words and the quota beside the count
            lines.append(kind.numbersName.followed(by: .init(": \(used) of \(quota)", " : \(used) sur \(quota)")))
            if used > quota {
                subjects.append(.init(kind.rawValue, kind.counted(used).followed(by: .init(" for a quota of \(quota)", " pour un quota de \(quota)"))))
            }
        }
        let english = lines.map(\.english).joined(separator: ", "), french = lines.map(\.french).joined(separator: ", ")
        return c.result(subjects.isEmpty, .init("Numbers within quota: \(english)", "Numéros dans le quota : \(french)"), subjects: subjects)
    }

    /// `reservations.none-pending`.
    private func reservationsNonePendingVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        guard c.microsoftNumbers else { return c.notApplicable(c.notCallingPlan) }
        let (rows, now) = try unfinishedReservations()
        let subjects = rows.map { row -> CheckResult.Subject in
            row.status == "open" && row.expiresAt > now
                ? .init(row.id, .init("still open: acquire or release it", "encore ouverte : acquérez-la ou rendez-la"))
                : .init(row.id, .init("expired before being acquired", "expirée sans avoir été acquise"))
        }
        return c.result(
            subjects.isEmpty,
            .counting(subjects.count, ("reservation left open or expired", "reservations left open or expired"),
                      ("réservation restée ouverte ou expirée", "réservations restées ouvertes ou expirées")),
            subjects: subjects)
    }

    /// `numbers.requests-recorded`.
    private func requestsRecordedVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        if let code = c.countryCode, let country = country(code), !country.usesRequestForm {
            return c.notApplicable(.init("Not applicable: \(country.nameEnglish) offers new numbers in the admin centre",
                                       "Sans objet : \(country.nameFrench) propose de nouveaux numéros dans le centre d'administration"))
        }
        let count = try requestCount()
        return c.result(
            count > 0, .counting(count, ("number request recorded", "number requests recorded"), ("demande de numéros enregistrée", "demandes de numéros enregistrées")),
            done: count)
    }

    /// `numbers.ports-ordered`.
    private func portsOrderedVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let count = try portOrderCount()
        return c.result(
            count > 0, .counting(count, ("port order recorded", "port orders recorded"), ("commande de transfert enregistrée", "commandes de transfert enregistrées")),
            done: count)
    }

    /// `addresses.present`.
    private func addressesPresentVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let minimum = try c.input.integer("min", default: 1)
        let count = try addressStatuses().count
        return c.result(
            count >= minimum,
            .init("\(count) emergency address\(count == 1 ? "" : "es") (\(minimum) needed)",
                  "\(count) adresse\(count > 1 ? "s" : "") d'urgence (\(minimum) nécessaire\(minimum > 1 ? "s" : ""))"),
            done: count, total: minimum)
    }

    /// `addresses.validated`.
    private func addressesValidatedVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let rows = try addressStatuses()
        let failing = rows.filter { $0.status != ValidationStatus.valid.rawValue }
        return c.result(
            !rows.isEmpty && failing.isEmpty,
            .init("\(rows.count - failing.count) / \(rows.count) addresses validated", "\(rows.count - failing.count) / \(rows.count) adresses validées"),
            done: rows.count - failing.count, total: rows.count,
            subjects: failing.map { .init($0.id, ValidationStatus.words(for: $0.status)) })
    }

    /// `users.have-numbers`.
    private func usersHaveNumbersVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        guard c.microsoftNumbers else { return c.notApplicable(c.notCallingPlan) }
        return try peopleVerdict(c, lacking: .number, have: .init("have a number", "ont un numéro"), reason: .init("no number", "pas de numéro"))
    }

    /// `numbers.have-emergency-location`.
    private func numbersHaveEmergencyLocationVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let rows = try userAssignedNumbers()
        // Numbers come from a handful of countries and cities: ask the catalogue once per
        // country, and fold each city once. Rows are read by index, never copied.
        var emergencyCalling: [String: Bool] = [:]
        var areaRule: [String: Bool] = [:]
        var cityKeys: [String: String] = [:]
        func key(_ city: String) -> String {
            if let known = cityKeys[city] { return known }
            let folded = Self.cityKey(city)
            cityKeys[city] = folded
            return folded
        }
        var relevant = 0
        var missing: [String] = []
        var outOfArea: [(number: String, city: String, addressCity: String)] = []
        for index in rows.indices {
            let code = rows[index].isoCountryCode
            let applies: Bool
            if let known = emergencyCalling[code] {
                applies = known
            } else {
                applies = country(code)?.value(of: .emergencyCalling) != "false"
                emergencyCalling[code] = applies
            }
            guard applies else { continue }
            relevant += 1
            guard rows[index].locationID != nil else {
                missing.append(rows[index].telephoneNumber)
                continue
            }
            // Where the address must match the number's area code (BE, DE, ES, FR, IE, NL), a number
            // whose area's city is not its address's city would end Failed.
            guard let city = rows[index].city, let addressCity = rows[index].addressCity else { continue }
            let rule: Bool
            if let known = areaRule[code] {
                rule = known
            } else {
                rule = country(code)?.value(of: .addressMatchesAreaCode) == "true"
                areaRule[code] = rule
            }
            if rule, key(city) != key(addressCity) { outOfArea.append((rows[index].telephoneNumber, city, addressCity)) }
        }
        if relevant == 0, !rows.isEmpty {
            return c.notApplicable(.init("Not applicable: no emergency calling where the numbers are", "Sans objet : pas d'appels d'urgence là où sont les numéros"))
        }
        missing.sort()
        outOfArea.sort { $0.number < $1.number }
        let done = relevant - missing.count - outOfArea.count
        var summary = BilingualText(
            "\(relevant - missing.count) / \(relevant) assigned numbers have an emergency location",
            "\(relevant - missing.count) / \(relevant) numéros attribués ont un lieu d'urgence")
        if !outOfArea.isEmpty {
            summary = .init("\(summary.english); \(outOfArea.count) outside their area code", "\(summary.french) ; \(outOfArea.count) hors de leur indicatif")
        }
        let wrongArea = outOfArea.map { number in
            CheckResult.Subject(number.number, .init(
                "area code of \(number.city) but its emergency address is in \(number.addressCity): the address must be within the number's area",
                "indicatif de \(number.city) mais son adresse d'urgence est à \(number.addressCity) : l'adresse doit être dans la zone du numéro"))
        }
        return c.result(
            missing.isEmpty && outOfArea.isEmpty, summary,
            done: done, total: relevant,
            subjects: Self.subjects(missing, .init("no emergency location", "pas de lieu d'urgence")) + wrongArea)
    }

    /// `numbers.country-matches-user`.
    private func numbersCountryMatchesUserVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        // Numbers whose holder the tenant does not have (out of scope, or gone) are not judged.
        let rows = try userAssignedNumbers()
        var judged = 0
        var wrong: [(number: String, upn: String)] = []
        for index in rows.indices {
            guard let holder = rows[index].holder else { continue }
            judged += 1
            if rows[index].isoCountryCode != holder.usageLocation { wrong.append((rows[index].telephoneNumber, holder.upn)) }
        }
        wrong.sort { $0.number < $1.number }
        return c.result(
            wrong.isEmpty,
            .init("\(judged - wrong.count) / \(judged) numbers are in their user's country",
                  "\(judged - wrong.count) / \(judged) numéros sont dans le pays de leur utilisateur"),
            done: judged - wrong.count, total: judged,
            subjects: wrong.map { number, upn in
                .init(number, .init("assigned to \(upn) in another country", "attribué à \(upn) dans un autre pays"))
            })
    }

    /// `users.notified`.
    private func usersNotifiedVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let rows = try numberHoldersNotified()
        let missing = rows.filter { !$0.notified }
        return c.result(
            missing.isEmpty && !rows.isEmpty,
            .init("\(rows.count - missing.count) / \(rows.count) users told their number", "\(rows.count - missing.count) / \(rows.count) utilisateurs informés de leur numéro"),
            done: rows.count - missing.count, total: rows.count,
            subjects: missing.map { .init($0.upn, .init("not told", "pas informé")) })
    }

    /// `manual.recorded`.
    private func manualRecordedVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        // The wizard's journal lives in the tenant; without a step to look for, or before
        // the journal exists, the record is the wizard's business.
        guard let step = c.context.stepID, let record = try manualRecord(step) else {
            return c.notApplicable(.init("Manual steps are recorded by the wizard", "Les étapes manuelles sont notées par l'assistant"))
        }
        if let who = record.who, let when = record.when, !who.isEmpty, !when.isEmpty {
            return c.result(true, .init("Done by \(who) on \(when)", "Fait par \(who) le \(when)"))
        }
        return c.result(
            false, .init("Nobody recorded who did \(step) and when", "Personne n'a noté qui a fait \(step), ni quand"),
            subjects: [.init(step, .init("not recorded", "non noté"))])
    }

    /// `conferencing.provider-set`.
    private func conferencingProviderSetVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let provider = try conferencingSetting("provider")
        return c.result(provider != nil, provider.map { .init("Provider: \($0)", "Fournisseur : \($0)") } ?? .init("No provider chosen", "Aucun fournisseur choisi"))
    }

    /// `conferencing.bridge-has-number`.
    private func conferencingBridgeHasNumberVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let kind = try c.input.numberKind(default: .toll)
        let number = try bridgeNumber(kind)
        return c.result(
            number != nil,
            number.map { .init("The bridge answers on \($0)", "Le pont répond au \($0)") }
                ?? .init("The bridge has no \(kind.rawValue) number", "Le pont n'a pas de numéro \(kind.frenchSingular)"))
    }

    /// `conferencing.settings-set`.
    private func conferencingSettingsSetVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let missing = try ["defaultLanguage", "pinLength"].filter { try conferencingSetting($0) == nil }
        return c.result(
            missing.isEmpty, .init("\(2 - missing.count) / 2 bridge settings set", "\(2 - missing.count) / 2 réglages du pont définis"),
            done: 2 - missing.count, total: 2, subjects: missing.map { .init($0, .init("not set", "non défini")) })
    }

    /// `resource-accounts.licensed`.
    private func resourceAccountsLicensedVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let (accounts, missing) = try resourceAccounts(lacking: .virtualUser)
        if accounts == 0 { return c.notApplicable(.init("No resource account", "Aucun compte de ressource")) }
        return c.result(
            missing.isEmpty, .init("\(accounts - missing.count) / \(accounts) resource accounts licensed",
                                   "\(accounts - missing.count) / \(accounts) comptes de ressource sous licence"),
            done: accounts - missing.count, total: accounts,
            subjects: missing.map { .init($0, .init("no PHONESYSTEM_VIRTUALUSER", "pas de PHONESYSTEM_VIRTUALUSER")) })
    }

    /// `call-queues.have-numbers` and `auto-attendants.have-numbers`.
    private func voiceApplicationsHaveNumbersVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let queues = c.check == .callQueuesHaveNumbers
        let rows = try voiceApplications(kind: queues ? "call-queue" : "auto-attendant")
        if rows.isEmpty {
            return c.notApplicable(queues ? .init("No call queue yet", "Aucune file d'attente pour l'instant")
                                        : .init("No auto attendant yet", "Aucun standard automatique pour l'instant"))
        }
        let missing = rows.filter { $0.numbers == 0 }.map(\.name)
        return c.result(
            missing.isEmpty,
            .init("\(rows.count - missing.count) / \(rows.count) \(queues ? "call queues" : "auto attendants") have a number",
                  "\(rows.count - missing.count) / \(rows.count) \(queues ? "files d'attente" : "standards automatiques") ont un numéro"),
            done: rows.count - missing.count, total: rows.count,
            subjects: missing.map { .init($0, .init("no service number", "pas de numéro de service")) })
    }

    /// `credits.funded`.
    private func creditsFundedVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let minimum = try c.input.decimal("min", default: 50)
        let balance = try creditBalance()
        return c.result(balance >= minimum, .init("Credits: \(balance.amountText) of at least \(minimum.amountText)", "Crédits : \(balance.amountText) pour au moins \(minimum.amountText)"))
    }

    /// `credits.cover-toll-free`.
    private func creditsCoverTollFreeVerdict(_ c: CheckVerdictContext) throws -> CheckResult {
        let tollFree = try numberCount(.tollFree, .acquired)
        if tollFree == 0 { return c.notApplicable(.init("No toll-free number", "Aucun numéro gratuit")) }
        let balance = try creditBalance()
        return c.result(
            balance > 0, .init("\(tollFree) toll-free numbers, credits \(balance.amountText)", "\(tollFree) numéros gratuits, crédits \(balance.amountText)"),
            subjects: [.init("credits", .init("zero balance", "solde nul"))])
    }
}

extension TenantFacts {
    /// Subjects that fail for the same reason, sharing one copy of it: a check can name a
    /// hundred thousand users.
    static func subjects(_ ids: [String], _ reason: BilingualText) -> [CheckResult.Subject] {
        ids.map { CheckResult.Subject($0, reason) }
    }
}

extension TenantFacts {
    /// A city compared without case, accents, hyphens or spaces: "Saint-Étienne" is "saint etienne".
    static func cityKey(_ city: String) -> String {
        city.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).filter { $0.isLetter || $0.isNumber }
    }
}

extension NumberQuota {
    /// The quota for numbers of `kind`, given licences as the checks count them (`purchased`
    /// of Phone System already holds the bundles that give it, so E5 counts once for Phone
    /// System and once for Audio Conferencing, and never a third time as itself).
    static func counted(_ kind: NumberKind, purchased: (Licence) throws -> Int) throws -> Int {
        switch kind {
        case .user:
            var plans = 0
            for sku in Licence.allCases where sku.isCallingPlan && sku != .payAsYouGoCallingPlan { plans += try purchased(sku) }
            return userNumbers(callingPlanLicences: plans, payAsYouGoLicences: try purchased(.payAsYouGoCallingPlan))
        case .toll, .tollFree:
            return serviceNumbers(phoneSystemAndConferencingLicences: try purchased(.phoneSystem) + purchased(.audioConferencing))
        }
    }

    /// The quota for numbers of `kind`, given how many licences of each SKU were bought.
    static func of(_ kind: NumberKind, purchased: (Licence) throws -> Int) throws -> Int {
        func bought(_ matches: (Licence) -> Bool) throws -> Int {
            try Licence.allCases.filter(matches).reduce(0) { $0 + (try purchased($1)) }
        }
        switch kind {
        case .user:
            return userNumbers(
                callingPlanLicences: try bought { $0.isCallingPlan && $0 != .payAsYouGoCallingPlan },
                payAsYouGoLicences: try bought { $0 == .payAsYouGoCallingPlan })
        case .toll, .tollFree:
            return serviceNumbers(phoneSystemAndConferencingLicences: try bought(\.grantsPhoneSystem) + bought(\.grantsAudioConferencing))
        }
    }
}
