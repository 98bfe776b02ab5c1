internal import SetupGuideModel
internal import SetupGuidePlanning

/// A check's string arguments, read into typed values.
struct CheckArguments {
    let check: CheckName
    let values: [String: String]

    var what: BilingualText { .init("evaluate \(check.rawValue)", "évaluer \(check.rawValue)") }

    func optional(_ name: String) -> String? {
        guard let value = values[name]?.trimmingSpaces(), !value.isEmpty else { return nil }
        return value
    }

    func integer(_ name: String, default fallback: Int) throws -> Int {
        guard let text = optional(name) else { return fallback }
        guard let value = Int(text) else {
            throw EngineRefusal.invalidArgument(name, "'\(text)' is not a whole number", "'\(text)' n'est pas un nombre entier", what: what)
        }
        return value
    }

    func decimal(_ name: String, default fallback: Double) throws -> Double {
        guard let text = optional(name) else { return fallback }
        guard let value = Double(text) else {
            throw EngineRefusal.invalidArgument(name, "'\(text)' is not a number", "'\(text)' n'est pas un nombre", what: what)
        }
        return value
    }

    func sku() throws -> Licence {
        guard let text = optional("sku") else { throw EngineRefusal.invalidArgument("sku", "is required", "est obligatoire", what: what) }
        guard let sku = Licence(rawValue: text) else {
            throw EngineRefusal.invalidArgument("sku", "'\(text)' is not a known SKU", "'\(text)' n'est pas une référence connue", what: what)
        }
        return sku
    }

    func numberKind(default fallback: NumberKind = .user) throws -> NumberKind {
        guard let text = optional("type") else { return fallback }
        guard let kind = NumberKind(rawValue: text) else {
            throw EngineRefusal.invalidArgument("type", "'\(text)' is not user, toll or toll-free", "'\(text)' n'est ni user, ni toll, ni toll-free", what: what)
        }
        return kind
    }

    func users() throws -> UserSelector {
        guard let text = optional("users") else { return .voice }
        guard let selector = UserSelector(parsing: text) else {
            throw EngineRefusal.invalidArgument("users", "'\(text)' is not a user selector", "'\(text)' n'est pas un choix d'utilisateurs", what: what)
        }
        return selector
    }
}
