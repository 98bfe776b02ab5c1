internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// Reads typed values out of one record, collecting a problem for each field of the wrong type or
/// lost by `Export-Csv`, and a warning for each value no reference lists.
struct ExportFieldReader {
    let file: String
    let record: ExportRecord
    var problems: [ExportProblem] = []
    /// Warnings: they never stop the verification.
    var notes: [ExportNote] = []

    /// Where the next field asked for probably sits in the record (see `ExportRecord.position(of:from:)`).
    private var hint = 0

    init(file: String, record: ExportRecord) {
        self.file = file
        self.record = record
    }

    /// The value of `name`, `.null` when absent; looks after the last field found first.
    private mutating func value(_ name: String) -> ExportedValue {
        guard let index = record.position(of: name, from: hint) else { return .null }
        hint = index + 1
        return record.values[index]
    }

    private mutating func wrongType(_ name: String, _ value: ExportedValue, expected: String, _ french: String) {
        problems.append(ExportProblem(
            .wrongType, file: file, line: record.line(of: name), field: name,
            .init("\(name) should be \(expected), found \(value.kindName)", "\(name) devrait être \(french), trouvé \(value.kindNameFrench)")))
    }

    private mutating func lost(_ name: String) {
        problems.append(ExportProblem(
            .lostList, file: file, line: record.line(of: name), field: name,
            .init("\(name) holds a type name such as 'System.Object[]' or 'System.String[]': Export-Csv lost the list, so no check can judge it. Export with ConvertTo-Json (setup-guide export collect does), or join it first: @{n='\(name)';e={$_.\(name) -join ';'}}",
                  "\(name) contient un nom de type comme 'System.Object[]' ou 'System.String[]' : Export-Csv a perdu la liste, aucune vérification ne peut en juger. Exportez avec ConvertTo-Json (comme setup-guide export collect), ou joignez-la d'abord : @{n='\(name)';e={$_.\(name) -join ';'}}")))
    }

    /// A list or an object the export lost (a type name in its place): says which, and how to export it.
    private mutating func lostValue(_ name: String) {
        if case .typeName(let type) = record[name] { lostObject(name, type) } else { lost(name) }
    }

    /// A type name in place of an object: the advice depends on who wrote it.
    private mutating func lostObject(_ name: String, _ type: String) {
        let top = String(name.split(separator: ".").first ?? Substring(name))
        let leaf = String(name.split(separator: ".").last ?? Substring(name))
        let advice: BilingualText = file.lowercased().hasSuffix(".csv")
            ? .init("Export-Csv writes an object's type name, not its values: select the value first, such as @{n='\(leaf)';e={$_.\(name)}}, or export with ConvertTo-Json -Depth 5",
                    "Export-Csv écrit le nom de type d'un objet, pas ses valeurs : sélectionnez d'abord la valeur, comme @{n='\(leaf)';e={$_.\(name)}}, ou exportez avec ConvertTo-Json -Depth 5")
            : .init("ConvertTo-Json stopped above it (its -Depth is 2 by default): export again with ConvertTo-Json -Depth 5",
                    "ConvertTo-Json s'est arrêté au-dessus (sa profondeur -Depth vaut 2 par défaut) : exportez de nouveau avec ConvertTo-Json -Depth 5")
        problems.append(ExportProblem(
            .lostValue, file: file, line: record.line(of: name), field: name,
            .init("\(top) holds the type name '\(type)', not its values, so \(name) is lost and no check can judge it. ",
                  "\(top) contient le nom de type '\(type)', pas ses valeurs : \(name) est perdu et aucune vérification ne peut en juger. ")
                .followed(by: advice)))
    }

    /// Whether the field holds anything at all, whatever its type.
    mutating func isPresent(_ name: String) -> Bool {
        switch value(name) {
        case .null: false
        case .text(let text): !text.allSatisfy { $0 == " " || $0 == "\t" }
        default: true
        }
    }

    /// Text, or `nil` when null or empty.
    mutating func text(_ name: String) -> String? {
        switch value(name) {
        case .null: return nil
        case .text(let text):
            // Most values have no surrounding blanks; trimming them all would cost a copy each.
            guard let first = text.utf8.first, let last = text.utf8.last else { return nil }
            if first > 0x20, last > 0x20 { return text }
            let trimmed = text.trimmingSpaces()
            return trimmed.isEmpty ? nil : trimmed
        case .lostList, .typeName:
            lostValue(name)
            return nil
        case let other:
            wrongType(name, other, expected: "text", "du texte")
            return nil
        }
    }

    /// Text that every record needs.
    mutating func required(_ name: String) -> String? {
        if let value = text(name) { return value }
        if case .null = value(name) {
            problems.append(ExportProblem(
                .missingField, file: file, line: record.line, field: name,
                .init("\(name) is missing or empty; every record needs one", "\(name) est absent ou vide ; chaque enregistrement en a besoin")))
        }
        return nil
    }

    /// `true`/`false`, or the text `True`/`False` of a CSV.
    mutating func bool(_ name: String) -> Bool? {
        switch value(name) {
        case .null: return nil
        case .bool(let flag): return flag
        case .text(let text) where text.lowercased() == "true": return true
        case .text(let text) where text.lowercased() == "false": return false
        case .lostList, .typeName:
            lostValue(name)
            return nil
        case let other:
            wrongType(name, other, expected: "True or False", "True ou False")
            return nil
        }
    }

    /// A whole number.
    mutating func integer(_ name: String) -> Int? {
        switch value(name) {
        case .null: return nil
        case .number(let text), .text(let text):
            if let value = Int(text.trimmingSpaces()) { return value }
            if let value = Double(text.trimmingSpaces()), value == value.rounded(), abs(value) < 1e15 { return Int(value) }
            wrongType(name, record[name], expected: "a whole number", "un nombre entier")
            return nil
        case .lostList, .typeName:
            lostValue(name)
            return nil
        case let other:
            wrongType(name, other, expected: "a whole number", "un nombre entier")
            return nil
        }
    }

    /// A decimal number (latitude, longitude).
    mutating func decimal(_ name: String) -> Double? {
        switch value(name) {
        case .null: return nil
        case .number(let text), .text(let text):
            if let value = Double(text.trimmingSpaces()) { return value }
            wrongType(name, record[name], expected: "a number", "un nombre")
            return nil
        case .lostList, .typeName:
            lostValue(name)
            return nil
        case let other:
            wrongType(name, other, expected: "a number", "un nombre")
            return nil
        }
    }

    /// A list of text values; a single text value is a list of one.
    mutating func list(_ name: String, allowed: [String]? = nil) -> [String] {
        let items: [String]
        switch value(name) {
        case .null: return []
        case .list(let values): items = values
        case .text(let text): items = Self.split(text)
        case .lostList, .typeName:
            lostValue(name)
            return []
        case let other:
            wrongType(name, other, expected: "a list of text", "une liste de textes")
            return []
        }
        guard let allowed else { return items }
        return items.compactMap { check(name, $0, allowed: allowed) }
    }

    /// A list cell as admins write it: joined with `;` (`-join ';'`) or `, ` (the console's
    /// `{A, B}` form, braces and all).
    static func split(_ text: String) -> [String] {
        var body = Substring(text)
        if body.hasPrefix("{"), body.hasSuffix("}") { body = body.dropFirst().dropLast() }
        return body.split(whereSeparator: { $0 == ";" || $0 == "," }).map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// One of the values the cmdlet documents, in its canonical spelling; `nil` (and a warning)
    /// for a value none lists.
    mutating func choice(_ name: String, _ allowed: [String]) -> String? {
        guard let text = text(name) else { return nil }
        return check(name, text, allowed: allowed)
    }

    /// Like ``choice(_:_:)``, but an unknown value is also given back as written, for fields
    /// where "none" would be the wrong reading.
    mutating func choiceOrUnknown(_ name: String, _ allowed: [String]) -> (known: String?, written: String?) {
        guard let text = text(name) else { return (nil, nil) }
        return (check(name, text, allowed: allowed), text)
    }

    private mutating func check(_ name: String, _ text: String, allowed: [String]) -> String? {
        // Most values are spelled as documented: compare exactly before folding case.
        if allowed.contains(text) { return text }
        if let match = allowed.first(where: { $0.sameIgnoringCase(text) }) { return match }
        let choices = allowed.joined(separator: ", ")
        notes.append(ExportNote(
            .warning, .unknownValue, file: file, line: record.line(of: name), field: name,
            .init("value '\(text)' for \(name) is in none of the references (they list: \(choices)); it is read as unknown, never as a passing value",
                  "la valeur '\(text)' de \(name) ne figure dans aucune référence (elles citent : \(choices)) ; elle est lue comme inconnue, jamais comme une valeur qui passe")))
        return nil
    }
}

extension String {
    fileprivate func sameIgnoringCase(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
