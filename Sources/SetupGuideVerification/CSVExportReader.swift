internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// Reads `Export-Csv` output into records: an optional `#TYPE` first line, a header row, then one
/// row per object.
///
/// Cells are text; an empty cell is `null`. List fields are split on `;`, as admins join them with
/// `-join ';'` before exporting. A cell holding `System.Object[]` means `Export-Csv` was given a
/// list and wrote its type name instead: that is kept as `.lostList` so it is reported, never
/// mistaken for an empty list.
public struct CSVExportReader: Sendable {
    /// The cmdlet whose columns are read.
    public let cmdlet: ExportCmdlet

    /// Creates a reader for one cmdlet's export.
    public init(cmdlet: ExportCmdlet) { self.cmdlet = cmdlet }

    /// The records of the file, or the first problem that makes it unreadable.
    public func records(in text: String, file: String) throws -> [ExportRecord] {
        var rows: [CSVReader.Record]
        do {
            rows = try CSVReader().records(in: text)
        } catch {
            throw ExportProblem(
                .malformedFile, file: file, line: error.line,
                .init("not valid CSV: \(error.reason)", "CSV invalide : \(error.reason)"))
        }
        if let first = rows.first, first.fields.first?.hasPrefix("#TYPE") == true || first.fields.first?.hasPrefix("#") == true {
            rows.removeFirst()
        }
        guard let header = rows.first else {
            throw ExportProblem(
                .emptyFile, file: file,
                .init("the file is empty: run the cmdlet again and pipe it to Export-Csv -NoTypeInformation",
                      "le fichier est vide : relancez la cmdlet et envoyez-la à Export-Csv -NoTypeInformation"))
        }
        // Column index -> canonical field name, for the columns we read.
        var wanted: [String: String] = [:]
        for field in cmdlet.fields { wanted[field.lowercased()] = field }
        for (alias, field) in cmdlet.csvAliases { wanted[alias] = field }
        let names = cmdlet.fields
        let columns: [String?] = header.fields.map { wanted[$0.trimmingSpaces().lowercased()] }
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
                } else if cell == "System.Object[]" || cell.hasPrefix("System.Collections.") {
                    value = .lostList
                } else if lists.contains(name) {
                    value = .list(cell.split(separator: ";").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty })
                } else {
                    value = .text(cell)
                }
                record.set(name, value, line: row.line)
            }
            records.append(record)
        }
        return records
    }
}
