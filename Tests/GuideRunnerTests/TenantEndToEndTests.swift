import Foundation
import SetupGuide
import Testing

@Suite("setup-guide tenant, run as an admin would")
struct TenantEndToEndTests {
    @Test("tenant commands answer --help", arguments: [
        ["tenant"], ["tenant", "init"], ["tenant", "show"], ["tenant", "numbers", "search"], ["tenant", "licences", "buy"],
        ["tenant", "addresses", "create"], ["tenant", "check"],
    ])
    func help(command: [String]) throws {
        let output = try BinaryRunner.run(command + ["--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("USAGE"))
    }

    @Test("init creates the tenant; a refused rule exits 1 with the message on stderr and changes nothing")
    func initAndRefusal() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = folder.appendingPathComponent("t.sqlite").path
        let created = try BinaryRunner.run(["tenant", "init", "--tenant", tenant, "--country", "US"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(FileManager.default.fileExists(atPath: tenant))

        let before = try BinaryRunner.run(["tenant", "show", "--tenant", tenant, "--format", "json"])
        let refused = try BinaryRunner.run(["tenant", "licences", "buy", "--tenant", tenant, "--sku", "MCOPSTN1", "--quantity", "10"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Buy MCOEV licences first"))
        #expect(refused.stdout.isEmpty)
        let french = try BinaryRunner.run(["tenant", "licences", "buy", "--tenant", tenant, "--sku", "MCOPSTN1", "--quantity", "10", "--lang", "fr"])
        #expect(french.stderr.contains("Achetez d'abord des licences MCOEV"))
        let after = try BinaryRunner.run(["tenant", "show", "--tenant", tenant, "--format", "json"])
        #expect(before.stdout == after.stdout)

        let bought = try BinaryRunner.run(["tenant", "licences", "buy", "--tenant", tenant, "--sku", "MCOEV", "--quantity", "10"])
        #expect(bought.status == 0)
        let show = try BinaryRunner.run(["tenant", "show", "--tenant", tenant])
        #expect(show.stdout.contains("MCOEV: 10 / 0"))
    }

    @Test("a second process is told the tenant is in use and exits 2; a missing tenant exits 2")
    func tenantInUse() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let url = folder.appendingPathComponent("t.sqlite")
        let holder = try RehearsalTenant(at: url, create: true, countries: { _ in nil })
        let output = try BinaryRunner.run(["tenant", "licences", "buy", "--tenant", url.path, "--sku", "MCOEV", "--quantity", "1"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("Tenant in use"), "\(output.stderr)")
        #expect(try holder.licenceStock(.phoneSystem).purchased == 0)
        withExtendedLifetime(holder) {}

        let missing = try BinaryRunner.run(["tenant", "show", "--tenant", folder.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("setup-guide tenant init"))
    }

    @Test("a whole rehearsal from the command line, with a stopped clock")
    func rehearsal() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = ["--tenant", folder.appendingPathComponent("t.sqlite").path]
        let users = folder.appendingPathComponent("users.csv")
        try "\u{FEFF}UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage\r\nana@contoso.com,\"Lopez, Ana\",US,Seattle,Sales,en-US\r\n"
            .write(to: users, atomically: true, encoding: .utf8)
        let clock = ["SETUP_GUIDE_NOW": "2026-01-01T09:00:00Z"]
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
        ]
        for step in steps {
            let output = try BinaryRunner.run(step + tenant, environment: clock)
            #expect(output.status == 0, "\(step): \(output.stderr)")
        }
        let check = try BinaryRunner.run(["tenant", "check", "users.have-numbers"] + tenant)
        #expect(check.status == 0)
        #expect(check.stdout.contains("pass: 1 / 1 users have a number"))
    }
}
