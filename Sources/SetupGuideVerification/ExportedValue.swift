internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// One field of an exported record, as the file spelled it.
///
/// JSON and CSV meet here: CSV only has text, so `True` and `42` stay `.text` until the field's
/// expected type reads them; JSON gives typed values, which are then checked against that type.
public enum ExportedValue: Sendable, Equatable {
    /// A string (every CSV cell is one).
    case text(String)
    /// A JSON number, as written.
    case number(String)
    /// A JSON `true` or `false`.
    case bool(Bool)
    /// JSON `null`, an empty CSV cell, or a field left out.
    case null
    /// A JSON array of scalars, or a CSV cell split on `;`.
    case list([String])
    /// A JSON object, or an array holding objects or arrays, which no field we read expects.
    case structured
    /// `System.Object[]` in a CSV cell: `Export-Csv` could not write the list.
    case lostList
    /// A .NET type name where an object was expected, such as
    /// `Microsoft.Graph.PowerShell.Models.MicrosoftGraphLicenseUnitsDetail` for `PrepaidUnits`:
    /// `Export-Csv`, or `ConvertTo-Json` below the object's depth, wrote the name, not the values.
    case typeName(String)

    /// A short name of the kind of value, for messages.
    var kindName: String {
        switch self {
        case .text: "text"
        case .number: "a number"
        case .bool: "true/false"
        case .null: "null"
        case .list: "a list"
        case .structured: "an object or nested list"
        case .lostList: "System.Object[]"
        case .typeName(let name): "the type name '\(name)'"
        }
    }

    /// The same, in French.
    var kindNameFrench: String {
        switch self {
        case .text: "du texte"
        case .number: "un nombre"
        case .bool: "vrai/faux"
        case .null: "null"
        case .list: "une liste"
        case .structured: "un objet ou une liste imbriquée"
        case .lostList: "System.Object[]"
        case .typeName(let name): "le nom de type '\(name)'"
        }
    }
}
