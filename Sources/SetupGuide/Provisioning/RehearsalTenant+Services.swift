internal import GRDB

extension RehearsalTenant {
    /// Conferencing, voice applications and credits (issue 5).
    func performService(_ action: ActionName, _ input: Arguments) throws -> ActionOutcome {
        throw EngineRefusal.notYetSupported(action)
    }
}

extension RehearsalTenant {
    /// Checks of conferencing, voice applications and credits (issue 5).
    func evaluateService(_ check: CheckName, _ input: CheckArguments, _ db: Database) throws -> CheckResult {
        CheckResult(
            check: check, status: .notApplicable,
            summary: .init("The rehearsal tenant does not simulate \(check.rawValue) yet", "Le client de répétition ne simule pas encore \(check.rawValue)"))
    }
}
