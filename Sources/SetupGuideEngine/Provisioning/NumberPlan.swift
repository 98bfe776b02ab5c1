internal import SetupGuideModel
internal import SetupGuidePlanning

/// How the rehearsal tenant writes numbers for a country: calling code, length and default area.
///
/// Numbers are made from a per-country counter, so the same steps always give the same numbers.
public struct NumberPlan: Sendable, Equatable {
    /// The country calling code, without the plus sign.
    public let callingCode: String
    /// Digits after the calling code (the national significant number).
    public let nationalLength: Int
    /// The area prefix used when a search names no area code.
    public let defaultArea: String

    /// The plan for an ISO country code, if the rehearsal tenant knows one.
    public static func forCountry(_ code: String) -> NumberPlan? { table[code] }

    private static let table: [String: NumberPlan] = [
        "AT": .init(callingCode: "43", nationalLength: 10, defaultArea: "1"),
        "AU": .init(callingCode: "61", nationalLength: 9, defaultArea: "2"),
        "BE": .init(callingCode: "32", nationalLength: 8, defaultArea: "2"),
        "BR": .init(callingCode: "55", nationalLength: 10, defaultArea: "11"),
        "CA": .init(callingCode: "1", nationalLength: 10, defaultArea: "416"),
        "CH": .init(callingCode: "41", nationalLength: 9, defaultArea: "22"),
        "CN": .init(callingCode: "86", nationalLength: 10, defaultArea: "10"),
        "CZ": .init(callingCode: "420", nationalLength: 9, defaultArea: "2"),
        "DE": .init(callingCode: "49", nationalLength: 10, defaultArea: "30"),
        "DK": .init(callingCode: "45", nationalLength: 8, defaultArea: "3"),
        "EE": .init(callingCode: "372", nationalLength: 8, defaultArea: "6"),
        "ES": .init(callingCode: "34", nationalLength: 9, defaultArea: "91"),
        "FI": .init(callingCode: "358", nationalLength: 9, defaultArea: "9"),
        "FR": .init(callingCode: "33", nationalLength: 9, defaultArea: "1"),
        "GB": .init(callingCode: "44", nationalLength: 10, defaultArea: "20"),
        "HK": .init(callingCode: "852", nationalLength: 8, defaultArea: "2"),
        "HR": .init(callingCode: "385", nationalLength: 9, defaultArea: "1"),
        "HU": .init(callingCode: "36", nationalLength: 9, defaultArea: "1"),
        "IE": .init(callingCode: "353", nationalLength: 9, defaultArea: "1"),
        "IN": .init(callingCode: "91", nationalLength: 10, defaultArea: "11"),
        "IT": .init(callingCode: "39", nationalLength: 10, defaultArea: "06"),
        "JP": .init(callingCode: "81", nationalLength: 9, defaultArea: "3"),
        "KR": .init(callingCode: "82", nationalLength: 9, defaultArea: "2"),
        "LT": .init(callingCode: "370", nationalLength: 8, defaultArea: "5"),
        "LU": .init(callingCode: "352", nationalLength: 8, defaultArea: "2"),
        "LV": .init(callingCode: "371", nationalLength: 8, defaultArea: "6"),
        "MX": .init(callingCode: "52", nationalLength: 10, defaultArea: "55"),
        "NL": .init(callingCode: "31", nationalLength: 9, defaultArea: "20"),
        "NO": .init(callingCode: "47", nationalLength: 8, defaultArea: "2"),
        "NZ": .init(callingCode: "64", nationalLength: 9, defaultArea: "9"),
        "PL": .init(callingCode: "48", nationalLength: 9, defaultArea: "22"),
        "PR": .init(callingCode: "1", nationalLength: 10, defaultArea: "787"),
        "PT": .init(callingCode: "351", nationalLength: 9, defaultArea: "21"),
        "RO": .init(callingCode: "40", nationalLength: 9, defaultArea: "21"),
        "SE": .init(callingCode: "46", nationalLength: 9, defaultArea: "8"),
        "SG": .init(callingCode: "65", nationalLength: 8, defaultArea: "6"),
        "SI": .init(callingCode: "386", nationalLength: 8, defaultArea: "1"),
        "SK": .init(callingCode: "421", nationalLength: 9, defaultArea: "2"),
        "US": .init(callingCode: "1", nationalLength: 10, defaultArea: "206"),
        "ZA": .init(callingCode: "27", nationalLength: 9, defaultArea: "11"),
    ]

    /// The area prefix for toll-free numbers.
    public var tollFreeArea: String { "800" }

    /// The `counter`-th number in `area`, in E.164.
    public func number(area: String, counter: Int) -> String {
        let width = max(nationalLength - area.count, 1)
        let digits = String(counter)
        let padded = digits.count >= width ? String(digits.suffix(width)) : String(repeating: "0", count: width - digits.count) + digits
        return "+" + callingCode + area + padded
    }
}
