import Foundation
import Testing

/// Issue 16, "Words, not codes", end to end: the French demo run unattended, then `tenant show`;
/// what reaches the admin says counts, statuses, connectivity and engine calls in words, in the
/// admin's language, whatever LANG says.
@Suite("setup-guide says words, not codes, end to end", .serialized)
struct WordsEndToEndTests {
    /// Codes and call syntax that must never reach a person.
    static let codes = [
        "calling-plan", "numbers.search(", "numbers.request(", "licences.buy(", "users.notify(", "addresses.create(",
        "(quota ", "Valid ", "Invalid", "NotValidated", "addr-", "loc-", "res-", "req-", "[voice]", "[all]",
    ]

    /// English words that would mean English reached a French run.
    static let english = ["Engine calls", "What this step", " numbers", " bought", " assigned", "validated", "Connectivity", "not set", " got a number"]

    @Test("the French demo's wizard and tenant show speak French words, with LANG in French or in English",
          arguments: ["fr_FR.UTF-8", "en_US.UTF-8"])
    func frenchDemo(lang: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = folder.appendingPathComponent("tenant.sqlite")
        let answers = try WizardTruthEndToEndTests.frenchAnswers(in: folder)
        let run = try BinaryRunner.run(["run", "--answers", answers.path, "--yes", "--tenant", tenant.path], environment: ["LANG": lang])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("Ce que fera cette étape :"), "\(run.stdout)")
        #expect(run.stdout.contains("Acheter 15 licences : Forfait d'appels national et international (MCOPSTN2)"), "\(run.stdout)")
        #expect(run.stdout.contains("Enregistrer une demande par formulaire de 13 numéros d'utilisateur à Lyon"), "\(run.stdout)")
        #expect(run.stdout.contains("numéros d'utilisateur : 13 sur "), "the quota in words: \(run.stdout)")
        #expect(run.stdout.contains("Adresse d'urgence « Siège Lyon » enregistrée"), "\(run.stdout)")
        // a link's address is the page's own, not a code of ours
        let words = run.stdout.replacingOccurrences(of: #"https?://[^\s)]+"#, with: "", options: .regularExpression)
        for code in Self.codes { #expect(!words.contains(code), "\(code) reached the admin: \(run.stdout)") }
        for word in Self.english { #expect(!run.stdout.contains(word), "English '\(word)' in a French run: \(run.stdout)") }

        let show = try BinaryRunner.run(["tenant", "show", "--tenant", tenant.path, "--lang", "fr"], environment: ["LANG": lang])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("connexion : Forfait d'appels"), "\(show.stdout)")
        #expect(show.stdout.contains("pays : France (FR)"), "\(show.stdout)")
        #expect(show.stdout.contains("numéros d'utilisateur : 13 acquis, 0 réservé, 13 attribués ; quota : 13 utilisés sur "), "\(show.stdout)")
        #expect(show.stdout.contains("Adresses d'urgence : 1 validée"), "\(show.stdout)")
        #expect(show.stdout.contains("Forfait d'appels national et international (MCOPSTN2) : 15 achetées, 13 attribuées"), "\(show.stdout)")
        for code in Self.codes { #expect(!show.stdout.contains(code), "\(code) in tenant show: \(show.stdout)") }
        for word in Self.english { #expect(!show.stdout.contains(word), "English '\(word)' in a French tenant show: \(show.stdout)") }
    }

    @Test("tenant show in English says what each count counts")
    func englishShow() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let tenant = folder.appendingPathComponent("tenant.sqlite")
        let answers = try WizardTruthEndToEndTests.frenchAnswers(in: folder)
        #expect(try BinaryRunner.run(["run", "--answers", answers.path, "--yes", "--tenant", tenant.path]).status == 0)
        let show = try BinaryRunner.run(["tenant", "show", "--tenant", tenant.path, "--lang", "en"], environment: ["LANG": "en_US.UTF-8"])
        #expect(show.stdout.contains("connectivity: Calling Plan"), "\(show.stdout)")
        #expect(show.stdout.contains("user numbers: 13 acquired, 0 reserved, 13 assigned; quota: 13 of "), "\(show.stdout)")
        #expect(show.stdout.contains("Emergency addresses: 1 validated"), "\(show.stdout)")
        for code in Self.codes { #expect(!show.stdout.contains(code), "\(code) in tenant show: \(show.stdout)") }
    }
}
