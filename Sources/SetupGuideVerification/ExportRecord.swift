internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// One record of an export: a user, a number, an address, a location or a SKU.
///
/// Values sit in arrays in the order of the field names the reader was given, rather than in a
/// dictionary per record: an export of 100,000 users would otherwise hash every field name twice
/// per user.
public struct ExportRecord: Sendable, Equatable {
    /// 1-based line the record starts on.
    public var line: Int
    /// The names of the fields read, shared by every record of a file.
    public let names: [String]
    /// The value of each name; `.null` when the file did not have it.
    var values: [ExportedValue]
    /// The line of each value; 0 when absent.
    var lines: [Int]

    /// Creates a record with every field absent.
    public init(line: Int, names: [String]) {
        self.line = line
        self.names = names
        values = Array(repeating: .null, count: names.count)
        lines = Array(repeating: 0, count: names.count)
    }

    /// Sets the field at `index` (a position in `names`).
    mutating func set(_ index: Int, _ value: ExportedValue, line: Int) {
        values[index] = value
        lines[index] = line
    }

    /// Sets the field called `name`, if it is one of `names`.
    public mutating func set(_ name: String, _ value: ExportedValue, line: Int) {
        if let index = position(of: name) { set(index, value, line: line) }
    }

    /// The value of `name`, `.null` when absent.
    public subscript(name: String) -> ExportedValue {
        position(of: name).map { values[$0] } ?? .null
    }

    /// The line of `name`'s value, else the record's.
    public func line(of name: String) -> Int {
        guard let index = position(of: name), lines[index] > 0 else { return line }
        return lines[index]
    }

    /// Where `name` is in `names`. Lengths are compared before text: a record is read field by
    /// field, a hundred thousand times per export, and most names differ in length.
    func position(of name: String) -> Int? { position(of: name, from: 0) }

    /// The same, looking at `start` first: a record's fields are mostly asked for in the order of
    /// `names`, so the field after the last one found is nearly always the next one wanted.
    func position(of name: String, from start: Int) -> Int? {
        let count = names.count
        guard count > 0 else { return nil }
        let length = name.utf8.count
        var index = start < count && start >= 0 ? start : 0
        for _ in 0..<count {
            if names[index].utf8.count == length && names[index] == name { return index }
            index = index + 1 == count ? 0 : index + 1
        }
        return nil
    }

    /// Makes every field absent again and sets the record's line, keeping the storage: a reader
    /// fills one record after the other without allocating for each.
    mutating func reset(line: Int) {
        self.line = line
        for index in values.indices {
            values[index] = .null
            lines[index] = 0
        }
    }
}
