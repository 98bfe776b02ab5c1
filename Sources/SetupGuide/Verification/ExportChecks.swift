internal import GRDB

/// The two places where exports need more than the engine's checks, because they hold different
/// facts than a rehearsed tenant:
///
/// - no credits balance is exported, so `credits.cover-toll-free` takes a Communications Credits
///   (MCOPSTNC) licence as the sign that toll-free numbers are covered, and names each number;
/// - an export without `ApplicationId` does not say whether a resource account serves a call queue
///   or an auto attendant, so those accounts join both checks: either way, one without a number is
///   a gap.
///
/// Everything else is the engine's `evaluate`, unchanged.
struct ExportChecks {
    let tenant: RehearsalTenant
    /// The features the plan was made for: unknown accounts only count where the feature was chosen.
    let features: Set<Feature>

    /// The result for exports, given the engine's.
    func adjust(_ check: CheckName, engine result: CheckResult) throws -> CheckResult {
        switch check {
        case .creditsCoverTollFree: return try tollFreeCovered() ?? result
        case .callQueuesHaveNumbers where features.contains(.callQueues),
            .autoAttendantsHaveNumbers where features.contains(.autoAttendants):
            return try withUnknownAccounts(check, result)
        default: return result
        }
    }

    private func tollFreeCovered() throws -> CheckResult? {
        try tenant.read { db -> CheckResult? in
            let tollFree = try String.fetchAll(
                db, sql: "SELECT telephoneNumber FROM numbers WHERE numberKind = ? ORDER BY telephoneNumber",
                arguments: [NumberKind.tollFree.rawValue])
            guard !tollFree.isEmpty else { return nil }
            let credits = try Int.fetchOne(
                db, sql: "SELECT purchased FROM licences WHERE sku = ?", arguments: [Licence.communicationsCredits.rawValue]) ?? 0
            let covered = credits > 0
            return CheckResult(
                check: .creditsCoverTollFree, status: covered ? .pass : .fail,
                summary: .init("\(tollFree.count) toll-free numbers; \(credits) MCOPSTNC licences (the balance itself is not exported)",
                               "\(tollFree.count) numéros gratuits ; \(credits) licences MCOPSTNC (le solde n'est pas exporté)"),
                subjects: covered ? [] : tollFree.map {
                    .init($0, .init("toll-free number but no Communications Credits licence", "numéro gratuit sans licence Crédits de communication"))
                })
        }
    }

    private func withUnknownAccounts(_ check: CheckName, _ result: CheckResult) throws -> CheckResult {
        let unknown = try tenant.read { db in
            try Row.fetchAll(db, sql: """
                SELECT v.name, (SELECT count(*) FROM numbers n WHERE n.assignedTo = v.resourceAccount) AS numbers
                FROM voiceApplications v WHERE v.kind = ? ORDER BY v.name
                """, arguments: [ExportImporter.unknownApplicationKind])
        }
        guard !unknown.isEmpty else { return result }
        let missing = unknown.filter { ($0["numbers"] as Int) == 0 }.map { $0["name"] as String }
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
}
