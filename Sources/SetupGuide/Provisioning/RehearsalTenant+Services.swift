extension RehearsalTenant {
    /// Conferencing, voice applications and credits (issue 5).
    func performService(_ action: ActionName, _ input: Arguments) throws -> ActionOutcome {
        throw EngineRefusal.notYetSupported(action)
    }
}
