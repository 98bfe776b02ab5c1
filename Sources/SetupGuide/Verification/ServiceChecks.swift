internal import GRDB

/// Judges resource accounts, call queues, auto attendants and credits from the rehearsal tenant's
/// tables, for as long as the engine does not (its `evaluateService` is issue 5).
///
/// Resource accounts whose kind an export does not give (no `ApplicationId` column) count as both
/// a call queue and an auto attendant: either way, one without a number is a gap.
struct ServiceChecks {
    let tenant: RehearsalTenant
    let exports: Bool
    /// The features the plan was made for: a queue check with no queue only fails when queues were chosen.
    let features: Set<Feature>

    /// The result, or `nil` for checks left to the engine.
    func evaluate(_ check: CheckName) throws -> CheckResult? {
        try tenant.read { db -> CheckResult? in
            func result(_ pass: Bool, _ summary: BilingualText, done: Int? = nil, total: Int? = nil, subjects: [CheckResult.Subject] = []) -> CheckResult {
                CheckResult(check: check, status: pass ? .pass : .fail, summary: summary, done: done, total: total, subjects: pass ? [] : subjects)
            }
            switch check {
            case .resourceAccountsLicensed:
                let accounts = try String.fetchAll(db, sql: "SELECT upn FROM users WHERE accountKind = 'resource' ORDER BY upn")
                let licensed = Set(try String.fetchAll(
                    db, sql: "SELECT lower(upn) FROM userLicences WHERE sku = ?", arguments: [Licence.virtualUser.rawValue]))
                let missing = accounts.filter { !licensed.contains($0.lowercased()) }
                return result(
                    missing.isEmpty,
                    .init("\(accounts.count - missing.count) / \(accounts.count) resource accounts have PHONESYSTEM_VIRTUALUSER",
                          "\(accounts.count - missing.count) / \(accounts.count) comptes de ressource ont PHONESYSTEM_VIRTUALUSER"),
                    done: accounts.count - missing.count, total: accounts.count,
                    subjects: missing.map { .init($0, .init("no PHONESYSTEM_VIRTUALUSER licence", "pas de licence PHONESYSTEM_VIRTUALUSER")) })

            case .callQueuesHaveNumbers, .autoAttendantsHaveNumbers:
                let queue = check == .callQueuesHaveNumbers
                let kind = queue ? "call-queue" : "auto-attendant"
                let noun = queue ? BilingualText("call queue", "file d'attente") : BilingualText("auto attendant", "standard automatique")
                let rows = try Row.fetchAll(db, sql: """
                    SELECT v.name, v.resourceAccount,
                        (SELECT count(*) FROM numbers n WHERE lower(n.assignedTo) = lower(v.resourceAccount)) AS numbers
                    FROM voiceApplications v WHERE v.kind IN (?, 'unknown') ORDER BY v.name
                    """, arguments: [kind])
                if rows.isEmpty {
                    if !features.contains(queue ? .callQueues : .autoAttendants) {
                        return CheckResult(
                            check: check, status: .notApplicable,
                            summary: .init("Not applicable: no \(noun.english) chosen or found", "Sans objet : aucun(e) \(noun.french) choisi(e) ni trouvé(e)"))
                    }
                    return result(false, .init("No \(noun.english) found", "Aucun(e) \(noun.french) trouvé(e)"), done: 0, total: 0)
                }
                let missing = rows.filter { ($0["numbers"] as Int) == 0 }
                return result(
                    missing.isEmpty,
                    .init("\(rows.count - missing.count) / \(rows.count) \(noun.english)s have a service number",
                          "\(rows.count - missing.count) / \(rows.count) \(noun.french)s ont un numéro de service"),
                    done: rows.count - missing.count, total: rows.count,
                    subjects: missing.map { row in
                        let name: String = row["name"], account: String = row["resourceAccount"]
                        let label = name == account ? "" : " '\(name)'"
                        return .init(account, .init("\(noun.english)\(label) has no service number", "\(noun.french)\(label) sans numéro de service"))
                    })

            case .creditsFunded:
                let minimum = 50.0
                let balance = try Double.fetchOne(db, sql: "SELECT coalesce(sum(amount), 0) FROM creditTransactions") ?? 0
                return result(
                    balance >= minimum,
                    .init("Communications credits: \(Self.money(balance)) / \(Self.money(minimum))",
                          "Crédits de communication : \(Self.money(balance)) / \(Self.money(minimum))"))

            case .creditsCoverTollFree:
                let tollFree = try String.fetchAll(
                    db, sql: "SELECT telephoneNumber FROM numbers WHERE numberKind = ? ORDER BY telephoneNumber",
                    arguments: [NumberKind.tollFree.rawValue])
                if tollFree.isEmpty {
                    return CheckResult(check: check, status: .notApplicable, summary: .init("Not applicable: no toll-free number", "Sans objet : aucun numéro gratuit"))
                }
                if exports {
                    // The exports hold no balance; the Communications Credits licence is the
                    // closest fact they show.
                    let credits = try Int.fetchOne(
                        db, sql: "SELECT purchased FROM licences WHERE sku = ?", arguments: [Licence.communicationsCredits.rawValue]) ?? 0
                    return result(
                        credits > 0,
                        .init("\(tollFree.count) toll-free numbers; \(credits) MCOPSTNC licences (the balance itself is not exported)",
                              "\(tollFree.count) numéros gratuits ; \(credits) licences MCOPSTNC (le solde n'est pas exporté)"),
                        subjects: tollFree.map { .init($0, .init("toll-free number but no Communications Credits licence", "numéro gratuit sans licence Crédits de communication")) })
                }
                let balance = try Double.fetchOne(db, sql: "SELECT coalesce(sum(amount), 0) FROM creditTransactions") ?? 0
                return result(
                    balance > 0,
                    .init("\(tollFree.count) toll-free numbers; credits balance \(Self.money(balance))",
                          "\(tollFree.count) numéros gratuits ; solde des crédits \(Self.money(balance))"),
                    subjects: tollFree.map { .init($0, .init("toll-free number with no credits behind it", "numéro gratuit sans crédits pour le couvrir")) })

            default:
                return nil
            }
        }
    }

    static func money(_ amount: Double) -> String {
        amount == amount.rounded() ? String(Int(amount)) : String(format: "%.2f", amount)
    }
}
