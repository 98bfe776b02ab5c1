import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification
@testable import SetupGuideImport
@testable import SetupGuideWizard

@Suite struct CSVReaderTests {
    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() throws {
        let text = "a,b,c\n\"Smith, Ana\",\"say \"\"hi\"\"\",\"two\nlines\"\nx,y,z\n"
        let records = try CSVReader().records(in: text)
        #expect(records.map(\.fields) == [["a", "b", "c"], ["Smith, Ana", "say \"hi\"", "two\nlines"], ["x", "y", "z"]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func byteOrderMarkAndCRLFAreRead() throws {
        let text = "\u{FEFF}a,b\r\n1,2\r\n\r\n3,\r\n"
        let records = try CSVReader().records(in: text)
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", ""]])
        #expect(records.last?.line == 4)
    }

    @Test(arguments: [
        ("a,\"open\n", 1, "never closed"),
        ("a,b\nx\"y,z\n", 2, "quote inside"),
        ("a,b\n\"x\"y,z\n", 2, "after a closing quote"),
    ])
    func malformedTextNamesItsLine(text: String, line: Int, reason: String) {
        #expect {
            try CSVReader().records(in: text)
        } throws: { error in
            guard let failure = error as? CSVReader.Failure else { return false }
            return failure.line == line && failure.reason.english.contains(reason)
        }
    }
}

@Suite struct UserFileTests {
    let header = "UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage"

    @Test func readsAnExportWithTypeLineAndQuotedNames() throws {
        let text = "#TYPE Selected.Microsoft.Online.Administration.User\n\(header)\r\nana@contoso.fr,\"Durand, Ana\",FR,Paris,Ventes,fr-FR\r\nbob@contoso.com,Bob,us,,,\r\n"
        let users = try UserFile().users(in: text)
        #expect(users.count == 2)
        #expect(users[0].displayName == "Durand, Ana")
        #expect(users[0].usageLocation == "FR")
        #expect(users[1].usageLocation == "US")
        #expect(users[1].city == nil)
        #expect(users[1].preferredLanguage == nil)
    }

    @Test(arguments: [
        ("bad-upn,Ana,FR,Paris,Sales,fr-FR", "UserPrincipalName"),
        ("ana@contoso.fr,,FR,Paris,Sales,fr-FR", "DisplayName"),
        ("ana@contoso.fr,Ana,France,Paris,Sales,fr-FR", "UsageLocation"),
        ("ana@contoso.fr,Ana,FR,Paris,Sales,french!", "PreferredLanguage"),
    ])
    func aBadRowNamesItsLineAndField(row: String, field: String) {
        let text = "\(header)\nok@contoso.fr,Ok,FR,Paris,Sales,fr-FR\n\(row)\n"
        #expect {
            try UserFile().users(in: text)
        } throws: { error in
            guard let problem = error as? UserFile.Problem else { return false }
            return problem.line == 3 && problem.field == field
        }
    }

    @Test func duplicateUserIsRefusedOnItsSecondLine() {
        let text = "\(header)\nana@contoso.fr,Ana,FR,,,\nANA@contoso.fr,Ana again,FR,,,\n"
        #expect(throws: UserFile.Problem(line: 3, field: "UserPrincipalName", reason: .init(
            "'ANA@contoso.fr' is already on line 2", "'ANA@contoso.fr' est déjà à la ligne 2"))) {
            try UserFile().users(in: text)
        }
    }

    @Test func missingRequiredColumnIsNamedButOptionalOnesMayBeAbsent() throws {
        #expect(throws: UserFile.Problem(line: 1, field: "UsageLocation", reason: .init(
            "the header has no column 'UsageLocation'", "l'en-tête n'a pas de colonne 'UsageLocation'"))) {
            try UserFile().users(in: "UserPrincipalName,DisplayName,City\n")
        }
        let users = try UserFile().users(in: "UserPrincipalName,DisplayName,UsageLocation\nana@contoso.fr,Ana,FR\n")
        #expect(users == [TenantUser(userPrincipalName: "ana@contoso.fr", displayName: "Ana", usageLocation: "FR")])
    }

    /// The usage location must be an ISO 3166 country: a missing one, a country's name, a
    /// user-assigned code or an exceptionally reserved one would let licences be bought that
    /// then cannot be assigned.
    @Test(arguments: [
        ("", "has no usage location", "n'a pas d'emplacement d'utilisation"),
        ("ZZ", "'ZZ' is not an ISO 3166 country code", "'ZZ' n'est pas un code pays ISO 3166"),
        ("France", "'France' is not an ISO 3166 country code", "'France' n'est pas un code pays ISO 3166"),
        ("EU", "'EU' is not an ISO 3166", "'EU' n'est pas un code pays"),
        ("XK", "'XK' is not an ISO 3166", "'XK' n'est pas un code pays"),
        ("F", "'F' is not an ISO 3166", "'F' n'est pas un code pays"),
    ])
    func aUserWithoutACountryIsRefusedWithLineAndField(usage: String, english: String, french: String) {
        let text = "\(header)\nok@contoso.fr,Ok,FR,,,\nana@contoso.fr,Ana,\(usage),Lyon,,\n"
        #expect {
            try UserFile().users(in: text)
        } throws: { error in
            guard let problem = error as? UserFile.Problem else { return false }
            return problem.line == 3 && problem.field == "UsageLocation"
                && problem.reason.english.contains(english) && problem.reason.french.contains(french)
        }
    }

    @Test func theAssignedCodesAreISOs249() {
        #expect(ISOCountryCode.assigned.count == 249)
        #expect(["FR", "US", "GB", "BE", "CH", "CA", "DE", "RE"].allSatisfy(ISOCountryCode.isAssigned))
        #expect(!["UK", "ZZ", "AA", "QM", "XA", "EU", "UN", "fr"].contains(where: ISOCountryCode.isAssigned))
    }

    /// What Excel writes on a French Windows for "CSV (séparateur : point-virgule)": `;` and the
    /// ANSI code page, Windows-1252.
    @Test func semicolonsAndWindows1252AreRead() throws {
        let text = "UserPrincipalName;DisplayName;UsageLocation;City;Department;PreferredLanguage\r\n"
            + "elodie@fabrikam.fr;\"Lefèvre; Élodie\";FR;Lyon;Comptabilité;fr-FR\r\n"
            + "oeuvre@fabrikam.fr;Œuvre – Zoë;FR;Saint-Étienne;;\r\n"
        // encode as Windows-1252 by hand: Latin-1 for é, è, É, ë; 0x8C for Œ and 0x96 for the en dash
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            switch scalar {
            case "Œ": bytes.append(0x8C)
            case "–": bytes.append(0x96)
            default:
                #expect(scalar.value < 0x100)
                bytes.append(UInt8(scalar.value))
            }
        }
        #expect(!CSVReader.isUTF8(bytes))
        #expect(CSVReader.utf8(bytes)?.encoding == .windows1252)
        let users = try UserFile().users(inFile: bytes)
        #expect(users.map(\.displayName) == ["Lefèvre; Élodie", "Œuvre – Zoë"])
        #expect(users.map(\.department) == ["Comptabilité", nil])
        #expect(users[1].city == "Saint-Étienne")
        // the same text in UTF-8 and in UTF-16 with its byte order mark reads the same
        #expect(try UserFile().users(inFile: Array(text.utf8)) == users)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(CSVReader.utf8(utf16)?.encoding == .utf16)
        #expect(try UserFile().users(inFile: utf16) == users)
    }

    /// Microsoft Entra's "Download users" names the properties in camel case and has no
    /// preferred language (MicrosoftDocs/entra-docs, docs/identity/users/users-bulk-download.md).
    @Test func entrasDownloadedUserListIsRead() throws {
        let text = "userPrincipalName,displayName,surname,mail,givenName,objectId,userType,jobTitle,department,accountEnabled,usageLocation,streetAddress,state,country,physicalDeliveryOfficeName,city,postalCode\n"
            + "ana@contoso.fr,Ana Durand,Durand,ana@contoso.fr,Ana,1f0c,Member,Comptable,Finance,True,FR,,,France,,Lyon,69001\n"
        let users = try UserFile().users(in: text)
        #expect(users == [TenantUser(userPrincipalName: "ana@contoso.fr", displayName: "Ana Durand", usageLocation: "FR",
                                     city: "Lyon", department: "Finance")])
    }

    /// Entra's bulk-create template: a `version:v1.0` line, then `Label [property] Required`
    /// headers (MicrosoftDocs/entra-docs, docs/identity/users/users-bulk-add.md).
    @Test func entrasBulkCreateTemplateIsRead() throws {
        let text = "version:v1.0\n"
            + "Name [displayName] Required,User name [userPrincipalName] Required,Initial password [passwordProfile] Required,Block sign in (Yes/No) [accountEnabled] Required,First name [givenName],Last name [surname],Job title [jobTitle],Department [department],Usage location [usageLocation],City [city]\n"
            + "Jérôme Faure,jerome@contoso.fr,Secret-1,No,Jérôme,Faure,Comptable,Finance,FR,Lyon\n"
        let users = try UserFile().users(in: text)
        #expect(users == [TenantUser(userPrincipalName: "jerome@contoso.fr", displayName: "Jérôme Faure", usageLocation: "FR",
                                     city: "Lyon", department: "Finance")])
        // a bad value is named by the file's own header
        let bad = text.replacingOccurrences(of: ",FR,Lyon", with: ",France,Lyon")
        #expect {
            try UserFile().users(in: bad)
        } throws: { error in
            (error as? UserFile.Problem)?.field == "Usage location [usageLocation]" && (error as? UserFile.Problem)?.line == 3
        }
    }

    /// The admin centre's "Add multiple users" template has a country name and no usage
    /// location (MicrosoftDocs/microsoft-365-docs, microsoft-365/enterprise/add-several-users-at-the-same-time.md):
    /// refused at the header with the column to add; with that column added, it is read.
    @Test func adminCentreTemplateNeedsAUsageLocationColumn() throws {
        let header = "User Name,First Name,Last Name,Display Name,Job Title,Department,Office Number,Office Phone,Mobile Phone,Fax,Address,City,State or Province,ZIP or Postal Code,Country or Region"
        let row = "chris@contoso.com,Chris,Green,Chris Green,IT Manager,Information Technology,123451,123-555-1211,123-555-6641,123-555-9821,1 Microsoft way,Redmond,Wa,98052,United States"
        #expect {
            try UserFile().users(in: "\(header)\n\(row)\n")
        } throws: { error in
            guard let problem = error as? UserFile.Problem else { return false }
            return problem.line == 1 && problem.field == "UsageLocation" && problem.reason.english.contains("'Country or Region' is a country's name")
                && problem.reason.french.contains("ajoutez une colonne 'UsageLocation'")
        }
        let users = try UserFile().users(in: "\(header),Usage location\n\(row),US\n")
        #expect(users == [TenantUser(userPrincipalName: "chris@contoso.com", displayName: "Chris Green", usageLocation: "US",
                                     city: "Redmond", department: "Information Technology")])
    }
}
