import Foundation
import Testing

/// `fleet history`, `fleet manual-step` and `fleet note`, run as a user would, on a SQLite store
/// in a temporary folder (the store's own tests cover PostgreSQL).
@Suite("Store commands end to end")
struct StoreEndToEndTests {
    func store() throws -> String { try BinaryRunner.temporaryDirectory().appendingPathComponent("fleet.sqlite").path }

    @Test("fleet history compares the two newest runs, in English and in French, as text and JSON")
    func history() throws {
        let path = try store()
        let empty = try BinaryRunner.run(["fleet", "history", "--store", path])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("no stored run matches 'LATEST'"))
        // Two generated runs: in each client one finding moved.
        let seeded = try BinaryRunner.run(["fleet", "store-benchmark", "--clients", "3", "--users", "2", "--store", path])
        #expect(seeded.status == 0, "\(seeded.stderr)")
        let text = try BinaryRunner.run(["fleet", "history", "--store", path])
        #expect(text.status == 1, "new gaps appeared: \(text.stderr)")
        #expect(text.stdout.contains("Client 0: 1 new gap, 1 gap closed"))
        #expect(text.stdout.contains("  + users.have-numbers user:u3-0@client0.example.com"))
        #expect(text.stdout.contains("  - users.have-numbers user:u0-0@client0.example.com"))
        let french = try BinaryRunner.run(["fleet", "history", "--store", path], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.stdout.contains("Client 0 : 1 nouvel écart, 1 écart comblé"))
        #expect(!french.stdout.contains("gap"))
        let json = try BinaryRunner.run(["fleet", "history", "--store", path, "--format", "json"])
        let drift = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let clients = try #require(drift?["clients"] as? [[String: Any]])
        #expect(clients.count == 3)
        #expect((clients.first?["appeared"] as? [[String: String]])?.first?["subject"] == "user:u3-0@client0.example.com")
        let list = try BinaryRunner.run(["fleet", "history", "--list", "--client", "Client 1", "--store", path])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == 2)
        let unknown = try BinaryRunner.run(["fleet", "history", "--since", "no-such-run", "--store", path], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Erreur : aucune exécution enregistrée ne correspond à 'no-such-run'"))
    }

    @Test("A manual-step change at a stale version is refused with exit 1, in both languages, and nothing is written")
    func manualStepConflict() throws {
        let path = try store()
        let first = try BinaryRunner.run(["fleet", "manual-step", "record", "contoso", "porting", "--note", "Letter sent", "--who", "amelie", "--store", path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("contoso  porting  version 1  done by amelie"))
        let stale = try BinaryRunner.run(["fleet", "manual-step", "record", "contoso", "porting", "--note", "Sent again", "--who", "bastien", "--store", path])
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("is already recorded (version 1, by amelie"))
        #expect(stale.stderr.contains("--expected-version 1"))
        let staleFrench = try BinaryRunner.run(
            ["fleet", "manual-step", "record", "contoso", "porting", "--note", "Renvoyée", "--store", path], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(staleFrench.status == 1)
        #expect(staleFrench.stderr.contains("Erreur : L'étape manuelle 'porting' du client 'contoso' est déjà enregistrée (version 1, par amelie"))
        let second = try BinaryRunner.run(
            ["fleet", "manual-step", "record", "contoso", "porting", "--note", "Carrier confirmed", "--expected-version", "1", "--store", path])
        #expect(second.status == 0)
        let history = try BinaryRunner.run(["fleet", "manual-step", "history", "contoso", "porting", "--format", "json", "--store", path])
        let versions = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]]
        #expect(versions?.compactMap { $0["note"] as? String } == ["Letter sent", "Carrier confirmed"])
    }

    @Test("Notes: add, list, edit, and a stale edit refused")
    func notes() throws {
        let path = try store()
        let added = try BinaryRunner.run(["fleet", "note", "add", "contoso", "Lyon site moves in March", "--format", "json", "--store", path])
        #expect(added.status == 0, "\(added.stderr)")
        let note = try #require(try JSONSerialization.jsonObject(with: Data(added.stdout.utf8)) as? [String: Any])
        let id = try #require(note["id"] as? String)
        #expect(try BinaryRunner.run(["fleet", "note", "edit", id, "Moved", "--expected-version", "1", "--store", path]).status == 0)
        let stale = try BinaryRunner.run(["fleet", "note", "edit", id, "Moved twice", "--expected-version", "1", "--store", path])
        #expect(stale.status == 1)
        let list = try BinaryRunner.run(["fleet", "note", "list", "contoso", "--store", path])
        #expect(list.stdout.contains("version 2"))
        #expect(list.stdout.contains("  Moved\n"))
        let unknown = try BinaryRunner.run(["fleet", "note", "edit", "nope", "x", "--expected-version", "1", "--store", path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no note has id 'nope'"))
    }

    @Test("A PostgreSQL store that cannot be reached: exit 2, and the password never printed")
    func unreachablePostgres() throws {
        let result = try BinaryRunner.run(["fleet", "history", "--store", "postgres://tech:hunter2@127.0.0.1:1/fleet"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("postgres://tech:***@127.0.0.1:1/fleet"))
        #expect(!result.stderr.contains("hunter2") && !result.stdout.contains("hunter2"))
        #expect(result.stderr.contains("nothing answers at that host and port"))
        // in a French run, the reason is in French too, not the driver's English
        let french = try BinaryRunner.run(
            ["fleet", "history", "--store", "postgres://tech:hunter2@127.0.0.1:1/fleet"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.status == 2)
        #expect(french.stderr.contains("rien ne répond à cette adresse et ce port"))
        #expect(!french.stderr.contains("Connection refused") && !french.stderr.contains("connectionError"))
        let unknownHost = try BinaryRunner.run(
            ["fleet", "history", "--store", "postgres://tech@nohost.invalid/fleet"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(unknownHost.status == 2)
        #expect(unknownHost.stderr.contains("le nom d'hôte du serveur est inconnu"))
        let fromEnvironment = try BinaryRunner.run(["fleet", "note", "list"], environment: ["SETUP_GUIDE_STORE": "mysql://tech:hunter2@db/x"])
        #expect(fromEnvironment.status == 2)
        #expect(!fromEnvironment.stderr.contains("hunter2"))
    }

    @Test("Every store command has --help", arguments: [
        ["fleet", "history"], ["fleet", "manual-step"], ["fleet", "manual-step", "record"], ["fleet", "manual-step", "list"],
        ["fleet", "manual-step", "history"], ["fleet", "note"], ["fleet", "note", "add"], ["fleet", "note", "edit"], ["fleet", "note", "list"],
    ])
    func help(_ command: [String]) throws {
        let result = try BinaryRunner.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE:"))
        #expect(command.count == 2 && command[1] != "history" || result.stdout.contains("--store"))
    }
}
