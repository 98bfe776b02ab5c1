internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// Reads typed values out of one record, collecting a problem for each field of the wrong type,
/// with an unknown value, or lost by `Export-Csv`.
struct ExportFieldReader {
    let file: String
    let record: ExportRecord
    var problems: [ExportProblem] = []

    init(file: String, record: ExportRecord) {
        self.file = file
        self.record = record
    }

    private mutating func wrongType(_ name: String, _ value: ExportedValue, expected: String, _ french: String) {
        problems.append(ExportProblem(
            .wrongType, file: file, line: record.line(of: name), field: name,
            .init("\(name) should be \(expected), found \(value.kindName)", "\(name) devrait être \(french), trouvé \(value.kindNameFrench)")))
    }

    private mutating func lost(_ name: String) {
        problems.append(ExportProblem(
            .lostList, file: file, line: record.line(of: name), field: name,
            .init("\(name) holds 'System.Object[]': Export-Csv lost the list. Export with ConvertTo-Json, or join it first: @{n='\(name)';e={$_.\(name) -join ';'}}",
                  "\(name) contient 'System.Object[]' : Export-Csv a perdu la liste. Exportez avec ConvertTo-Json, ou joignez-la d'abord : @{n='\(name)';e={$_.\(name) -join ';'}}")))
    }

    /// Text, or `nil` when null or empty.
    mutating func text(_ name: String) -> String? {
        switch record[name] {
        case .null: return nil
        case .text(let text):
            // Most values have no surrounding blanks; trimming them all would cost a copy each.
            guard let first = text.utf8.first, let last = text.utf8.last else { return nil }
            if first > 0x20, last > 0x20 { return text }
            let trimmed = text.trimmingSpaces()
            return trimmed.isEmpty ? nil : trimmed
        case .lostList:
            lost(name)
            return nil
        case let other:
            wrongType(name, other, expected: "text", "du texte")
            return nil
        }
    }

    /// Text that every record needs.
    mutating func required(_ name: String) -> String? {
        if let value = text(name) { return value }
        if case .null = record[name] {
            problems.append(ExportProblem(
                .missingField, file: file, line: record.line, field: name,
                .init("\(name) is missing or empty; every record needs one", "\(name) est absent ou vide ; chaque enregistrement en a besoin")))
        }
        return nil
    }

    /// `true`/`false`, or the text `True`/`False` of a CSV.
    mutating func bool(_ name: String) -> Bool? {
        switch record[name] {
        case .null: return nil
        case .bool(let flag): return flag
        case .text(let text) where text.lowercased() == "true": return true
        case .text(let text) where text.lowercased() == "false": return false
        case .lostList:
            lost(name)
            return nil
        case let other:
            wrongType(name, other, expected: "True or False", "True ou False")
            return nil
        }
    }

    /// A whole number.
    mutating func integer(_ name: String) -> Int? {
        switch record[name] {
        case .null: return nil
        case .number(let text), .text(let text):
            if let value = Int(text.trimmingSpaces()) { return value }
            if let value = Double(text.trimmingSpaces()), value == value.rounded(), abs(value) < 1e15 { return Int(value) }
            wrongType(name, record[name], expected: "a whole number", "un nombre entier")
            return nil
        case .lostList:
            lost(name)
            return nil
        case let other:
            wrongType(name, other, expected: "a whole number", "un nombre entier")
            return nil
        }
    }

    /// A decimal number (latitude, longitude).
    mutating func decimal(_ name: String) -> Double? {
        switch record[name] {
        case .null: return nil
        case .number(let text), .text(let text):
            if let value = Double(text.trimmingSpaces()) { return value }
            wrongType(name, record[name], expected: "a number", "un nombre")
            return nil
        case .lostList:
            lost(name)
            return nil
        case let other:
            wrongType(name, other, expected: "a number", "un nombre")
            return nil
        }
    }

    /// A list of text values; a single text value is a list of one.
    mutating func list(_ name: String, allowed: [String]? = nil) -> [String] {
        let items: [String]
        switch record[name] {
        case .null: return []
        case .list(let values): items = values
        case .text(let text): items = text.split(separator: ";").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        case .lostList:
            lost(name)
            return []
        case let other:
            wrongType(name, other, expected: "a list of text", "une liste de textes")
            return []
        }
        guard let allowed else { return items }
        return items.compactMap { check(name, $0, allowed: allowed) }
    }

    /// One of the values the cmdlet documents, in its canonical spelling.
    mutating func choice(_ name: String, _ allowed: [String]) -> String? {
        guard let text = text(name) else { return nil }
        return check(name, text, allowed: allowed)
    }

    private mutating func check(_ name: String, _ text: String, allowed: [String]) -> String? {
        if let match = allowed.first(where: { $0.sameIgnoringCase(text) }) { return match }
        let choices = allowed.joined(separator: ", ")
        problems.append(ExportProblem(
            .unknownValue, file: file, line: record.line(of: name), field: name,
            .init("unknown value '\(text)' for \(name); expected one of: \(choices)",
                  "valeur inconnue '\(text)' pour \(name) ; valeurs possibles : \(choices)")))
        return nil
    }
}

extension String {
    fileprivate func sameIgnoringCase(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
