import Foundation
import Testing

@Suite("setup-guide verify, run as a user would")
struct VerifyEndToEndTests {
    static let fixtures = BinaryRunner.packageRoot.appendingPathComponent("Tests/SetupGuideTests/Fixtures/Verification")

    @Test("--fix-script writes a re-runnable script with a BOM that parses and uses only the cmdlet table; the French counts read naturally")
    func fixScript() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("fix.ps1")
        let output = try BinaryRunner.run([
            "verify", "--country", "US", "--feature", "toll-free", "--feature", "call-queues", "--export", Self.fixtures.appendingPathComponent("gaps").path,
            "--fix-script", file.path,
        ])
        #expect(output.status == 1, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("Follow step "))
        // Said once per step of the report (a row's second column), not under every subject.
        var step = ""
        var follows: [String] = []
        for line in output.stdout.split(separator: "\n") {
            let words = line.split(separator: " ")
            if let first = words.first, ["PASS", "FAIL", "N/A"].contains(first), words.count > 1 { step = String(words[1]) }
            if let range = line.range(of: "Follow step ") { follows.append(step + " → " + line[range.upperBound...]) }
        }
        #expect(!follows.isEmpty && Set(follows).count == follows.count, "\(follows)")
        let bytes = try Data(contentsOf: file)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let script = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(script.contains("[CmdletBinding(SupportsShouldProcess)]"))
        #expect(script.contains("$PSCmdlet.ShouldProcess("))
        let checked = try PowerShellGrammar.check([file])
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)\n\(script)")

        let french = try BinaryRunner.run(
            ["verify", "--country", "FR", "--export", BinaryRunner.packageRoot.appendingPathComponent("Tests/RealShapes/licences-bundle-e5-only").path],
            environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.stdout.contains("7 licences achetées : Teams Phone Standard (Système téléphonique) (MCOEV), 1 nécessaire"), "\(french.stdout)")
    }

    @Test("verify answers --help with its exit codes")
    func help() throws {
        let output = try BinaryRunner.run(["verify", "--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("--export"))
        #expect(output.stdout.contains("0 complete; 1 gaps found; 2 unusable input"))
        // The help wraps its lines: compare with the spaces folded.
        let words = output.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("--fix-script FILE also writes those lines as one re-runnable script (run it with -WhatIf first)"))
        #expect(words.contains("Warnings and notes follow the checks in every format"))
        #expect(words.contains("They do not change the exit code."))
    }

    @Test("a complete export folder exits 0")
    func complete() throws {
        let output = try BinaryRunner.run(["verify", "--country", "US", "--export", Self.fixtures.appendingPathComponent("complete").path])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("Complete: "))
        #expect(!output.stdout.contains("\u{1B}["), "no colour when not a terminal")
    }

    @Test("--answers gives the country and holds the checks to the answers: MCOPSTN2 asked, MCOPSTN1 bought")
    func answers() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("answers.yaml")
        try "country: US\nsteps:\n  licences: { callingPlan: MCOPSTN2 }\n".write(to: file, atomically: true, encoding: .utf8)
        let output = try BinaryRunner.run([
            "verify", "--answers", file.path, "--export", Self.fixtures.appendingPathComponent("complete").path, "--format", "json",
        ])
        #expect(output.status == 1, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("\"summary\" : \"0 licences bought: Domestic and International Calling Plan (MCOPSTN2), 1 needed\""))
        let missing = try BinaryRunner.run(["verify", "--export", Self.fixtures.appendingPathComponent("complete").path])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("--country"))
    }

    @Test("an answer the wizard would refuse is named with its place and exits 2; a named user the tenant lacks is a gap")
    func badAnswers() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let bad = folder.appendingPathComponent("bad.yaml")
        try "country: US\nsteps:\n  licences: { callingPlan: FOO }\n".write(to: bad, atomically: true, encoding: .utf8)
        let complete = Self.fixtures.appendingPathComponent("complete").path
        let refused = try BinaryRunner.run(["verify", "--answers", bad.path, "--export", complete])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("bad.yaml:3:3: answer 'callingPlan' of step 'licences' is invalid"), "\(refused.stderr)")

        let stranger = folder.appendingPathComponent("stranger.yaml")
        try "country: US\nsteps:\n  assign-numbers: { users: nobody@contoso.com }\n".write(to: stranger, atomically: true, encoding: .utf8)
        let gap = try BinaryRunner.run(["verify", "--answers", stranger.path, "--export", complete])
        #expect(gap.status == 1, "\(gap.stderr)")
        #expect(gap.stdout.contains("nobody@contoso.com  (user) not in the tenant"), "\(gap.stdout)")
    }

    @Test("at a terminal the table is coloured; NO_COLOR and TERM=dumb turn colour off", arguments: [
        (["NO_COLOR": ""], true), (["NO_COLOR": "1"], false), (["NO_COLOR": "", "TERM": "dumb"], false),
    ])
    func colourAtATerminal(environment: [String: String], coloured: Bool) throws {
        let terminal = try PseudoTerminal(
            ["verify", "--country", "US", "--feature", "toll-free", "--feature", "call-queues", "--export", Self.fixtures.appendingPathComponent("gaps").path],
            environment: environment)
        #expect(terminal.wait() == 1)
        #expect(terminal.screen.contains("\u{1B}[") == coloured, "\(terminal.screen.prefix(400))")
        #expect(terminal.screen.contains("chloe@contoso.com"))
    }

    @Test("gaps exit 1 and name the subjects, in every format", arguments: ["text", "json", "html", "junit", "markdown"])
    func gaps(format: String) throws {
        let output = try BinaryRunner.run([
            "verify", "--country", "US", "--feature", "toll-free", "--feature", "call-queues", "--format", format,
            "--export", Self.fixtures.appendingPathComponent("gaps").path,
        ])
        #expect(output.status == 1, "\(output.stderr)")
        for subject in ["chloe@contoso.com", "+12065550105", "c0a80001-0000-4000-8000-000000000002", "cq-support@contoso.com"] {
            #expect(output.stdout.contains(subject), "\(format) names \(subject)")
        }
        #expect(!output.stdout.contains("frank@contoso.com"), "a user without a voice licence is out of scope")
        if format == "json" {
            let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
            #expect(object?["status"] as? String == "gaps")
            #expect(object?["schema"] as? Int == 1)
        }
    }

    @Test("--out writes the report to a file and nothing to standard output")
    func outFile() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("report.xml")
        let output = try BinaryRunner.run([
            "verify", "--country", "US", "--format", "junit", "--out", file.path, "--export", Self.fixtures.appendingPathComponent("gaps").path,
        ])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("<?xml"))
    }

    @Test("a malformed export exits 2 naming file, line and field")
    func malformed() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        try "\"UserPrincipalName\",\"FeatureTypes\"\n\"ana@contoso.com\",\"System.Object[]\"\n"
            .write(to: folder.appendingPathComponent("Get-CsOnlineUser.csv"), atomically: true, encoding: .utf8)
        try "[{\"TelephoneNumber\": \"+12065550101\", \"PstnAssignmentStatus\": \"Lent\"}"
            .write(to: folder.appendingPathComponent("Get-CsPhoneNumberAssignment.json"), atomically: true, encoding: .utf8)
        let output = try BinaryRunner.run(["verify", "--country", "US", "--export", folder.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("Get-CsOnlineUser.csv:2: error:"), "\(output.stderr)")
        #expect(output.stderr.contains("(field FeatureTypes) [lost-list]"))
        #expect(output.stderr.contains("Get-CsPhoneNumberAssignment.json:1: error:"))
        #expect(output.stderr.contains("[truncated-json]"))
        #expect(!output.stderr.contains("Fatal error"))
    }

    @Test("an empty export file exits 2")
    func empty() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        try Data().write(to: folder.appendingPathComponent("Get-MgSubscribedSku.json"))
        let output = try BinaryRunner.run(["verify", "--country", "US", "--export", folder.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("[empty-file]"))
    }

    static let realShapes = BinaryRunner.packageRoot.appendingPathComponent("Tests/RealShapes")

    @Test("one value no reference lists is a warning in every format, never exit 2", arguments: ["text", "json", "html", "junit", "markdown"])
    func unknownValueWarns(format: String) throws {
        let folder = Self.realShapes.appendingPathComponent("json-future-value").path
        let output = try BinaryRunner.run(["verify", "--country", "FR", "--export", folder, "--format", format])
        #expect(output.status == 0 || output.status == 1, "\(output.stderr)")
        #expect(output.stdout.contains("SharedLineAssigned"), "\(format)")
        #expect(output.stdout.contains("Get-CsPhoneNumberAssignment.json"), "\(format)")
        #expect(output.stdout.contains("unknown-value"), "\(format)")
    }

    @Test("an empty addresses export is no addresses, with a note, not exit 2")
    func emptyAddresses() throws {
        let output = try BinaryRunner.run(["verify", "--country", "FR", "--export", Self.realShapes.appendingPathComponent("empty-zero-byte").path])
        #expect(output.status == 1, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("Get-CsOnlineLisCivicAddress.json: note: holds no records"), "\(output.stdout)")
    }

    @Test("a lost licence count exits 2 naming the file and PrepaidUnits", arguments: ["csv-prepaidunits-typename", "json51-depth-prepaidunits-typename"])
    func lostLicences(name: String) throws {
        let output = try BinaryRunner.run(["verify", "--country", "FR", "--export", Self.realShapes.appendingPathComponent(name).path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("Get-MgSubscribedSku."), "\(output.stderr)")
        #expect(output.stderr.contains("PrepaidUnits") && output.stderr.contains("[lost-value]"))
        #expect(!output.stdout.contains("0 MCOEV"))
    }

    @Test("the manifest of export collect is shown in every format; a count that does not match its file is a warning", arguments: ["text", "json", "html", "junit", "markdown"])
    func manifest(format: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let complete = Self.fixtures.appendingPathComponent("complete")
        for name in try FileManager.default.contentsOfDirectory(atPath: complete.path) {
            try FileManager.default.copyItem(at: complete.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try #"{"tool": "setup-guide export collect", "formatVersion": 1, "tenantId": "9c1f0000-aaaa-bbbb-cccc-000000000001", "tenantName": "Contoso US", "country": "US", "collectedAt": "2026-01-30T10:00:00Z", "powerShell": "7.4.6", "modules": {"MicrosoftTeams": "7.0.0"}, "counts": {"Get-CsOnlineUser": 999}}"#
            .write(to: folder.appendingPathComponent("setup-guide-manifest.json"), atomically: true, encoding: .utf8)
        let output = try BinaryRunner.run(["verify", "--country", "US", "--export", folder.path, "--format", format])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("9c1f0000-aaaa-bbbb-cccc-000000000001"), "\(format)")
        #expect(output.stdout.contains("7.4.6"), "\(format)")
        #expect(output.stdout.contains("999"), "\(format): the mismatch is named")
    }

    @Test("the embedded tenant: a fresh one has gaps and exits 1; its users need numbers")
    func embeddedTenant() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = folder.appendingPathComponent("tenant.sqlite").path
        let users = folder.appendingPathComponent("users.csv")
        try "UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage\nana@contoso.com,Ana,US,Seattle,Sales,en-US\n"
            .write(to: users, atomically: true, encoding: .utf8)
        #expect(try BinaryRunner.run(["tenant", "init", "--tenant", tenant, "--country", "US"]).status == 0)
        #expect(try BinaryRunner.run(["tenant", "import-users", "--tenant", tenant, users.path]).status == 0)
        let output = try BinaryRunner.run(["verify", "--country", "US", "--tenant", tenant, "--format", "json"])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout.contains("\"kind\" : \"tenant\""))
        #expect(output.stdout.contains("ana@contoso.com"))
    }

    @Test("a missing tenant exits 2")
    func missingTenant() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let output = try BinaryRunner.run(["verify", "--country", "US", "--tenant", folder.appendingPathComponent("none.sqlite").path])
        #expect(output.status == 2, "\(output.stderr)")
    }

    @Test("usage errors exit 64", arguments: [
        ["verify", "--country", "US", "--format", "pdf"],
        ["verify", "--country", "XX", "--export", "."],
        ["verify", "--country", "US", "--tenant", "a", "--export", "b"],
    ])
    func usage(arguments: [String]) throws {
        let output = try BinaryRunner.run(arguments)
        #expect(output.status == 64, "\(arguments): \(output.stderr)")
    }

    @Test("French by LANG")
    func french() throws {
        let output = try BinaryRunner.run(
            ["verify", "--country", "US", "--export", Self.fixtures.appendingPathComponent("gaps").path], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("Manques constatés"))
    }
}
