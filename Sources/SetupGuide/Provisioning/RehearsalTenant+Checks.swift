extension RehearsalTenant {
    /// Evaluates a check against the tenant.
    public func evaluate(_ check: CheckName, arguments: [String: String], context: CheckContext) throws -> CheckResult {
        throw EngineRefusal.notYetSupported(.tenantSetCountry)
    }
}
