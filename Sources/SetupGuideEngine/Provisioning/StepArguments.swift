internal import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning

/// A step's string arguments, read into the typed values a method takes.
struct StepArguments {
    let action: ActionName
    let values: [String: String]

    /// What the call was to do, in words, as a refusal names it: « Refusé : chercher et réserver
    /// 10 numéros d'utilisateur à Seattle pendant 10 minutes (…) », not the action's id.
    var what: BilingualText {
        let sentence = action.sentence(values)
        return .init(Self.lowercasedFirst(sentence.english), Self.lowercasedFirst(sentence.french))
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    func optional(_ name: String) -> String? {
        guard let value = values[name]?.trimmingSpaces(), !value.isEmpty else { return nil }
        return value
    }

    func required(_ name: String) throws -> String {
        guard let value = optional(name) else {
            throw EngineRefusal.invalidArgument(name, "is required", "est obligatoire", what: what)
        }
        return value
    }

    func invalid(_ name: String, _ allowed: [String]) -> EngineRefusal {
        let list = allowed.joined(separator: ", ")
        return EngineRefusal.invalidArgument(
            name, "'\(values[name] ?? "")' is not one of \(list)", "'\(values[name] ?? "")' ne fait pas partie de \(list)", what: what)
    }

    /// The largest quantity one step takes. No tenant buys or reserves more at once, and a bound
    /// keeps every sum the rules make (used + asked against a quota) far from overflowing.
    static let largestQuantity = 1_000_000

    func integer(_ name: String) throws -> Int {
        let text = try required(name)
        guard let value = Int(text) else {
            throw EngineRefusal.invalidArgument(name, "'\(text)' is not a whole number", "'\(text)' n'est pas un nombre entier", what: what)
        }
        guard value <= Self.largestQuantity else {
            throw EngineRefusal.invalidArgument(
                name, "'\(text)' is more than 1,000,000, the most one step takes: give a smaller number",
                "'\(text)' dépasse 1 000 000, le plus qu'une étape accepte : donnez un nombre plus petit", what: what)
        }
        return value
    }

    func decimal(_ name: String) throws -> Double? {
        guard let text = optional(name) else { return nil }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")) else {
            throw EngineRefusal.invalidArgument(name, "'\(text)' is not a number", "'\(text)' n'est pas un nombre", what: what)
        }
        return value
    }

    func boolean(_ name: String, default fallback: Bool) throws -> Bool {
        guard let text = optional(name) else { return fallback }
        switch text.lowercased() {
        case "true", "yes", "1": return true
        case "false", "no", "0": return false
        default: throw invalid(name, ["true", "false"])
        }
    }

    func country(_ name: String) throws -> String {
        let code = try required(name)
        guard ParameterType.country.problem(withLiteral: code) == nil else {
            throw EngineRefusal.invalidArgument(name, "'\(code)' is not an ISO country code such as FR", "'\(code)' n'est pas un code pays ISO comme FR", what: what)
        }
        return code
    }

    func sku() throws -> Licence {
        guard let sku = Licence(rawValue: try required("sku")) else { throw invalid("sku", Licence.allCases.map(\.rawValue)) }
        return sku
    }

    /// A number type; several at once in a port order is the mixed-order refusal.
    func numberKind(_ name: String, singleForPort: Bool = false) throws -> NumberKind {
        guard let text = optional(name) else { return .user }
        if singleForPort, text.contains(",") || text.contains(" ") {
            throw EngineRefusal.mixedPortOrder(what: what)
        }
        guard let kind = NumberKind(rawValue: text) else { throw invalid(name, NumberKind.allCases.map(\.rawValue)) }
        return kind
    }

    func users(_ name: String, default fallback: UserSelector) throws -> UserSelector {
        guard let text = optional(name) else { return fallback }
        guard let selector = UserSelector(parsing: text) else {
            throw EngineRefusal.invalidArgument(
                name, "'\(text)' is not 'all', 'voice', 'department:NAME' or UPNs", "'\(text)' n'est ni 'all', ni 'voice', ni 'department:NOM', ni des UPN",
                what: what)
        }
        return selector
    }
}
