/// The type of an action or check parameter, as the catalogue declares it.
///
/// Lint uses it to refuse literal values that cannot be right (an unknown SKU, a word where a
/// number is due) and inputs whose type cannot feed the parameter.
public enum ParameterType: String, Sendable, Equatable, CaseIterable, Codable {
    case string
    case integer
    case amount
    case boolean
    case country
    case sku
    case numberType = "number-type"
    case connectivity
    case provider
    case e164
    case language
    case languageList = "language-list"
    case userSelector = "user-selector"
    case path
    case accountKind = "account-kind"

    /// Input types whose values this parameter can take.
    public var acceptedInputTypes: Set<InputType> {
        switch self {
        case .string: [.string, .text, .choice, .country, .e164, .email, .upn, .language, .date]
        case .integer: [.integer]
        case .amount: [.amount, .integer]
        case .boolean: [.boolean]
        case .country: [.country]
        case .sku, .numberType, .connectivity, .provider, .accountKind: [.choice]
        case .e164: [.e164]
        case .language: [.language, .choice]
        case .languageList: [.string, .language, .choice]
        case .userSelector: [.string, .upn, .choice]
        case .path: [.path]
        }
    }

    /// The closed set of literal values, for parameters that have one.
    public var allowedValues: [String]? {
        switch self {
        case .sku: Licence.allCases.map(\.rawValue)
        case .numberType: NumberKind.allCases.map(\.rawValue)
        case .connectivity: Connectivity.allCases.map(\.rawValue)
        case .provider: ["microsoft", "third-party"]
        case .accountKind: ["call-queue", "auto-attendant"]
        default: nil
        }
    }

    /// Whether a literal written in a guide fits this type. Returns a reason, in `language`, when it does not.
    public func problem(withLiteral value: String, language: Language = .english) -> String? {
        if let allowed = allowedValues {
            let list = allowed.joined(separator: ", ")
            return allowed.contains(value) ? nil : BilingualText("expected one of \(list)", "choisissez parmi : \(list)")[language]
        }
        switch self {
        case .integer:
            return Int(value) != nil ? nil : BilingualText("expected a whole number", "un nombre entier est attendu")[language]
        case .amount:
            return Double(value) != nil ? nil : BilingualText("expected an amount such as 50 or 12.5", "un montant est attendu, par exemple 50 ou 12.5")[language]
        case .boolean:
            return ["true", "false"].contains(value) ? nil : BilingualText("expected true or false", "true ou false est attendu")[language]
        case .country:
            return value.count == 2 && value.allSatisfy({ $0.isASCII && $0.isUppercase })
                ? nil : BilingualText("expected an ISO 3166-1 alpha-2 code such as FR", "code ISO 3166-1 alpha-2 attendu, par exemple FR")[language]
        case .e164:
            return E164.isValid(value)
                ? nil : BilingualText("expected an E.164 number such as +33123456789", "numéro au format E.164 attendu, par exemple +33123456789")[language]
        default:
            return nil
        }
    }
}

/// The kinds of telephone number the engine hands out.
public enum NumberKind: String, Sendable, Equatable, CaseIterable, Codable {
    /// A number for a person (a "subscriber" number).
    case user
    /// A toll (geographic) service number for a bridge, queue or attendant.
    case toll
    /// A toll-free service number, paid from communications credits.
    case tollFree = "toll-free"

    /// Whether the number is a service number, counted against the service quota.
    public var isService: Bool { self != .user }
}

/// E.164 number syntax: a plus sign and 8 to 15 digits, the first not zero.
public enum E164 {
    /// Whether `value` is written as an E.164 number.
    public static func isValid(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.count >= 9, bytes.count <= 16, bytes[0] == UInt8(ascii: "+"),
            bytes[1] != UInt8(ascii: "0")
        else { return false }
        return bytes.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}
