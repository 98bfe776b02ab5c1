/// The types of value a step can ask the admin for.
public enum InputType: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    /// One line of text; `pattern` may constrain it.
    case string
    /// Several lines of text.
    case text
    /// A whole number; `min` and `max` bound it.
    case integer
    /// A sum of money, in the currency the step names.
    case amount
    /// Yes or no.
    case boolean
    /// One of the values listed in `choices`.
    case choice
    /// An ISO 3166-1 alpha-2 country code from the country catalogue.
    case country
    /// A telephone number in E.164 form.
    case e164
    /// A mail address.
    case email
    /// A user principal name (user@domain).
    case upn
    /// A BCP 47 language tag such as fr-FR.
    case language
    /// A file path, relative to the current directory.
    case path
    /// A calendar date, YYYY-MM-DD.
    case date
}
