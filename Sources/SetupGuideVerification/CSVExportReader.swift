internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// Reads `Export-Csv` output into records: an optional `#TYPE` first line, a header row, then one
/// row per object.
///
/// The delimiter is found on the header row: `,` by default, `;` when `-UseCulture` ran on a
/// French Windows or `-Delimiter ';'` was given (a `;` joining a list sits inside quotes, so the
/// header row never holds one otherwise). Cells are text; an empty cell is `null`. List fields
/// are split on `;` or `, `, as admins join them. A cell holding a type name (`System.Object[]`,
/// `System.String[]`, ``System.Collections.Generic.List`1[System.String]``) means `Export-Csv`
/// was given a list and wrote its type instead: that is kept as `.lostList` so it is reported,
/// never mistaken for an empty list or for one value. `PrepaidUnits` is read from its
/// `@{Enabled=10; …}` form, and its type name is kept as lost.
///
/// The columns of `Export-CsAcquiredPhoneNumber` (`AssignmentStatus`, `TargetId`,
/// `AcquiredCapabilities`) are read as those of `Get-CsPhoneNumberAssignment`, whose reference
/// names them as the same attributes.
public struct CSVExportReader: Sendable {
    /// The cmdlet whose columns are read.
    public let cmdlet: ExportCmdlet

    /// Creates a reader for one cmdlet's export.
    public init(cmdlet: ExportCmdlet) { self.cmdlet = cmdlet }

    /// The records of the file, or the first problem that makes it unreadable; no records when
    /// the file holds no header row.
    public func records(in text: String, file: String) throws -> [ExportRecord] {
        try records(in: Array(text.utf8), file: file)
    }

    /// The records of UTF-8 `bytes` (a leading byte order mark is skipped).
    func records(in bytes: [UInt8], file: String) throws -> [ExportRecord] {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        var rows: [CSVReader.Record]
        do {
            rows = try CSVReader(delimiter: CSVReader.delimiter(of: body)).records(in: body)
        } catch {
            throw ExportProblem(
                .malformedFile, file: file, line: error.line,
                .init("not valid CSV: \(error.reason.english)", "CSV invalide : \(error.reason.french)"))
        }
        if let first = rows.first, first.fields.first?.hasPrefix("#") == true {
            rows.removeFirst()
        }
        guard let header = rows.first else { return [] }
        // Column index -> canonical field name, for the columns we read.
        var wanted: [String: String] = [:]
        for field in cmdlet.fields { wanted[field.lowercased()] = field }
        for (alias, field) in cmdlet.csvAliases { wanted[alias] = field }
        let headerNames = header.fields.map { $0.trimmingSpaces().lowercased() }
        // An alias stands in only when the cmdlet's own column is absent.
        let present = Set(headerNames.compactMap { name in cmdlet.fields.first { $0.lowercased() == name } })
        let names = cmdlet.fields
        let columns: [String?] = headerNames.map { name in
            guard let field = wanted[name] else { return nil }
            return name != field.lowercased() && present.contains(field) ? nil : field
        }
        let prepaid = cmdlet == .subscribedSku ? headerNames.firstIndex(of: "prepaidunits") : nil
        let lists = cmdlet.listFields

        var records: [ExportRecord] = []
        records.reserveCapacity(rows.count - 1)
        for row in rows.dropFirst() {
            guard row.fields.count == header.fields.count else {
                throw ExportProblem(
                    .malformedFile, file: file, line: row.line,
                    .init("\(row.fields.count) cells where the header has \(header.fields.count) columns",
                          "\(row.fields.count) cellules alors que l'en-tête a \(header.fields.count) colonnes"))
            }
            var record = ExportRecord(line: row.line, names: names)
            for (position, name) in columns.enumerated() {
                guard let name else { continue }
                let cell = row.fields[position]
                let value: ExportedValue
                if cell.isEmpty {
                    value = .null
                } else if Self.isListTypeName(cell) {
                    value = .lostList
                } else if lists.contains(name) {
                    value = .list(ExportFieldReader.split(cell))
                } else {
                    value = .text(cell)
                }
                record.set(name, value, line: row.line)
            }
            // A flattened Enabled column wins over the whole object.
            if let prepaid, !present.contains("PrepaidUnits.Enabled"), !columns.contains("PrepaidUnits.Enabled") {
                record.set("PrepaidUnits.Enabled", Self.prepaidEnabled(row.fields[prepaid]), line: row.line)
            }
            records.append(record)
        }
        return records
    }

    /// Whether `cell` is the type name `Export-Csv` writes for a list (its `ToString()`).
    static func isListTypeName(_ cell: String) -> Bool {
        guard cell.hasPrefix("System.") else { return false }
        return cell.hasSuffix("[]") || cell.hasPrefix("System.Collections.")
    }

    /// `Enabled` of a `PrepaidUnits` cell: `@{Enabled=10; LockedOut=0; …}` (a hashtable's or
    /// PSCustomObject's `ToString()`) gives the number; a type name is a lost value.
    static func prepaidEnabled(_ cell: String) -> ExportedValue {
        let text = cell.trimmingSpaces()
        if text.isEmpty { return .null }
        if text.hasPrefix("@{"), text.hasSuffix("}") {
            for pair in text.dropFirst(2).dropLast().split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingSpaces().lowercased() == "enabled" {
                    let number = parts[1].trimmingSpaces()
                    return number.isEmpty ? .null : .text(number)
                }
            }
            return .null
        }
        return .typeName(text)
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String { String(self).trimmingSpaces() }
}
