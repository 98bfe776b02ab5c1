import Foundation
import SetupGuide
import Testing

/// `tenant import-users` with the files French admins really have, and where the mails go.
@Suite("setup-guide tenant import-users with real files, and per-tenant outboxes")
struct UserFileEndToEndTests {
    /// What Excel's "CSV (séparateur : point-virgule)" writes on a French Windows: `;`, CRLF
    /// and the ANSI code page (Windows-1252), here with the headers of Entra's user download.
    static func excelFrench(_ rows: [String]) -> Data {
        let text = (["userPrincipalName;displayName;department;usageLocation;city"] + rows).joined(separator: "\r\n") + "\r\n"
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            switch scalar {
            case "Œ": bytes.append(0x8C)
            case "’": bytes.append(0x92)
            default: bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            }
        }
        return Data(bytes)
    }

    @Test("a ;-separated Windows-1252 file is imported with its accents", arguments: ["fr_FR.UTF-8", "en_US.UTF-8"])
    func windows1252Semicolons(lang: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = ["--tenant", folder.appendingPathComponent("t.sqlite").path]
        let users = folder.appendingPathComponent("utilisateurs.csv")
        try Self.excelFrench([
            "elodie@fabrikam.fr;Élodie Lefèvre;Comptabilité;FR;Lyon",
            "loic@fabrikam.fr;Loïc L’Œuvre;Direction;fr;Saint-Étienne",
        ]).write(to: users)
        #expect(try BinaryRunner.run(["tenant", "init", "--country", "FR"] + tenant).status == 0)
        let imported = try BinaryRunner.run(["tenant", "import-users", users.path] + tenant, environment: ["LANG": lang])
        #expect(imported.status == 0, "\(imported.stderr)")
        let shown = try BinaryRunner.run(["tenant", "show", "--format", "json"] + tenant)
        #expect(shown.stdout.contains("Loïc L’Œuvre"), "\(shown.stdout)")
        #expect(shown.stdout.contains("Saint-Étienne"))
        #expect(shown.stdout.contains("Comptabilité"))
        #expect(!shown.stdout.contains("\u{FFFD}"))
    }

    @Test("a user without a usage location, or with one that is no ISO country, is refused with line and field; nothing is imported",
          arguments: [
            ("", "fr_FR.UTF-8", "utilisateurs.csv ligne 3, champ usageLocation : loic@fabrikam.fr n'a pas d'emplacement d'utilisation"),
            ("France", "fr_FR.UTF-8", "utilisateurs.csv ligne 3, champ usageLocation : 'France' n'est pas un code pays ISO 3166"),
            ("ZZ", "en_US.UTF-8", "utilisateurs.csv line 3, field usageLocation: 'ZZ' is not an ISO 3166 country code"),
            ("", "en_US.UTF-8", "utilisateurs.csv line 3, field usageLocation: loic@fabrikam.fr has no usage location"),
          ])
    func refusedUsageLocation(usage: String, lang: String, message: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = ["--tenant", folder.appendingPathComponent("t.sqlite").path]
        let users = folder.appendingPathComponent("utilisateurs.csv")
        try Self.excelFrench([
            "elodie@fabrikam.fr;Élodie Lefèvre;Comptabilité;FR;Lyon",
            "loic@fabrikam.fr;Loïc Faure;Direction;\(usage);Lyon",
        ]).write(to: users)
        #expect(try BinaryRunner.run(["tenant", "init", "--country", "FR"] + tenant).status == 0)
        let before = try BinaryRunner.run(["tenant", "show", "--format", "json"] + tenant)
        let refused = try BinaryRunner.run(["tenant", "import-users", users.path] + tenant, environment: ["LANG": lang])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(message), "\(refused.stderr)")
        if lang.hasPrefix("fr") {
            #expect(refused.stderr.contains("rien du fichier n'a été importé"))
            #expect(!refused.stderr.contains(" line "), "English in a French run: \(refused.stderr)")
        }
        let after = try BinaryRunner.run(["tenant", "show", "--format", "json"] + tenant)
        #expect(before.stdout == after.stdout)
    }

    @Test("the admin centre's Add multiple users template is refused at its header with the column to add")
    func adminCentreTemplate() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = ["--tenant", folder.appendingPathComponent("t.sqlite").path]
        let users = folder.appendingPathComponent("template.csv")
        try """
            User Name,First Name,Last Name,Display Name,Job Title,Department,Office Number,Office Phone,Mobile Phone,Fax,Address,City,State or Province,ZIP or Postal Code,Country or Region
            chris@contoso.com,Chris,Green,Chris Green,IT Manager,Information Technology,123451,123-555-1211,123-555-6641,123-555-9821,1 Microsoft way,Redmond,Wa,98052,United States

            """.write(to: users, atomically: true, encoding: .utf8)
        #expect(try BinaryRunner.run(["tenant", "init", "--country", "US"] + tenant).status == 0)
        let french = try BinaryRunner.run(["tenant", "import-users", users.path] + tenant, environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.status == 1)
        #expect(french.stderr.contains("template.csv ligne 1, champ UsageLocation : l'en-tête n'a pas de colonne 'UsageLocation'"), "\(french.stderr)")
        let english = try BinaryRunner.run(["tenant", "import-users", users.path] + tenant, environment: ["LANG": "en_US.UTF-8"])
        #expect(english.stderr.contains("add a column 'UsageLocation'"), "\(english.stderr)")
    }

    @Test("with no --outbox, mails go beside the tenant file, named after it, never into the working folder's outbox/",
          arguments: ["fr_FR.UTF-8", "en_US.UTF-8"])
    func perTenantOutbox(lang: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let work = folder.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let lyon = folder.appendingPathComponent("clients/lyon.sqlite"), paris = folder.appendingPathComponent("clients/paris.sqlite")
        let nice = folder.appendingPathComponent("clients/nice.sqlite"), chosen = folder.appendingPathComponent("chosen")
        for (tenant, upn) in [(lyon, "ana@lyon.example"), (paris, "bob@paris.example"), (nice, "eve@nice.example")] {
            let users = folder.appendingPathComponent("\(upn).csv")
            try "UserPrincipalName,DisplayName,UsageLocation\n\(upn),Someone,US\n".write(to: users, atomically: true, encoding: .utf8)
            let steps: [[String]] = [
                ["tenant", "init", "--country", "US"],
                ["tenant", "import-users", users.path],
                ["tenant", "licences", "buy", "--sku", "MCOEV", "--quantity", "1"],
                ["tenant", "licences", "buy", "--sku", "MCOPSTN1", "--quantity", "1"],
                ["tenant", "licences", "assign", "--sku", "MCOEV"],
                ["tenant", "licences", "assign", "--sku", "MCOPSTN1"],
                ["tenant", "addresses", "create", "--company", "Contoso", "--house-number", "400", "--street", "Broad Street",
                 "--city", "Seattle", "--state", "WA", "--postal-code", "98109", "--country", "US", "--latitude", "47.6",
                 "--longitude", "-122.3", "--description", "HQ"],
                ["tenant", "addresses", "validate"],
                ["tenant", "numbers", "search", "--country", "US", "--city", "Seattle", "--quantity", "1"],
                ["tenant", "numbers", "acquire"],
                ["tenant", "numbers", "assign", "--address", "HQ"],
                // --outbox still chooses the folder
                ["tenant", "notify"] + (tenant == nice ? ["--outbox", chosen.path] : []),
            ]
            for step in steps {
                let output = try BinaryRunner.run(
                    step + ["--tenant", tenant.path], environment: ["LANG": lang, "SETUP_GUIDE_NOW": "2026-01-01T09:00:00Z"], in: work)
                #expect(output.status == 0, "\(step): \(output.stderr)")
            }
        }
        let files = FileManager.default
        #expect(try files.contentsOfDirectory(atPath: folder.appendingPathComponent("clients/lyon.outbox").path) == ["ana@lyon.example.eml"])
        #expect(try files.contentsOfDirectory(atPath: folder.appendingPathComponent("clients/paris.outbox").path) == ["bob@paris.example.eml"])
        #expect(!files.fileExists(atPath: work.appendingPathComponent("outbox").path))
        #expect(!files.fileExists(atPath: folder.appendingPathComponent("clients/outbox").path))
        #expect(try files.contentsOfDirectory(atPath: chosen.path) == ["eve@nice.example.eml"])
        #expect(!files.fileExists(atPath: folder.appendingPathComponent("clients/nice.outbox").path))
        let help = try BinaryRunner.run(["tenant", "notify", "--help"])
        #expect(help.stdout.contains("tenant.outbox"))
    }

    @Test("run --help names the per-tenant outbox")
    func runHelp() throws {
        let help = try BinaryRunner.run(["run", "--help"])
        #expect(help.stdout.contains("tenant.outbox"))
    }
}
