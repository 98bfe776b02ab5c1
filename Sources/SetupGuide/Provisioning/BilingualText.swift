/// One piece of text in English and French, the two languages of messages.
public struct BilingualText: Sendable, Equatable, Codable {
    /// The English wording.
    public let english: String
    /// The French wording.
    public let french: String

    /// Creates a text from its two wordings.
    public init(_ english: String, _ french: String) {
        self.english = english
        self.french = french
    }

    /// The wording in `language`.
    public func text(in language: Language) -> String { language == .french ? french : english }
}
