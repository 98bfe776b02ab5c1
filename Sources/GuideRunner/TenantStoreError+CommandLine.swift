import SetupGuide

extension TenantStoreError {
    /// The store's message with the flag that picks another tenant, where it helps.
    func commandLineMessage(in language: Language) -> String {
        guard case .inUse = self else { return message(in: language) }
        return message(in: language) + " (--tenant)"
    }
}
