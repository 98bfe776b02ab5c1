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
        let text = "#TYPE Selected.Microsoft.Online.Administration.User\n\(header)\r\nana@contoso.fr,\"Durand, Ana\",FR,Paris,Ventes,fr-FR\r\nbob@contoso.com,Bob,,,,\r\n"
        let users = try UserFile().users(in: text)
        #expect(users.count == 2)
        #expect(users[0].displayName == "Durand, Ana")
        #expect(users[0].usageLocation == "FR")
        #expect(users[1].usageLocation == nil)
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
        #expect(throws: UserFile.Problem(line: 3, field: "UserPrincipalName", reason: "'ANA@contoso.fr' is already on line 2")) {
            try UserFile().users(in: text)
        }
    }

    @Test func missingColumnIsNamed() {
        #expect(throws: UserFile.Problem(line: 1, field: "City", reason: "the header has no column 'City'")) {
            try UserFile().users(in: "UserPrincipalName,DisplayName,UsageLocation,Department,PreferredLanguage\n")
        }
    }
}
