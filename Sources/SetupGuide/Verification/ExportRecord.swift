/// One record of an export: a user, a number, an address, a location or a SKU.
public struct ExportRecord: Sendable, Equatable {
    /// 1-based line the record starts on.
    public var line: Int
    /// The fields read, keyed by their canonical name (as `ExportSchema` spells it), with the line
    /// each value is on.
    public var fields: [String: (value: ExportedValue, line: Int)]

    /// Creates a record.
    public init(line: Int, fields: [String: (value: ExportedValue, line: Int)] = [:]) {
        self.line = line
        self.fields = fields
    }

    /// The value of `name`, `.null` when absent.
    public subscript(name: String) -> ExportedValue { fields[name]?.value ?? .null }

    /// The line of `name`'s value, else the record's.
    public func line(of name: String) -> Int { fields[name]?.line ?? line }

    public static func == (lhs: ExportRecord, rhs: ExportRecord) -> Bool {
        lhs.line == rhs.line && lhs.fields.count == rhs.fields.count
            && lhs.fields.allSatisfy { key, entry in rhs.fields[key].map { $0.value == entry.value && $0.line == entry.line } ?? false }
    }
}
