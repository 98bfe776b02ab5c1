internal import SetupGuideModel
internal import SetupGuidePlanning

/// One value of an exported row.
public enum ExportValue: Sendable, Equatable, Encodable {
    case null
    case integer(Int64)
    case decimal(Double)
    case text(String)

    /// Encodes as the plain JSON value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .integer(let value): try container.encode(value)
        case .decimal(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        }
    }
}
