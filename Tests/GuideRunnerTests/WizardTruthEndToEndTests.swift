import Foundation
import Testing

/// Issue 16 end to end: `setup-guide run` at a pseudo-terminal, in English and in French, and
/// unattended: failed checks stop a step, a dry run writes nothing, `q` says what is left, readers
/// are not kept out by a wizard waiting at a prompt, and the receipt comes as JSON.
@Suite("setup-guide run tells the truth, end to end", .serialized)
struct WizardTruthEndToEndTests {
    typealias E = WizardEndToEndTests

    /// The French demo's answers, with the outbox in `folder` and `replace` applied.
    static func frenchAnswers(in folder: URL, replacing replace: [String: String] = [:]) throws -> URL {
        var text = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("content/examples/demo-fr.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "outbox: demo/outbox", with: "outbox: \(folder.appendingPathComponent("outbox").path)")
            .replacingOccurrences(of: "file: content/examples/demo-users.csv",
                                  with: "file: \(BinaryRunner.packageRoot.appendingPathComponent("content/examples/demo-users.csv").path)")
        for (old, new) in replace { text = text.replacingOccurrences(of: old, with: new) }
        let file = folder.appendingPathComponent("answers-fr.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Every file under `folder`, names and contents (FNV-1a 64 over both), so any change on disk shows.
    static func hash(_ folder: URL) throws -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
        for name in files {
            mix(Array(name.utf8) + [0])
            var isFolder: ObjCBool = false
            let path = folder.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                mix(try Data(contentsOf: URL(fileURLWithPath: path)))
            }
        }
        return "\(files.count) files, \(String(hash, radix: 16))"
    }

    /// Answers every prompt as an admin who agrees would (Enter, and yes where money is spent)
    /// until the screen waits at a prompt ending with `suffix`.
    static func agree(_ terminal: PseudoTerminal, until suffix: String, timeout: TimeInterval = 120,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let deadline = Date().addingTimeInterval(timeout)
        var answeredAt = -1, lastLength = -1
        var stableSince = Date()
        while Date() < deadline {
            let screen = terminal.screen
            let length = screen.utf8.count
            if length != lastLength {
                lastLength = length
                stableSince = Date()
            } else if length != answeredAt, !screen.hasSuffix("\n"), Date().timeIntervalSince(stableSince) > 0.15 {
                if screen.hasSuffix(suffix) { return }
                answeredAt = length
                terminal.type(screen.hasSuffix("[y/N] ") ? "y" : screen.hasSuffix("[o/N] ") ? "o" : "")
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("never waited at '\(suffix)'; screen:\n\(terminal.screen.suffix(3000))", sourceLocation: sourceLocation)
    }

    @Test("English, at a terminal: an invalid postal code stops the step; c corrects it with the earlier answers as defaults")
    func failedCheckEnglish() throws {
        let (_, answers, tenant) = try E.workspace(users: 2)
        let bad = try String(contentsOf: answers, encoding: .utf8).replacingOccurrences(of: "postalCode: \"98101\"", with: "postalCode: \"9810\"")
        try bad.write(to: answers, atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(["run", "--answers", answers.path, "--tenant", tenant.path])
        Self.agree(terminal, until: "s skip (with a reason) · q quit: ")
        #expect(terminal.screen.contains("0 / 1 addresses validated"))
        #expect(terminal.screen.contains("« Seattle office »: refused by address validation"))
        terminal.type("c")
        Self.agree(terminal, until: "Postal code [9810]: ")
        terminal.type("98101")
        Self.agree(terminal, until: "[Enter] run · s skip · b back · q quit: ")
        #expect(terminal.screen.contains("1 / 1 addresses validated"))
        terminal.type("q")
        #expect(terminal.wait() == 4)
        #expect(terminal.screen.contains("Stopped with 2 steps left"))
        #expect(!terminal.screen.contains("addr-"))
        let steps = try E.tenantJSON(tenant)["runSteps"] as? [[String: Any]] ?? []
        #expect(steps.first { $0["stepId"] as? String == "emergency-addresses" }?["status"] as? String == "done")
    }

    @Test("French, at a terminal: the failed check offers « c corriger », a skip warns about the later step, Ctrl-D says how to resume")
    func failedCheckFrench() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = folder.appendingPathComponent("tenant.sqlite")
        let answers = try Self.frenchAnswers(in: folder, replacing: ["postalCode: \"69002\"": "postalCode: \"6903\""])
        let terminal = try PseudoTerminal(["run", "--answers", answers.path, "--tenant", tenant.path], environment: ["LANG": "fr_FR.UTF-8"])
        Self.agree(terminal, until: "p passer (avec une raison) · q quitter : ")
        #expect(terminal.screen.contains("0 / 1 adresses validées"))
        #expect(terminal.screen.contains("« Siège Lyon » : refusée par la validation des adresses"))
        terminal.type("p")
        terminal.answer("Pourquoi la passer ?", with: "Adresse vue avec l'opérateur")
        terminal.expect("Attention : ")
        terminal.expect("« Attribuer les numéros et les adresses d'urgence »")
        Self.agree(terminal, until: "r retour · q quitter : ")
        terminal.send("\u{04}")  // Ctrl-D at the step menu
        #expect(terminal.wait() == 4)
        let screen = terminal.screen
        #expect(screen.contains("Saisie terminée (Ctrl-D). Gardé :"), "\(screen.suffix(2000))")
        #expect(screen.contains("Relancez la même commande pour reprendre."))
        #expect(screen.contains("Récapitulatif"))
        #expect(screen.contains("Adresse vue avec l'opérateur"))
        #expect(!screen.contains("statut Invalid"))

        // verify --tenant and render --tenant do not call the skipped step done
        let verified = try BinaryRunner.run(["verify", "--tenant", tenant.path, "--format", "json"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(verified.status == 1, "\(verified.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(verified.stdout.utf8)) as? [String: Any])
        let step = (report["steps"] as? [[String: Any]] ?? []).first { $0["id"] as? String == "emergency-addresses" }
        #expect(step?["status"] as? String == "fail")
    }

    @Test("unattended, a failed check ends the run with exit 1 naming the step and the address")
    func failedCheckUnattended() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = folder.appendingPathComponent("tenant.sqlite")
        let answers = try Self.frenchAnswers(in: folder, replacing: ["postalCode: \"69002\"": "postalCode: \"6903\""])
        let output = try BinaryRunner.run(["run", "--answers", answers.path, "--yes", "--tenant", tenant.path], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(output.status == 1, "\(output.stdout)\(output.stderr)")
        #expect(output.stderr.contains("L'étape « Ajouter et valider les adresses d'urgence » n'est pas faite"), "\(output.stderr)")
        #expect(output.stderr.contains("« Siège Lyon »"))
        let steps = try E.tenantJSON(tenant)["runSteps"] as? [[String: Any]] ?? []
        #expect(!steps.contains { $0["stepId"] as? String == "emergency-addresses" })
    }

    @Test("--dry-run writes nothing: no tenant file, no mails, the folder hashes the same, and no claim of --yes")
    func dryRunWritesNothing() throws {
        // a tenant that does not exist yet
        let folder = try BinaryRunner.temporaryDirectory()
        let answers = try Self.frenchAnswers(in: folder)
        let tenant = folder.appendingPathComponent("tenant/tenant.sqlite")
        let before = try Self.hash(folder)
        let output = try BinaryRunner.run(["run", "--answers", answers.path, "--dry-run", "--tenant", tenant.path], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(output.status == 2, "\(output.stdout)\(output.stderr)")
        #expect(try Self.hash(folder) == before)
        #expect(!FileManager.default.fileExists(atPath: tenant.path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("outbox").path))
        #expect(output.stdout.contains("rien n'a été modifié"))
        #expect(output.stdout.contains("Simulation : cette étape engagerait des dépenses ; rien n'est acheté."))
        #expect(!output.stdout.contains("d'avance"), "no --yes was given")

        // a tenant half done: the dry run goes through the rest, mails included, on its copy
        let bad = try Self.frenchAnswers(in: folder, replacing: ["postalCode: \"69002\"": "postalCode: \"6903\""])
        #expect(try BinaryRunner.run(["run", "--answers", bad.path, "--yes", "--tenant", tenant.path]).status == 1)
        let good = try Self.frenchAnswers(in: folder)
        let half = try Self.hash(folder)
        let again = try BinaryRunner.run(["run", "--answers", good.path, "--dry-run", "--tenant", tenant.path], environment: ["LANG": "en_US.UTF-8"])
        #expect(again.status == 2, "\(again.stdout)\(again.stderr)")
        #expect(again.stdout.contains("Écrire à tous les utilisateurs pour leur donner leur numéro"), "\(again.stdout)")
        #expect(!again.stdout.contains("users.notify("), "calls are shown in words")
        #expect(try Self.hash(folder) == half, "the dry run changed the folder")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("outbox").path))
    }

    @Test("while a wizard waits at a prompt, tenant show, verify --tenant and render --tenant still read the tenant")
    func readersAreNotKeptOut() throws {
        let (folder, answers, tenant) = try E.workspace(users: 2)
        let terminal = try PseudoTerminal(["run", "--answers", answers.path, "--tenant", tenant.path])
        terminal.answer("[Enter] run", occurrence: 1, with: "")
        terminal.answer("[Enter] run", occurrence: 2, with: "")
        terminal.expect("Step 3 of 8")
        terminal.expect("[Enter] run", occurrence: 3)
        let show = try BinaryRunner.run(["tenant", "show", "--tenant", tenant.path])
        #expect(show.status == 0, "\(show.stderr)")
        let verify = try BinaryRunner.run(["verify", "--tenant", tenant.path])
        #expect(verify.status == 1, "gaps, not 'in use': \(verify.stderr)")
        #expect(!verify.stderr.contains("in use"))
        let render = try BinaryRunner.run(["render", "--out", folder.appendingPathComponent("site").path, "--tenant", tenant.path,
                                           "--country", "US", "--lang", "en"])
        #expect(render.status == 0, "\(render.stderr)")
        // a second writer is still kept out
        let writer = try BinaryRunner.run(["tenant", "licences", "buy", "--tenant", tenant.path, "--sku", "MCOEV", "--quantity", "1"])
        #expect(writer.status == 2)
        #expect(writer.stderr.contains("Tenant in use"))
        terminal.type("q")
        #expect(terminal.wait() == 4)
    }

    @Test("--format json: the receipt on standard output, with the number each user got")
    func receiptAsJSON() throws {
        let (_, answers, tenant) = try E.workspace(users: 3)
        let output = try BinaryRunner.run(["run", "--answers", answers.path, "--yes", "--tenant", tenant.path, "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let receipt = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let assignments = receipt["assignments"] as? [[String: String]] ?? []
        #expect(assignments.count == 3)
        #expect(Set(assignments.compactMap { $0["number"] }).count == 3)
        #expect((receipt["next"] as? String)?.hasPrefix("setup-guide verify") == true)
        #expect(output.stderr.contains("3 users got a number"))
        #expect(output.stderr.contains("2 × Teams Phone Standard") || output.stderr.contains("3 × Teams Phone Standard"))
    }

    @Test("French, at a terminal: the Calling Plan is chosen from words with the guide's help, and the purchase is shown before the confirmation")
    func frenchChoicesInWords() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = folder.appendingPathComponent("tenant.sqlite")
        let answers = try Self.frenchAnswers(in: folder, replacing: ["licences: { quantity: 15, callingPlan: MCOPSTN2, users: all }": "licences: { quantity: 15, users: all }"])
        let terminal = try PseudoTerminal(["run", "--answers", answers.path, "--tenant", tenant.path], environment: ["LANG": "fr_FR.UTF-8"])
        // the first four steps' menus (availability, connectivity, users, licences), then the licence's question
        for occurrence in 1...4 { terminal.answer("r retour · q quitter : ", occurrence: occurrence, with: "") }
        terminal.expect("Forfait d'appels [Forfait d'appels national (MCOPSTN1)] : ")
        #expect(terminal.screen.contains("  2. Forfait d'appels national et international (MCOPSTN2)"))
        #expect(terminal.screen.contains("MCOPSTN1 : appels nationaux"), "the guide's help at the prompt")
        terminal.type("2")
        terminal.answer("[o/N]", with: "n")
        terminal.expect("r retour · q quitter : ", occurrence: 5)
        terminal.type("q")
        #expect(terminal.wait() == 4)
        let screen = terminal.screen
        #expect(screen.contains("15 × Teams Phone Standard (Système téléphonique) (MCOEV)"))
        #expect(screen.contains("15 × Forfait d'appels national et international (MCOPSTN2)"))
        #expect(screen.contains("Prix catalogue : non fourni par le contenu"))
        #expect(screen.contains("Arrêt avec "))
        #expect(!screen.contains("user: 8"), "\(screen.suffix(1500))")
    }

    @Test("English, at a terminal: Operator Connect re-plans at once and says which steps went and came")
    func englishReplan() throws {
        let (_, answers, tenant) = try E.workspace(users: 2)
        let text = try String(contentsOf: answers, encoding: .utf8).replacingOccurrences(of: "option: calling-plan", with: "option: operator-connect")
        try text.write(to: answers, atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(["run", "--answers", answers.path, "--tenant", tenant.path])
        terminal.answer("[Enter] run", occurrence: 1, with: "")
        terminal.answer("[Enter] run", occurrence: 2, with: "")
        terminal.expect("This answer changes the plan (Operator Connect: a partner carrier); it was made again.")
        terminal.expect("− removed: Buy and assign Phone System and Calling Plan licences")
        terminal.expect("+ added: Buy and assign Phone System licences")
        terminal.answer("[Enter] run", occurrence: 3, with: "q")
        #expect(terminal.wait() == 4)
        let json = try E.tenantJSON(tenant)
        #expect((json["licences"] as? [[String: Any]] ?? []).allSatisfy { ($0["sku"] as? String)?.hasPrefix("MCOPSTN") != true })
    }

    @Test("Ctrl-C at a prompt says what was kept and how to resume, in French and in English", arguments: [
        ("fr_FR.UTF-8", "Interrompu (Ctrl-C). Gardé : chaque étape faite ou passée", "Relancez la même commande pour reprendre.", "[Entrée] exécuter"),
        ("en_US.UTF-8", "Interrupted (Ctrl-C). Kept: every step done or skipped", "Run the same command again to resume.", "[Enter] run"),
    ])
    func interruptAtPrompt(_ lang: String, _ kept: String, _ resume: String, _ menu: String) throws {
        let (_, answers, tenant) = try E.workspace(users: 2, omit: ["lang: en\n"])
        let terminal = try PseudoTerminal(["run", "--answers", answers.path, "--tenant", tenant.path], environment: ["LANG": lang])
        terminal.answer(menu, occurrence: 1, with: "")
        terminal.expect(menu, occurrence: 2)
        terminal.signal(SIGINT)
        #expect(terminal.wait() == 130)
        #expect(terminal.screen.contains(kept), "\(terminal.screen.suffix(800))")
        #expect(terminal.screen.contains(resume))
        let steps = try E.tenantJSON(tenant)["runSteps"] as? [[String: Any]] ?? []
        #expect(steps.count == 1, "the first step was kept")
    }
}
