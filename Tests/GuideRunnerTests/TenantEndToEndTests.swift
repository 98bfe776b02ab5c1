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
        #expect(show.stdout.contains("(MCOEV): 10 bought, 0 assigned") || show.stdout.contains("(MCOEV) : 10 achetées, 0 attribuée"), "\(show.stdout)")
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

    @Test("two setup-guide processes: the second is refused while the first writes, and the first completes")
    func twoProcesses() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = folder.appendingPathComponent("t.sqlite").path
        #expect(try BinaryRunner.run(["tenant", "init", "--tenant", tenant]).status == 0)
        // The first process opens the tenant, then blocks reading users from a FIFO until we write.
        let fifo = folder.appendingPathComponent("users.fifo").path
        let mkfifo = try Process.run(URL(fileURLWithPath: "/usr/bin/mkfifo"), arguments: [fifo])
        mkfifo.waitUntilExit()
        let first = Process()
        first.executableURL = try BinaryRunner.binary
        first.arguments = ["tenant", "import-users", fifo, "--tenant", tenant]
        first.standardOutput = FileHandle.nullDevice
        try first.run()

        let secondWriter = ["tenant", "licences", "buy", "--tenant", tenant, "--sku", "MCOEV", "--quantity", "1"]
        var second = try BinaryRunner.run(secondWriter)
        // generous: on a loaded two-core machine the first process can take seconds to start
        let deadline = Date().addingTimeInterval(60)
        while second.status != 2, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            second = try BinaryRunner.run(secondWriter)
        }
        #expect(second.status == 2)
        #expect(second.stderr.contains("Tenant in use"))
        // a reader is not kept out: it reads the last committed state
        let reader = try BinaryRunner.run(["tenant", "show", "--tenant", tenant])
        #expect(reader.status == 0, "\(reader.stderr)")
        guard second.status == 2, first.isRunning else {
            // The first process is not reading the FIFO: writing would block for ever.
            first.terminate()
            return
        }

        let writer = try #require(FileHandle(forWritingAtPath: fifo))
        writer.write(Data("UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage\nana@contoso.com,Ana,US,,,\n".utf8))
        try writer.close()
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let check = try BinaryRunner.run(["tenant", "check", "users.imported", "--tenant", tenant])
        #expect(check.stdout.contains("pass: 1 user in the tenant"), "\(check.stdout)")
    }

    @Test("a writer killed mid-import leaves a sound tenant with all or none of the file")
    func killedWriter() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let url = folder.appendingPathComponent("t.sqlite")
        #expect(try BinaryRunner.run(["tenant", "init", "--tenant", url.path]).status == 0)
        // Each round moves every user to a new department, so every round writes all rows; kills
        // spread over the run land in the parse, the transaction, or after the commit.
        for (round, delay) in [0.3, 0.8, 1.3, 1.8, 2.4].enumerated() {
            let users = folder.appendingPathComponent("users-\(round).csv")
            var text = "UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage\n"
            for index in 1...60_000 { text += "user\(index)@contoso.com,User \(index),US,Seattle,Dept \(round),en-US\n" }
            try text.write(to: users, atomically: true, encoding: .utf8)

            let writer = Process()
            writer.executableURL = try BinaryRunner.binary
            writer.arguments = ["tenant", "import-users", users.path, "--tenant", url.path]
            writer.standardOutput = FileHandle.nullDevice
            try writer.run()
            Thread.sleep(forTimeInterval: delay)
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()

            let tenant = try RehearsalTenant(at: url, countries: { _ in nil })
            #expect(try tenant.integrityProblems().isEmpty)
            let rows = try tenant.export()["users"] ?? []
            let departments = Set(rows.compactMap { row -> String? in
                if case .text(let name) = row["department"] { return name }
                return nil
            })
            #expect(rows.isEmpty || (rows.count == 60_000 && departments.count == 1), "\(rows.count) users in \(departments) after a kill at \(delay) s")
        }
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
