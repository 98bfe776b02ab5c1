import Foundation
import Testing

/// `setup-guide run` driven through a pseudo-terminal, as an admin would use it.
@Suite("setup-guide run, end to end", .serialized)
struct WizardEndToEndTests {
    static let usAnswers = """
        country: US
        lang: en
        steps:
          pstn-connectivity: { option: calling-plan }
          import-users: { file: USERS }
          licences: { quantity: QUANTITY, callingPlan: MCOPSTN1, users: all }
          user-numbers: { city: Seattle, quantity: NUMBERS }
          emergency-addresses:
            description: Seattle office
            company: Fabrikam Consulting Inc
            houseNumber: "1200"
            street: 5th Avenue
            postalCode: "98101"
            city: Seattle
            state: WA
            latitude: "47.6062"
            longitude: "-122.3321"
            place: Floor 12
          assign-numbers: { users: voice, address: Seattle office, location: Floor 12 }
          notify-users: { outbox: OUTBOX }

        """

    /// A folder with a users file of `count` people and an answers file for them.
    static func workspace(users count: Int, omit: [String] = []) throws -> (folder: URL, answers: URL, tenant: URL) {
        let folder = try BinaryRunner.temporaryDirectory()
        var csv = "UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage\n"
        for index in 0..<count { csv += "user\(index)@fabrikam.example,User \(index),US,Seattle,Sales,en-US\n" }
        try csv.write(to: folder.appendingPathComponent("users.csv"), atomically: true, encoding: .utf8)
        var answers = usAnswers.replacingOccurrences(of: "USERS", with: folder.appendingPathComponent("users.csv").path)
            .replacingOccurrences(of: "QUANTITY", with: "\(count)")
            .replacingOccurrences(of: "NUMBERS", with: "\(count)")
            .replacingOccurrences(of: "OUTBOX", with: folder.appendingPathComponent("outbox").path)
        for line in omit { answers = answers.replacingOccurrences(of: line, with: "") }
        let url = folder.appendingPathComponent("answers.yaml")
        try answers.write(to: url, atomically: true, encoding: .utf8)
        return (folder, url, folder.appendingPathComponent("tenant/tenant.sqlite"))
    }

    /// The whole tenant as JSON, through `setup-guide tenant show`.
    static func tenantJSON(_ tenant: URL) throws -> [String: Any] {
        let output = try BinaryRunner.run(["tenant", "show", "--format", "json", "--tenant", tenant.path])
        #expect(output.status == 0, "\(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    static func assignedNumbers(_ tenant: URL) throws -> [String] {
        let numbers = try tenantJSON(tenant)["numbers"] as? [[String: Any]] ?? []
        return numbers.compactMap { $0["assignedTo"] as? String }
    }

    /// Answers every prompt the way an admin who agrees with everything would: Enter for
    /// defaults and menus, "y" where money is spent. A prompt is output that stops without a
    /// line end and stays so for a moment.
    static func agreeToEverything(_ terminal: PseudoTerminal, until end: String, timeout: TimeInterval = 120) {
        let deadline = Date().addingTimeInterval(timeout)
        var answeredAt = -1
        var lastLength = -1
        var stableSince = Date()
        while Date() < deadline, !terminal.screen.contains(end) {
            let screen = terminal.screen
            let length = screen.utf8.count
            if length != lastLength {
                lastLength = length
                stableSince = Date()
            } else if length != answeredAt, !screen.hasSuffix("\n"), Date().timeIntervalSince(stableSince) > 0.15 {
                answeredAt = length
                terminal.type(screen.hasSuffix("[y/N] ") || screen.hasSuffix("[o/N] ") ? "y" : "")
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    @Test("a full US run at a terminal: every step runs, checks pass, the tenant holds the result")
    func fullUSRun() throws {
        let (_, answers, tenant) = try Self.workspace(users: 4)
        let terminal = try PseudoTerminal(["run", "--answers", answers.path, "--tenant", tenant.path])
        Self.agreeToEverything(terminal, until: "All steps of the plan are done")
        #expect(terminal.wait() == 0)
        #expect(terminal.screen.contains("This step spends money. Go ahead? [y/N]"))
        #expect(terminal.screen.contains("4 / 4 users have a number"))
        #expect(!terminal.screen.contains("✗"), "a check failed:\n\(terminal.screen)")
        #expect(try Set(Self.assignedNumbers(tenant)).count == 4)
        // a second run has nothing left to do
        let again = try BinaryRunner.run(["run", "--answers", answers.path, "--yes", "--tenant", tenant.path])
        #expect(again.status == 0)
        #expect(again.stdout.contains("Every step of this plan is done."))
    }

    @Test("a full French run at a terminal for the demo organisation: request form, addresses first, all checks pass")
    func fullFrenchRun() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = folder.appendingPathComponent("tenant.sqlite")
        // the demo's answers name no outbox: the mails go beside the tenant file, in tenant.outbox/
        let answers = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("content/examples/demo-fr.yaml"), encoding: .utf8)
        let file = folder.appendingPathComponent("demo-fr.yaml")
        try answers.write(to: file, atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(["run", "--answers", file.path, "--tenant", tenant.path], environment: ["LANG": "fr_FR.UTF-8"])
        Self.agreeToEverything(terminal, until: "Toutes les étapes du plan sont faites")
        #expect(terminal.wait() == 0)
        let screen = terminal.screen
        #expect(screen.contains("Cette étape engage des dépenses. Continuer ? [o/N]"))
        let addresses = try #require(screen.range(of: ": Ajouter et valider les adresses d'urgence"))
        let request = try #require(screen.range(of: ": Demander de nouveaux numéros par formulaire"))
        #expect(addresses.lowerBound < request.lowerBound)
        #expect(screen.contains("noté : Camille Martin, 2026-11-20"))
        #expect(screen.contains("13 / 13 utilisateurs ont un numéro"))
        #expect(!screen.contains("✗"), "a check failed")
        let mails = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("tenant.outbox").path)
        #expect(mails.count == 13)

        // verify agrees: the country is the tenant's, and the Calling Plan the one the run chose
        // (MCOPSTN2, not the guide's default), as its journal recorded.
        let verified = try BinaryRunner.run(["verify", "--tenant", tenant.path], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(verified.stdout.contains("13 / 13 utilisateurs ont Forfait d'appels national et international (MCOPSTN2)"))
        #expect(verified.stdout.contains("Fait par Camille Martin le 2026-11-20"))
        #expect(verified.stdout.contains("Pays FR"))
    }

    @Test("back shows the previous step again; skip records the reason and moves on")
    func backAndSkip() throws {
        let (_, answers, tenant) = try Self.workspace(users: 2)
        let terminal = try PseudoTerminal(["run", "--answers", answers.path, "--tenant", tenant.path])
        terminal.answer("[Enter] run", occurrence: 1, with: "")       // step 1 runs
        terminal.answer("[Enter] run", occurrence: 2, with: "b")      // back from step 2
        terminal.expect("Step 1 of 8", occurrence: 2)
        terminal.answer("[Enter] run", occurrence: 3, with: "")       // step 1 again
        terminal.answer("[Enter] run", occurrence: 4, with: "s")      // skip step 2
        terminal.answer("Why skip it?", with: "Decided with the customer")
        terminal.expect("Skipped.")
        terminal.answer("[Enter] run", occurrence: 5, with: "q")      // quit at step 3
        #expect(terminal.wait() == 4, "q with steps left exits 4")
        #expect(terminal.screen.contains("Stopped with 6 steps left"))
        let steps = try Self.tenantJSON(tenant)["runSteps"] as? [[String: Any]] ?? []
        let skipped = steps.first { $0["stepId"] as? String == "pstn-connectivity" }
        #expect(skipped?["status"] as? String == "skipped")
        #expect(skipped?["note"] as? String == "Decided with the customer")
        // the next run resumes at step 3
        let resumed = try PseudoTerminal(["run", "--answers", answers.path, "--tenant", tenant.path])
        resumed.expect("Resuming at step 3")
        resumed.answer("[Enter] run", with: "q")
        #expect(resumed.wait() == 4)
    }

    @Test("a bad value is refused with the reason and asked again")
    func badInputAskedAgain() throws {
        let (_, answers, tenant) = try Self.workspace(users: 2, omit: ["licences: { quantity: 2, callingPlan: MCOPSTN1, users: all }"])
        let terminal = try PseudoTerminal(["run", "--answers", answers.path, "--tenant", tenant.path])
        for occurrence in 1...3 { terminal.answer("[Enter] run", occurrence: occurrence, with: "") }
        terminal.answer("[Enter] run", occurrence: 4, with: "")  // licences: asks its inputs
        terminal.answer("Number of users to license", with: "twelve")
        terminal.expect("Not accepted: expected a whole number. Try again.")
        terminal.answer("Number of users to license", occurrence: 2, with: "0")
        terminal.expect("Not accepted: at least 1. Try again.")
        terminal.answer("Number of users to license", occurrence: 3, with: "2")
        terminal.answer("Calling Plan", with: "")
        terminal.answer("Users to license", with: "")
        terminal.answer("[y/N]", with: "y")
        terminal.expect("Checks:")
        terminal.answer("[Enter] run", occurrence: 5, with: "q")
        #expect(terminal.wait() == 4)
        let licences = try Self.tenantJSON(tenant)["licences"] as? [[String: Any]] ?? []
        #expect(licences.contains { $0["sku"] as? String == "MCOEV" && ($0["purchased"] as? Int) == 2 })
    }

    @Test("an expired reservation is searched again with the same answers")
    func expiredReservation() throws {
        let (folder, answers, tenant) = try Self.workspace(users: 2, omit: ["user-numbers: { city: Seattle, quantity: 2 }"])
        let clock = folder.appendingPathComponent("clock")
        try "0".write(to: clock, atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(
            ["run", "--answers", answers.path, "--tenant", tenant.path], environment: ["SETUP_GUIDE_CLOCK_OFFSET_FILE": clock.path])
        for occurrence in 1...4 { terminal.answer("[Enter] run", occurrence: occurrence, with: "") }
        terminal.answer("[y/N]", with: "y")                      // licences spend money
        terminal.answer("[Enter] run", occurrence: 5, with: "")  // emergency addresses come after numbers in the US
        terminal.answer("City or area of the numbers", with: "Seattle")
        terminal.answer("Preferred area code", with: "")
        terminal.answer("How many numbers", with: "2")
        terminal.answer("Emergency address of the numbers", with: "")
        terminal.expect("left before they go back to the pool")
        try "660".write(to: clock, atomically: true, encoding: .utf8)  // eleven minutes at the prompt
        terminal.answer("Acquire them now? [Y/n]", with: "")
        terminal.expect("The reservation expired; searching again with the same answers.")
        terminal.answer("Acquire them now? [Y/n]", occurrence: 2, with: "")
        terminal.expect("Checks:")
        terminal.answer("[Enter] run", occurrence: 6, with: "q")
        #expect(terminal.wait() == 4)
        #expect(terminal.count("City or area of the numbers") == 1, "the city was asked again")
        let numbers = try Self.tenantJSON(tenant)["numbers"] as? [[String: Any]] ?? []
        #expect(numbers.filter { $0["state"] as? String == "acquired" && $0["numberKind"] as? String == "user" }.count == 2)
    }

    @Test("Ctrl-C during bulk assignment stops between two users; the next run does the rest")
    func interruptAndResume() throws {
        let (_, answers, tenant) = try Self.workspace(users: 1500)
        let terminal = try PseudoTerminal(["run", "--answers", answers.path, "--yes", "--tenant", tenant.path])
        terminal.expect("Assigning numbers [", timeout: 180)
        terminal.signal(SIGINT)
        #expect(terminal.wait() == 130)
        terminal.expect("run again to continue with the rest")
        let done = try Self.assignedNumbers(tenant).count
        #expect(done > 0 && done < 1500, "\(done) assigned before the interruption")
        let steps = try Self.tenantJSON(tenant)["runSteps"] as? [[String: Any]] ?? []
        #expect(!steps.contains { $0["stepId"] as? String == "assign-numbers" })

        let resumed = try BinaryRunner.run(["run", "--answers", answers.path, "--yes", "--tenant", tenant.path])
        #expect(resumed.status == 0, "\(resumed.stdout)\(resumed.stderr)")
        #expect(resumed.stdout.contains("/\(1500 - done)"))
        let assigned = try Self.assignedNumbers(tenant)
        #expect(assigned.count == 1500)
        #expect(Set(assigned).count == 1500)
    }

    @Test("kill -9 in the middle, then a re-run: nothing lost and nothing done twice")
    func killAndResume() throws {
        let (_, answers, tenant) = try Self.workspace(users: 1500)
        let terminal = try PseudoTerminal(["run", "--answers", answers.path, "--yes", "--tenant", tenant.path])
        terminal.expect("Assigning numbers [", timeout: 180)
        terminal.signal(SIGKILL)
        _ = terminal.wait()
        let resumed = try BinaryRunner.run(["run", "--answers", answers.path, "--yes", "--tenant", tenant.path])
        #expect(resumed.status == 0, "\(resumed.stdout)\(resumed.stderr)")
        let json = try Self.tenantJSON(tenant)
        let users = json["users"] as? [[String: Any]] ?? []
        #expect(users.count == 1500)
        let licences = json["licences"] as? [[String: Any]] ?? []
        #expect(licences.allSatisfy { ($0["purchased"] as? Int) == 1500 }, "licences bought twice: \(licences)")
        let numbers = json["numbers"] as? [[String: Any]] ?? []
        #expect(numbers.filter { $0["numberKind"] as? String == "user" }.count == 1500)
        let assigned = numbers.compactMap { $0["assignedTo"] as? String }
        #expect(assigned.count == 1500 && Set(assigned).count == 1500)
        #expect(users.allSatisfy { $0["notifiedAt"] != nil && !($0["notifiedAt"] is NSNull) })
    }

    @Test("an unattended run with a missing answer names the input and the step")
    func missingAnswer() throws {
        let (_, answers, tenant) = try Self.workspace(users: 2, omit: ["  user-numbers: { city: Seattle, quantity: 2 }\n"])
        let output = try BinaryRunner.run(["run", "--answers", answers.path, "--yes", "--tenant", tenant.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("Missing answer 'city' for step 'user-numbers'"), "\(output.stderr)")
    }

    @Test("--dry-run lists the calls, changes nothing and exits 2 while changes are pending")
    func dryRun() throws {
        let (_, answers, tenant) = try Self.workspace(users: 3)
        let output = try BinaryRunner.run(["run", "--answers", answers.path, "--dry-run", "--tenant", tenant.path])
        #expect(output.status == 2, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("Search and reserve 3 user numbers"), "\(output.stdout)")
        #expect(!output.stdout.contains("numbers.search("), "calls are shown in words")
        #expect(output.stdout.contains("nothing was changed"))
        #expect(!FileManager.default.fileExists(atPath: tenant.path), "a dry run does not create the tenant")
        let full = try BinaryRunner.run(["run", "--answers", answers.path, "--yes", "--tenant", tenant.path])
        #expect(full.status == 0)
        let after = try BinaryRunner.run(["run", "--answers", answers.path, "--dry-run", "--tenant", tenant.path])
        #expect(after.status == 0, "\(after.stdout)")
    }

    @Test("not a terminal: plain numbered prompts, no escape sequences")
    func plainPrompts() throws {
        let (folder, answers, tenant) = try Self.workspace(users: 2, omit: ["lang: en\n"])
        let input = folder.appendingPathComponent("input.txt")
        try "\n\nq\n".write(to: input, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = try BinaryRunner.binary
        process.arguments = ["run", "--answers", answers.path, "--tenant", tenant.path]
        process.environment = ["LANG": "fr_FR.UTF-8", "TERM": "dumb", "PATH": "/usr/bin:/bin"]
        process.standardInput = try FileHandle(forReadingFrom: input)
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 4)
        #expect(text.contains("[1] [Entrée] exécuter"))
        #expect(text.contains("[3] [Entrée] exécuter"))
        #expect(!text.contains("\u{1B}["))
    }
}
