public import SetupGuideModel
internal import SetupGuidePlanning

/// Reads a users file into users, all or nothing.
///
/// It takes the files admins have: comma- or semicolon-separated (Excel and `Export-Csv
/// -UseCulture` on a French Windows write `;`), UTF-8, UTF-16 or Windows-1252 (the encodings
/// ``CSVReader/utf8(_:)`` tells apart), with any of these headers, in any order, other
/// columns ignored:
///
/// - ours, which are `Get-CsOnlineUser`'s property names: `UserPrincipalName`, `DisplayName`,
///   `UsageLocation`, and optionally `City`, `Department`, `PreferredLanguage`;
/// - Microsoft Entra's "Download users" file, which names the same properties in camel case
///   (`userPrincipalName`, `displayName`, `usageLocation`, `city`, `department`) and has no
///   preferred language (MicrosoftDocs/entra-docs, docs/identity/users/users-bulk-download.md);
/// - Entra's bulk-create template, headed `Name [displayName] Required`, `User name
///   [userPrincipalName] Required`, `Usage location [usageLocation]`, `City [city]`, … after a
///   `version:v1.0` line: the property in brackets is read (same repository,
///   docs/identity/users/users-bulk-add.md);
/// - the Microsoft 365 admin centre's "Add multiple users" template, headed `User Name, First
///   Name, Last Name, Display Name, Job Title, Department, …, City, State or Province, ZIP or
///   Postal Code, Country or Region` (MicrosoftDocs/microsoft-365-docs,
///   microsoft-365/enterprise/add-several-users-at-the-same-time.md). It has no usage location:
///   the admin centre asks for one per file, and its `Country or Region` holds a name such as
///   "United States". Such a file is refused with what column to add, rather than read without
///   a usage location.
///
/// Header names are compared without case, spaces, `_`, `-` or `.`, so "User principal name"
/// and "Usage location", as people write them, are read too.
///
/// Every user needs a usage location that is an ISO 3166 alpha-2 code (``ISOCountryCode``):
/// Microsoft 365 assigns no licence without one, so a missing or invalid one is refused here,
/// before anything is bought. PowerShell's `#TYPE` line is skipped. The first bad row stops the
/// import with its line and field, so a file is either imported whole or not at all.
public struct UserFile: Sendable {
    /// The columns a user file must have, by our names.
    public static let requiredColumns = ["UserPrincipalName", "DisplayName", "UsageLocation"]
    /// Every column read, by our names.
    public static let columns = requiredColumns + ["City", "Department", "PreferredLanguage"]

    /// Other names of our columns, normalised (see ``normalised(_:)``).
    static let aliases: [String: String] = [
        "userprincipalname": "UserPrincipalName", "upn": "UserPrincipalName",
        // the admin centre's "Add multiple users" template
        "username": "UserPrincipalName",
        "displayname": "DisplayName",
        "usagelocation": "UsageLocation",
        "city": "City", "department": "Department", "preferredlanguage": "PreferredLanguage",
    ]

    /// A bad row or header: where, which field, and why.
    public struct Problem: Error, Sendable, Equatable {
        /// 1-based line of the file.
        public let line: Int
        /// The column at fault, if one is, as the file's header names it.
        public let field: String?
        /// What is wrong and what to write instead.
        public let reason: BilingualText

        /// Creates a problem.
        public init(line: Int, field: String?, reason: BilingualText) {
            self.line = line
            self.field = field
            self.reason = reason
        }
    }

    /// Creates a reader.
    public init() {}

    /// The users of `text`, or the first problem.
    public func users(in text: String) throws(Problem) -> [TenantUser] {
        try users(utf8: Array(text.utf8))
    }

    /// The users of a file's bytes in any encoding ``CSVReader/utf8(_:)`` reads, or the first problem.
    public func users(inFile bytes: [UInt8]) throws(Problem) -> [TenantUser] {
        guard let (text, _) = CSVReader.utf8(bytes) else {
            throw Problem(line: 1, field: nil, reason: .init(
                "the file is UTF-16 with an odd number of bytes: it was cut; export it again",
                "le fichier est en UTF-16 avec un nombre impair d'octets : il a été tronqué ; exportez-le de nouveau"))
        }
        return try users(utf8: text)
    }

    /// `User principal name [userPrincipalName] Required` → `userprincipalname`.
    static func normalised(_ name: String) -> String {
        var name = Substring(name)
        if let open = name.firstIndex(of: "["), let close = name[open...].firstIndex(of: "]"), name.index(after: open) < close {
            name = name[name.index(after: open)..<close]
        }
        return String(name.lowercased().filter { !" \t_-.".contains($0) })
    }

    private func users(utf8 input: [UInt8]) throws(Problem) -> [TenantUser] {
        let bytes = input.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(input.dropFirst(3)) : input
        var records: [CSVReader.Record]
        do {
            records = try CSVReader(delimiter: CSVReader.delimiter(of: bytes)).records(in: bytes)
        } catch {
            throw Problem(line: error.line, field: nil, reason: error.reason)
        }
        // PowerShell's `#TYPE …` line and the `version:v1.0` line of Entra's template
        while let first = records.first?.fields.first,
            first.hasPrefix("#") || (first.lowercased().hasPrefix("version:") && records[0].fields.dropFirst().allSatisfy(\.isEmpty))
        {
            records.removeFirst()
        }
        guard let header = records.first else {
            let columns = Self.columns.joined(separator: ",")
            throw Problem(line: 1, field: nil, reason: .init(
                "the file is empty; it needs the header \(columns)", "le fichier est vide ; il lui faut l'en-tête \(columns)"))
        }
        var position: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            guard let column = Self.aliases[Self.normalised(name.trimmingSpaces())], position[column] == nil else { continue }
            position[column] = index
        }
        for column in Self.requiredColumns where position[column] == nil {
            if column == "UsageLocation", header.fields.contains(where: { Self.normalised($0) == "countryorregion" }) {
                throw Problem(line: header.line, field: column, reason: .init(
                    "the header has no column 'UsageLocation': 'Country or Region' is a country's name, and Microsoft 365 needs a usage location to assign licences; add a column 'UsageLocation' with each user's two-letter ISO 3166 code, such as FR",
                    "l'en-tête n'a pas de colonne 'UsageLocation' : 'Country or Region' est le nom d'un pays, et Microsoft 365 a besoin d'un emplacement d'utilisation pour attribuer les licences ; ajoutez une colonne 'UsageLocation' avec le code ISO 3166 à deux lettres de chaque utilisateur, par exemple FR"))
            }
            throw Problem(line: header.line, field: column, reason: .init(
                "the header has no column '\(column)'", "l'en-tête n'a pas de colonne '\(column)'"))
        }
        let name = { (column: String) -> String in header.fields[position[column]!].trimmingSpaces() }

        var users: [TenantUser] = []
        users.reserveCapacity(records.count - 1)
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                throw Problem(
                    line: record.line, field: nil,
                    reason: .init("\(record.fields.count) fields where the header has \(header.fields.count)",
                                  "\(record.fields.count) champs alors que l'en-tête en a \(header.fields.count)"))
            }
            let value = { (column: String) -> String in position[column].map { record.fields[$0].trimmingSpaces() } ?? "" }
            let upn = value("UserPrincipalName"), display = value("DisplayName")
            let usage = value("UsageLocation").uppercased(), language = value("PreferredLanguage")

            guard Self.isUserPrincipalName(upn) else {
                throw Problem(line: record.line, field: name("UserPrincipalName"), reason: .init(
                    "'\(upn)' is not a user principal name such as ana@contoso.com",
                    "'\(upn)' n'est pas un nom d'utilisateur principal tel que ana@contoso.com"))
            }
            if let earlier = seen[upn.lowercased()] {
                throw Problem(line: record.line, field: name("UserPrincipalName"), reason: .init(
                    "'\(upn)' is already on line \(earlier)", "'\(upn)' est déjà à la ligne \(earlier)"))
            }
            seen[upn.lowercased()] = record.line
            guard !display.isEmpty else {
                throw Problem(line: record.line, field: name("DisplayName"), reason: .init(
                    "the display name is empty", "le nom d'affichage est vide"))
            }
            guard !usage.isEmpty else {
                throw Problem(line: record.line, field: name("UsageLocation"), reason: .init(
                    "\(upn) has no usage location, and Microsoft 365 assigns no licence without one; write the user's two-letter ISO 3166 country code, such as FR",
                    "\(upn) n'a pas d'emplacement d'utilisation, et Microsoft 365 n'attribue aucune licence sans lui ; écrivez le code pays ISO 3166 à deux lettres de l'utilisateur, par exemple FR"))
            }
            guard ISOCountryCode.isAssigned(usage) else {
                throw Problem(line: record.line, field: name("UsageLocation"), reason: .init(
                    "'\(value("UsageLocation"))' is not an ISO 3166 country code; write two letters, such as FR for France",
                    "'\(value("UsageLocation"))' n'est pas un code pays ISO 3166 ; écrivez deux lettres, par exemple FR pour la France"))
            }
            guard language.isEmpty || Self.isLanguageTag(language) else {
                throw Problem(line: record.line, field: name("PreferredLanguage"), reason: .init(
                    "'\(language)' is not a language tag such as fr-FR", "'\(language)' n'est pas une balise de langue telle que fr-FR"))
            }
            users.append(
                TenantUser(
                    userPrincipalName: upn, displayName: display, usageLocation: usage,
                    city: value("City").nilIfEmpty, department: value("Department").nilIfEmpty,
                    preferredLanguage: language.nilIfEmpty))
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
        // byte by byte: the allowed characters are all ASCII, so any other byte refuses
        var previousDot = false
        for byte in value.utf8 {
            let dot = byte == 0x2E
            let allowed = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || dot || byte == 0x40 || byte == 0x2D || byte == 0x5F || byte == 0x27 || byte == 0x2B
            if !allowed || (dot && previousDot) { return false }
            previousDot = dot
        }
        return value.utf8.first != 0x2E
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
