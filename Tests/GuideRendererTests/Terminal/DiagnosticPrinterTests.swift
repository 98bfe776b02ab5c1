import Testing
import GuideRenderer
import SetupGuide

@Suite("Diagnostic printer")
struct DiagnosticPrinterTests {
    static let location = SourceLocation(path: "guides/fr/numbers.md", line: 12, column: 9)
    static let error = Diagnostic(
        .unknownAction, at: location, .init("unknown action 'numbers.serch'", "action inconnue « numbers.serch »"),
        hint: .init("did you mean 'numbers.search'?", "vouliez-vous dire « numbers.search » ?"))
    static let warning = Diagnostic(
        .unverifiedStep, at: location, .init("step 'a' has no check", "l'étape « a » n'a aucune vérification"),
        hint: .init("add 'checks:'", "ajoutez « checks: »"), severity: .warning)

    @Test("in French: erreur, avertissement and conseil, with the French wording")
    func french() {
        let printer = DiagnosticPrinter(style: TerminalStyle(colours: false), language: .french)
        #expect(printer.format(Self.error) == """
            guides/fr/numbers.md:12:9: erreur : action inconnue « numbers.serch » [unknown-action]
                conseil : vouliez-vous dire « numbers.search » ?
            """)
        #expect(printer.format(Self.warning) == """
            guides/fr/numbers.md:12:9: avertissement : l'étape « a » n'a aucune vérification [unverified-step]
                conseil : ajoutez « checks: »
            """)
    }

    @Test("in English by default, with the English wording unchanged")
    func english() {
        let printer = DiagnosticPrinter(style: TerminalStyle(colours: false))
        #expect(printer.format(Self.error) == """
            guides/fr/numbers.md:12:9: error: unknown action 'numbers.serch' [unknown-action]
                hint: did you mean 'numbers.search'?
            """)
        #expect(printer.format(Self.warning).hasPrefix("guides/fr/numbers.md:12:9: warning: step 'a' has no check [unverified-step]"))
    }

    @Test("a diagnostic without French is printed in English under French labels; no hint, no hint line")
    func fallback() {
        let printer = DiagnosticPrinter(style: TerminalStyle(colours: false), language: .french)
        let englishOnly = Diagnostic(.noSteps, at: Self.location, "no step")
        #expect(printer.format(englishOnly) == "guides/fr/numbers.md:12:9: erreur : no step [no-steps]")
    }

    @Test("colours wrap the French severity word as they wrap the English one")
    func colours() {
        let printer = DiagnosticPrinter(style: TerminalStyle(colours: true), language: .french)
        let text = printer.format(Self.error)
        #expect(text.contains("erreur :"))
        #expect(text.contains("\u{1B}["))
        #expect(!text.contains("error:"))
    }
}
