/// One piece of text in English and French, the two languages of messages.
public struct BilingualText: Sendable, Equatable, Codable {
    /// The English wording.
    public let english: String
    /// The French wording.
    public let french: String

    /// Creates a text from its two wordings. (Inlinable, as the lookups below: renderers build and
    /// pick thousands of these per page, from other targets.)
    @inlinable
    public init(_ english: String, _ french: String) {
        self.english = english
        self.french = french
    }

    /// The wording in `language`.
    @inlinable
    public func text(in language: Language) -> String { language == .french ? french : english }

    /// The wording in `language`: `BilingualText("Step", "Étape")[language]`.
    @inlinable
    public subscript(_ language: Language) -> String { text(in: language) }
}

extension BilingualText {
    /// `count` and the words that agree with it: English is singular for 1 only, French for 0
    /// and 1 ("0 numéro acquis", "2 numéros acquis").
    public static func counting(_ count: Int, _ english: (one: String, many: String), _ french: (one: String, many: String)) -> BilingualText {
        .init("\(count) \(count == 1 ? english.one : english.many)", "\(count) \(count <= 1 ? french.one : french.many)")
    }

    /// This text followed by `other`, each language with its own.
    public func followed(by other: BilingualText) -> BilingualText { .init(english + other.english, french + other.french) }
}
