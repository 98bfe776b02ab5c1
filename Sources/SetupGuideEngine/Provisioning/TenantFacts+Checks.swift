package import SetupGuideModel
package import SetupGuidePlanning

extension TenantFacts {
    /// Evaluates a check: pass, fail with the subjects at fault, or not applicable where the
    /// organisation's choices make the check moot. The one definition of every check, whatever
    /// the tenant's facts come from.
    package func verdict(of check: CheckName, arguments: [String: String], context: CheckContext) throws -> CheckResult {
        let input = CheckArguments(check: check, values: arguments)
        let countryCode = try context.country ?? recordedCountry()
        let connectivity = try connectivity()
        let microsoftNumbers = connectivity == nil || connectivity == .callingPlan
        func result(_ pass: Bool, _ summary: BilingualText, done: Int? = nil, total: Int? = nil, subjects: [CheckResult.Subject] = []) -> CheckResult {
            CheckResult(check: check, status: pass ? .pass : .fail, summary: summary, done: done, total: total, subjects: pass ? [] : subjects)
        }
        func notApplicable(_ summary: BilingualText) -> CheckResult {
            CheckResult(check: check, status: .notApplicable, summary: summary)
        }
        /// The people the `users` argument names, those lacking `need` at fault for `reason`.
        func peopleVerdict(lacking need: PersonNeed, have: BilingualText, reason: BilingualText) throws -> CheckResult {
            let (total, missing) = try self.people(try input.users(), lacking: need, what: input.what)
            let done = total - missing.count
            return result(
                missing.isEmpty && total > 0,
                .init("\(done) / \(total) users \(have.english)", "\(done) / \(total) utilisateurs \(have.french)"),
                done: done, total: total, subjects: Self.subjects(missing, reason))
        }
        let notCallingPlan = BilingualText(
            "Not applicable: numbers do not come from Microsoft with \(connectivity?.rawValue ?? "")",
            "Sans objet : les numéros ne viennent pas de Microsoft avec \(connectivity?.rawValue ?? "")")

        switch check {
        case .countryCallingPlansOffered:
            guard let code = countryCode else {
                return result(false, .init("The organisation's country is not recorded", "Le pays de l'organisation n'est pas enregistré"))
            }
            guard let country = country(code) else {
                return result(false, .init("Unknown country \(code)", "Pays inconnu \(code)"), subjects: [.init(code, .init("not in the catalogue", "absent du catalogue"))])
            }
            return result(
                country.sellsCallingPlans,
                country.sellsCallingPlans
                    ? .init("Calling Plans are sold in \(country.nameEnglish)", "Les forfaits d'appels sont vendus en \(country.nameFrench)")
                    : .init("Calling Plans are not sold in \(country.nameEnglish)", "Les forfaits d'appels ne sont pas vendus en \(country.nameFrench)"),
                subjects: [.init(code, .init("no Calling Plan", "pas de forfait d'appels"))])

        case .tenantConnectivityChosen:
            return result(
                connectivity != nil,
                connectivity.map { .init("Connectivity: \($0.rawValue)", "Connexion : \($0.rawValue)") }
                    ?? .init("No connectivity recorded", "Aucun mode de connexion enregistré"))

        case .licencesPurchased:
            let sku = try input.sku()
            let minimum = try input.integer("min", default: 1)
            let bought = try purchased(sku)
            return result(
                bought >= minimum,
                .init("\(bought) / \(minimum) \(sku.rawValue) licences bought", "\(bought) / \(minimum) licences \(sku.rawValue) achetées"),
                done: bought, total: minimum)

        case .licencesAssigned:
            let sku = try input.sku()
            return try peopleVerdict(
                lacking: .licence(sku), have: .init("have \(sku.rawValue)", "ont \(sku.rawValue)"),
                reason: .init("no \(sku.rawValue) licence", "pas de licence \(sku.rawValue)"))

        case .licencesPhoneSystemWithCallingPlan:
            let (withPlan, lacking) = try licensees(
                Licence.allCases.filter(\.isCallingPlan), lacking: Licence.allCases.filter(\.grantsPhoneSystem))
            return result(
                lacking.isEmpty,
                .init("\(withPlan - lacking.count) / \(withPlan) Calling Plan users have Phone System",
                      "\(withPlan - lacking.count) / \(withPlan) utilisateurs avec forfait ont le Système téléphonique"),
                done: withPlan - lacking.count, total: withPlan,
                subjects: Self.subjects(lacking, .init("Calling Plan without Phone System", "forfait sans Système téléphonique")))

        case .usersImported:
            let count = try personCount()
            return result(
                count > 0, .counting(count, ("user in the tenant", "users in the tenant"), ("utilisateur dans le client", "utilisateurs dans le client")),
                done: count, total: nil)

        case .numbersAcquired:
            guard microsoftNumbers else { return notApplicable(notCallingPlan) }
            let kind = try input.numberKind()
            let minimum = try input.integer("min", default: 1)
            let count = try numberCount(kind, .acquired)
            return result(
                count >= minimum,
                .init("\(count) / \(minimum) \(kind.rawValue) numbers acquired", "\(count) / \(minimum) numéros \(kind.frenchPlural) acquis"),
                done: count, total: minimum)

        case .numbersWithinQuota:
            guard microsoftNumbers else { return notApplicable(notCallingPlan) }
            var subjects: [CheckResult.Subject] = []
            var lines: [String] = []
            for kind in NumberKind.allCases {
                let used = try numberCount(kind, .quota), quota = try NumberQuota.of(kind, purchased: purchased)
                lines.append("\(kind.rawValue) \(used) / \(quota)")
                if used > quota { subjects.append(.init(kind.rawValue, .init("\(used) numbers for a quota of \(quota)", "\(used) numéros pour un quota de \(quota)"))) }
            }
            let text = lines.joined(separator: ", ")
            return result(subjects.isEmpty, .init("Numbers within quota: \(text)", "Numéros dans le quota : \(text)"), subjects: subjects)

        case .reservationsNonePending:
            guard microsoftNumbers else { return notApplicable(notCallingPlan) }
            let (rows, now) = try unfinishedReservations()
            let subjects = rows.map { row -> CheckResult.Subject in
                row.status == "open" && row.expiresAt > now
                    ? .init(row.id, .init("still open: acquire or release it", "encore ouverte : acquérez-la ou rendez-la"))
                    : .init(row.id, .init("expired before being acquired", "expirée sans avoir été acquise"))
            }
            return result(
                subjects.isEmpty,
                .counting(subjects.count, ("reservation left open or expired", "reservations left open or expired"),
                          ("réservation restée ouverte ou expirée", "réservations restées ouvertes ou expirées")),
                subjects: subjects)

        case .requestsRecorded:
            if let code = countryCode, let country = country(code), !country.usesRequestForm {
                return notApplicable(.init("Not applicable: \(country.nameEnglish) offers new numbers in the admin centre",
                                           "Sans objet : \(country.nameFrench) propose de nouveaux numéros dans le centre d'administration"))
            }
            let count = try requestCount()
            return result(
                count > 0, .counting(count, ("number request recorded", "number requests recorded"), ("demande de numéros enregistrée", "demandes de numéros enregistrées")),
                done: count)

        case .portsOrdered:
            let count = try portOrderCount()
            return result(
                count > 0, .counting(count, ("port order recorded", "port orders recorded"), ("commande de transfert enregistrée", "commandes de transfert enregistrées")),
                done: count)

        case .addressesPresent:
            let minimum = try input.integer("min", default: 1)
            let count = try addressStatuses().count
            return result(
                count >= minimum, .init("\(count) / \(minimum) emergency addresses", "\(count) / \(minimum) adresses d'urgence"),
                done: count, total: minimum)

        case .addressesValidated:
            let rows = try addressStatuses()
            let failing = rows.filter { $0.status != ValidationStatus.valid.rawValue }
            return result(
                !rows.isEmpty && failing.isEmpty,
                .init("\(rows.count - failing.count) / \(rows.count) addresses validated", "\(rows.count - failing.count) / \(rows.count) adresses validées"),
                done: rows.count - failing.count, total: rows.count,
                subjects: failing.map { .init($0.id, .init("status \($0.status)", "statut \($0.status)")) })

        case .usersHaveNumbers:
            guard microsoftNumbers else { return notApplicable(notCallingPlan) }
            return try peopleVerdict(lacking: .number, have: .init("have a number", "ont un numéro"), reason: .init("no number", "pas de numéro"))

        case .numbersHaveEmergencyLocation:
            let rows = try userAssignedNumbers()
            // Numbers come from a handful of countries: ask the catalogue once per country.
            var emergencyCalling: [String: Bool] = [:]
            let relevant = rows.filter { number in
                if let known = emergencyCalling[number.isoCountryCode] { return known }
                let answer = country(number.isoCountryCode)?.value(of: .emergencyCalling) != "false"
                emergencyCalling[number.isoCountryCode] = answer
                return answer
            }
            if relevant.isEmpty, !rows.isEmpty {
                return notApplicable(.init("Not applicable: no emergency calling where the numbers are", "Sans objet : pas d'appels d'urgence là où sont les numéros"))
            }
            let missing = relevant.filter { $0.locationID == nil }.sorted { $0.telephoneNumber < $1.telephoneNumber }
            return result(
                missing.isEmpty,
                .init("\(relevant.count - missing.count) / \(relevant.count) assigned numbers have an emergency location",
                      "\(relevant.count - missing.count) / \(relevant.count) numéros attribués ont un lieu d'urgence"),
                done: relevant.count - missing.count, total: relevant.count,
                subjects: Self.subjects(missing.map(\.telephoneNumber), .init("no emergency location", "pas de lieu d'urgence")))

        case .numbersCountryMatchesUser:
            // Numbers whose holder the tenant does not have (out of scope, or gone) are not judged.
            let rows = try userAssignedNumbers().compactMap { number in number.holder.map { (number, $0) } }
            let wrong = rows.filter { $0.0.isoCountryCode != $0.1.usageLocation }.sorted { $0.0.telephoneNumber < $1.0.telephoneNumber }
            return result(
                wrong.isEmpty,
                .init("\(rows.count - wrong.count) / \(rows.count) numbers are in their user's country",
                      "\(rows.count - wrong.count) / \(rows.count) numéros sont dans le pays de leur utilisateur"),
                done: rows.count - wrong.count, total: rows.count,
                subjects: wrong.map { number, user in
                    .init(number.telephoneNumber, .init("assigned to \(user.upn) in another country", "attribué à \(user.upn) dans un autre pays"))
                })

        case .usersNotified:
            let rows = try numberHoldersNotified()
            let missing = rows.filter { !$0.notified }
            return result(
                missing.isEmpty && !rows.isEmpty,
                .init("\(rows.count - missing.count) / \(rows.count) users told their number", "\(rows.count - missing.count) / \(rows.count) utilisateurs informés de leur numéro"),
                done: rows.count - missing.count, total: rows.count,
                subjects: missing.map { .init($0.upn, .init("not told", "pas informé")) })

        case .manualRecorded:
            // The wizard's journal lives in the tenant; without a step to look for, or before
            // the journal exists, the record is the wizard's business.
            guard let step = context.stepID, let record = try manualRecord(step) else {
                return notApplicable(.init("Manual steps are recorded by the wizard", "Les étapes manuelles sont notées par l'assistant"))
            }
            if let who = record.who, let when = record.when, !who.isEmpty, !when.isEmpty {
                return result(true, .init("Done by \(who) on \(when)", "Fait par \(who) le \(when)"))
            }
            return result(
                false, .init("Nobody recorded who did \(step) and when", "Personne n'a noté qui a fait \(step), ni quand"),
                subjects: [.init(step, .init("not recorded", "non noté"))])

        case .conferencingProviderSet:
            let provider = try conferencingSetting("provider")
            return result(provider != nil, provider.map { .init("Provider: \($0)", "Fournisseur : \($0)") } ?? .init("No provider chosen", "Aucun fournisseur choisi"))

        case .conferencingBridgeHasNumber:
            let kind = try input.numberKind(default: .toll)
            let number = try bridgeNumber(kind)
            return result(
                number != nil,
                number.map { .init("The bridge answers on \($0)", "Le pont répond au \($0)") }
                    ?? .init("The bridge has no \(kind.rawValue) number", "Le pont n'a pas de numéro \(kind.frenchSingular)"))

        case .conferencingSettingsSet:
            let missing = try ["defaultLanguage", "pinLength"].filter { try conferencingSetting($0) == nil }
            return result(
                missing.isEmpty, .init("\(2 - missing.count) / 2 bridge settings set", "\(2 - missing.count) / 2 réglages du pont définis"),
                done: 2 - missing.count, total: 2, subjects: missing.map { .init($0, .init("not set", "non défini")) })

        case .resourceAccountsLicensed:
            let (accounts, missing) = try resourceAccounts(lacking: .virtualUser)
            if accounts == 0 { return notApplicable(.init("No resource account", "Aucun compte de ressource")) }
            return result(
                missing.isEmpty, .init("\(accounts - missing.count) / \(accounts) resource accounts licensed",
                                       "\(accounts - missing.count) / \(accounts) comptes de ressource sous licence"),
                done: accounts - missing.count, total: accounts,
                subjects: missing.map { .init($0, .init("no PHONESYSTEM_VIRTUALUSER", "pas de PHONESYSTEM_VIRTUALUSER")) })

        case .callQueuesHaveNumbers, .autoAttendantsHaveNumbers:
            let queues = check == .callQueuesHaveNumbers
            let rows = try voiceApplications(kind: queues ? "call-queue" : "auto-attendant")
            if rows.isEmpty {
                return notApplicable(queues ? .init("No call queue yet", "Aucune file d'attente pour l'instant")
                                            : .init("No auto attendant yet", "Aucun standard automatique pour l'instant"))
            }
            let missing = rows.filter { $0.numbers == 0 }.map(\.name)
            return result(
                missing.isEmpty,
                .init("\(rows.count - missing.count) / \(rows.count) \(queues ? "call queues" : "auto attendants") have a number",
                      "\(rows.count - missing.count) / \(rows.count) \(queues ? "files d'attente" : "standards automatiques") ont un numéro"),
                done: rows.count - missing.count, total: rows.count,
                subjects: missing.map { .init($0, .init("no service number", "pas de numéro de service")) })

        case .creditsFunded:
            let minimum = try input.decimal("min", default: 50)
            let balance = try creditBalance()
            return result(balance >= minimum, .init("Credits: \(balance.amountText) of at least \(minimum.amountText)", "Crédits : \(balance.amountText) pour au moins \(minimum.amountText)"))

        case .creditsCoverTollFree:
            let tollFree = try numberCount(.tollFree, .acquired)
            if tollFree == 0 { return notApplicable(.init("No toll-free number", "Aucun numéro gratuit")) }
            let balance = try creditBalance()
            return result(
                balance > 0, .init("\(tollFree) toll-free numbers, credits \(balance.amountText)", "\(tollFree) numéros gratuits, crédits \(balance.amountText)"),
                subjects: [.init("credits", .init("zero balance", "solde nul"))])
        }
    }
}

extension TenantFacts {
    /// Subjects that fail for the same reason, sharing one copy of it: a check can name a
    /// hundred thousand users.
    static func subjects(_ ids: [String], _ reason: BilingualText) -> [CheckResult.Subject] {
        ids.map { CheckResult.Subject($0, reason) }
    }
}

extension NumberQuota {
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
