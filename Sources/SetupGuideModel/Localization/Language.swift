import Foundation

/// The languages guides and messages are written in.
public enum Language: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    case french = "fr"
    case english = "en"

    /// The language a user's environment asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG`;
    /// French when it starts with `fr`, English otherwise.
    public static func fromEnvironment(_ environment: [String: String]? = nil) -> Language {
        let environment = environment ?? ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("fr") ? .french : .english
            }
        }
        return .english
    }
}
