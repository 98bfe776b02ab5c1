internal import SetupGuideModel
internal import SetupGuidePlanning

/// Reads a user CSV export into users, all or nothing.
///
/// The header must name `UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage`
/// (in any order; other columns are ignored). PowerShell's `Export-Csv` may put a `#TYPE` line
/// first; it is skipped. The first bad row stops the import with its line and field, so a file
/// is either imported whole or not at all.
public struct UserFile: Sendable {
    /// The columns a user file must have.
    public static let columns = ["UserPrincipalName", "DisplayName", "UsageLocation", "City", "Department", "PreferredLanguage"]

    /// A bad row or header: where, which field, and why.
    public struct Problem: Error, Sendable, Equatable {
        /// 1-based line of the file.
        public let line: Int
        /// The column at fault, if one is.
        public let field: String?
        /// What is wrong.
        public let reason: String
    }

    /// Creates a reader.
    public init() {}

    /// The users of `text`, or the first problem.
    public func users(in text: String) throws(Problem) -> [TenantUser] {
        var records: [CSVReader.Record]
        do {
            records = try CSVReader().records(in: text)
        } catch {
            throw Problem(line: error.line, field: nil, reason: error.reason.english)
        }
        if let first = records.first, first.fields.first?.hasPrefix("#TYPE") == true {
            records.removeFirst()
        }
        guard let header = records.first else {
            throw Problem(line: 1, field: nil, reason: "the file is empty; it needs the header \(Self.columns.joined(separator: ","))")
        }
        var position: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            position[name.trimmingSpaces().lowercased()] = index
        }
        var columnIndex: [Int] = []
        for column in Self.columns {
            guard let index = position[column.lowercased()] else {
                throw Problem(line: header.line, field: column, reason: "the header has no column '\(column)'")
            }
            columnIndex.append(index)
        }

        var users: [TenantUser] = []
        users.reserveCapacity(records.count - 1)
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                throw Problem(
                    line: record.line, field: nil,
                    reason: "\(record.fields.count) fields where the header has \(header.fields.count)")
            }
            let value = { (column: Int) -> String in record.fields[columnIndex[column]].trimmingSpaces() }
            let upn = value(0), name = value(1), usage = value(2), language = value(5)

            guard Self.isUserPrincipalName(upn) else {
                throw Problem(line: record.line, field: "UserPrincipalName", reason: "'\(upn)' is not a user principal name such as ana@contoso.com")
            }
            if let earlier = seen[upn.lowercased()] {
                throw Problem(line: record.line, field: "UserPrincipalName", reason: "'\(upn)' is already on line \(earlier)")
            }
            seen[upn.lowercased()] = record.line
            guard !name.isEmpty else {
                throw Problem(line: record.line, field: "DisplayName", reason: "the display name is empty")
            }
            guard usage.isEmpty || (usage.utf8.count == 2 && usage.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }) else {
                throw Problem(line: record.line, field: "UsageLocation", reason: "'\(usage)' is not an ISO country code such as FR")
            }
            guard language.isEmpty || Self.isLanguageTag(language) else {
                throw Problem(line: record.line, field: "PreferredLanguage", reason: "'\(language)' is not a language tag such as fr-FR")
            }
            users.append(
                TenantUser(
                    userPrincipalName: upn, displayName: name, usageLocation: usage.nilIfEmpty,
                    city: value(3).nilIfEmpty, department: value(4).nilIfEmpty, preferredLanguage: language.nilIfEmpty))
        }
        return users
    }

    static func isUserPrincipalName(_ value: String) -> Bool {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix(".")
        else { return false }
        // the characters Microsoft 365 accepts in a user name; nothing that could reach a mail
        // header or a file path (slashes, quotes, angle brackets, line breaks)
        return value.unicodeScalars.allSatisfy { scalar in
            let c = Character(scalar)
            return (c.isASCII && (c.isLetter || c.isNumber)) || "@.-_'+".contains(c)
        } && !value.hasPrefix(".") && !value.contains("..")
    }

    static func isLanguageTag(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy(\.isLetter) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isLetter || $0.isNumber } }
    }
}

extension String {
    package func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return slice.count == count ? self : String(slice)
    }

    var nilIfEmpty: String? { isEmpty ? nil : self }
}
