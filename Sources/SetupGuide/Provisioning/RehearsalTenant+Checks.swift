internal import GRDB

extension RehearsalTenant {
    /// Evaluates a check against the tenant: pass, fail with the subjects at fault, or not
    /// applicable where the organisation's choices make the check moot.
    public func evaluate(_ check: CheckName, arguments: [String: String], context: CheckContext) throws -> CheckResult {
        let input = CheckArguments(check: check, values: arguments)
        return try read { db in
            let countryCode = try context.country ?? setting("country", db)
            let connectivity = try setting("connectivity", db).flatMap(Connectivity.init(rawValue:))
            let microsoftNumbers = connectivity == nil || connectivity == .callingPlan
            func result(_ pass: Bool, _ summary: BilingualText, done: Int? = nil, total: Int? = nil, subjects: [CheckResult.Subject] = []) -> CheckResult {
                CheckResult(check: check, status: pass ? .pass : .fail, summary: summary, done: done, total: total, subjects: pass ? [] : subjects)
            }
            func notApplicable(_ summary: BilingualText) -> CheckResult {
                CheckResult(check: check, status: .notApplicable, summary: summary)
            }
            let notCallingPlan = BilingualText(
                "Not applicable: numbers do not come from Microsoft with \(connectivity?.rawValue ?? "")",
                "Sans objet : les numéros ne viennent pas de Microsoft avec \(connectivity?.rawValue ?? "")")

            switch check {
            case .countryCallingPlansOffered:
                guard let code = countryCode else {
                    return result(false, .init("The organisation's country is not recorded", "Le pays de l'organisation n'est pas enregistré"))
                }
                guard let country = countries(code) else {
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
                let bought = try stock(sku, db).purchased
                return result(
                    bought >= minimum,
                    .init("\(bought) / \(minimum) \(sku.rawValue) licences bought", "\(bought) / \(minimum) licences \(sku.rawValue) achetées"),
                    done: bought, total: minimum)

            case .licencesAssigned:
                let sku = try input.sku()
                let users = try selectUsers(try input.users(), what: input.what, db)
                let holders = Set(try String.fetchAll(db, sql: "SELECT lower(upn) FROM userLicences WHERE sku = ?", arguments: [sku.rawValue]))
                let missing = users.filter { !holders.contains($0.upn.lowercased()) }
                return result(
                    missing.isEmpty && !users.isEmpty,
                    .init("\(users.count - missing.count) / \(users.count) users have \(sku.rawValue)",
                          "\(users.count - missing.count) / \(users.count) utilisateurs ont \(sku.rawValue)"),
                    done: users.count - missing.count, total: users.count,
                    subjects: missing.map { .init($0.upn, .init("no \(sku.rawValue) licence", "pas de licence \(sku.rawValue)")) })

            case .licencesPhoneSystemWithCallingPlan:
                let phoneSystem = Licence.allCases.filter(\.grantsPhoneSystem).map { "'\($0.rawValue)'" }.joined(separator: ",")
                let plans = Licence.allCases.filter(\.isCallingPlan).map { "'\($0.rawValue)'" }.joined(separator: ",")
                let withPlan = try String.fetchAll(db, sql: "SELECT DISTINCT upn FROM userLicences WHERE sku IN (\(plans)) ORDER BY upn")
                let lacking = try String.fetchAll(db, sql: """
                    SELECT DISTINCT upn FROM userLicences WHERE sku IN (\(plans))
                    AND lower(upn) NOT IN (SELECT lower(upn) FROM userLicences WHERE sku IN (\(phoneSystem))) ORDER BY upn
                    """)
                return result(
                    lacking.isEmpty,
                    .init("\(withPlan.count - lacking.count) / \(withPlan.count) Calling Plan users have Phone System",
                          "\(withPlan.count - lacking.count) / \(withPlan.count) utilisateurs avec forfait ont le Système téléphonique"),
                    done: withPlan.count - lacking.count, total: withPlan.count,
                    subjects: lacking.map { .init($0, .init("Calling Plan without Phone System", "forfait sans Système téléphonique")) })

            case .usersImported:
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM users WHERE accountKind = 'person'") ?? 0
                return result(count > 0, .init("\(count) users in the tenant", "\(count) utilisateurs dans le client"), done: count, total: nil)

            case .numbersAcquired:
                guard microsoftNumbers else { return notApplicable(notCallingPlan) }
                let kind = try input.numberKind()
                let minimum = try input.integer("min", default: 1)
                let count = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM numbers WHERE numberKind = ? AND state = 'acquired'", arguments: [kind.rawValue]) ?? 0
                return result(
                    count >= minimum,
                    .init("\(count) / \(minimum) \(kind.rawValue) numbers acquired", "\(count) / \(minimum) numéros \(kind.frenchPlural) acquis"),
                    done: count, total: minimum)

            case .numbersWithinQuota:
                guard microsoftNumbers else { return notApplicable(notCallingPlan) }
                var subjects: [CheckResult.Subject] = []
                var lines: [String] = []
                for kind in NumberKind.allCases {
                    let used = try quotaUsage(kind, db), quota = try quota(kind, db)
                    lines.append("\(kind.rawValue) \(used) / \(quota)")
                    if used > quota { subjects.append(.init(kind.rawValue, .init("\(used) numbers for a quota of \(quota)", "\(used) numéros pour un quota de \(quota)"))) }
                }
                let text = lines.joined(separator: ", ")
                return result(subjects.isEmpty, .init("Numbers within quota: \(text)", "Numéros dans le quota : \(text)"), subjects: subjects)

            case .reservationsNonePending:
                guard microsoftNumbers else { return notApplicable(notCallingPlan) }
                let now = clock.now().timeIntervalSince1970
                let rows = try Row.fetchAll(db, sql: "SELECT id, status, expiresAt FROM reservations WHERE status IN ('open', 'expired') ORDER BY id")
                let subjects = rows.map { row -> CheckResult.Subject in
                    let id: String = row["id"], status: String = row["status"], expiresAt: Double = row["expiresAt"]
                    return status == "open" && expiresAt > now
                        ? .init(id, .init("still open: acquire or release it", "encore ouverte : acquérez-la ou rendez-la"))
                        : .init(id, .init("expired before being acquired", "expirée sans avoir été acquise"))
                }
                return result(
                    subjects.isEmpty,
                    .init("\(subjects.count) reservations left open or expired", "\(subjects.count) réservations restées ouvertes ou expirées"),
                    subjects: subjects)

            case .requestsRecorded:
                if let code = countryCode, let country = countries(code), !country.usesRequestForm {
                    return notApplicable(.init("Not applicable: \(country.nameEnglish) offers new numbers in the admin centre",
                                               "Sans objet : \(country.nameFrench) propose de nouveaux numéros dans le centre d'administration"))
                }
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM numberRequests") ?? 0
                return result(count > 0, .init("\(count) number requests recorded", "\(count) demandes de numéros enregistrées"), done: count)

            case .portsOrdered:
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM portOrders") ?? 0
                return result(count > 0, .init("\(count) port orders recorded", "\(count) commandes de transfert enregistrées"), done: count)

            case .addressesPresent:
                let minimum = try input.integer("min", default: 1)
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM addresses") ?? 0
                return result(
                    count >= minimum, .init("\(count) / \(minimum) emergency addresses", "\(count) / \(minimum) adresses d'urgence"),
                    done: count, total: minimum)

            case .addressesValidated:
                let rows = try Row.fetchAll(db, sql: "SELECT id, validationStatus FROM addresses ORDER BY id")
                let failing = rows.filter { ($0["validationStatus"] as String) != ValidationStatus.valid.rawValue }
                return result(
                    !rows.isEmpty && failing.isEmpty,
                    .init("\(rows.count - failing.count) / \(rows.count) addresses validated", "\(rows.count - failing.count) / \(rows.count) adresses validées"),
                    done: rows.count - failing.count, total: rows.count,
                    subjects: failing.map { row in
                        let status: String = row["validationStatus"]
                        return .init(row["id"], .init("status \(status)", "statut \(status)"))
                    })

            case .usersHaveNumbers:
                guard microsoftNumbers else { return notApplicable(notCallingPlan) }
                let users = try selectUsers(try input.users(), what: input.what, db)
                let holders = Set(try String.fetchAll(db, sql: "SELECT lower(assignedTo) FROM numbers WHERE assignedTo IS NOT NULL"))
                let missing = users.filter { !holders.contains($0.upn.lowercased()) }
                return result(
                    missing.isEmpty && !users.isEmpty,
                    .init("\(users.count - missing.count) / \(users.count) users have a number",
                          "\(users.count - missing.count) / \(users.count) utilisateurs ont un numéro"),
                    done: users.count - missing.count, total: users.count,
                    subjects: missing.map { .init($0.upn, .init("no number", "pas de numéro")) })

            case .numbersHaveEmergencyLocation:
                let rows = try Row.fetchAll(db, sql: """
                    SELECT telephoneNumber, isoCountryCode, locationId FROM numbers
                    WHERE assignmentStatus = 'UserAssigned' ORDER BY telephoneNumber
                    """)
                let relevant = rows.filter { countries($0["isoCountryCode"])?.value(of: .emergencyCalling) != "false" }
                if relevant.isEmpty, !rows.isEmpty {
                    return notApplicable(.init("Not applicable: no emergency calling where the numbers are", "Sans objet : pas d'appels d'urgence là où sont les numéros"))
                }
                let missing = relevant.filter { ($0["locationId"] as String?) == nil }
                return result(
                    missing.isEmpty,
                    .init("\(relevant.count - missing.count) / \(relevant.count) assigned numbers have an emergency location",
                          "\(relevant.count - missing.count) / \(relevant.count) numéros attribués ont un lieu d'urgence"),
                    done: relevant.count - missing.count, total: relevant.count,
                    subjects: missing.map { .init($0["telephoneNumber"], .init("no emergency location", "pas de lieu d'urgence")) })

            case .numbersCountryMatchesUser:
                let rows = try Row.fetchAll(db, sql: """
                    SELECT n.telephoneNumber, n.isoCountryCode, u.upn, u.usageLocation FROM numbers n
                    JOIN users u ON u.upn = n.assignedTo WHERE n.assignmentStatus = 'UserAssigned' ORDER BY n.telephoneNumber
                    """)
                let wrong = rows.filter { ($0["isoCountryCode"] as String) != ($0["usageLocation"] as String?) }
                return result(
                    wrong.isEmpty,
                    .init("\(rows.count - wrong.count) / \(rows.count) numbers are in their user's country",
                          "\(rows.count - wrong.count) / \(rows.count) numéros sont dans le pays de leur utilisateur"),
                    done: rows.count - wrong.count, total: rows.count,
                    subjects: wrong.map { row in
                        let number: String = row["telephoneNumber"], upn: String = row["upn"]
                        return .init(number, .init("assigned to \(upn) in another country", "attribué à \(upn) dans un autre pays"))
                    })

            case .usersNotified:
                let rows = try Row.fetchAll(db, sql: """
                    SELECT u.upn, u.notifiedAt FROM users u JOIN numbers n ON n.assignedTo = u.upn ORDER BY u.upn
                    """)
                let missing = rows.filter { ($0["notifiedAt"] as Double?) == nil }
                return result(
                    missing.isEmpty && !rows.isEmpty,
                    .init("\(rows.count - missing.count) / \(rows.count) users told their number", "\(rows.count - missing.count) / \(rows.count) utilisateurs informés de leur numéro"),
                    done: rows.count - missing.count, total: rows.count,
                    subjects: missing.map { .init($0["upn"], .init("not told", "pas informé")) })

            case .manualRecorded:
                return notApplicable(.init("Manual steps are recorded by the wizard, not the tenant", "Les étapes manuelles sont notées par l'assistant, pas par le client"))

            default:
                return try evaluateService(check, input, db)
            }
        }
    }
}
