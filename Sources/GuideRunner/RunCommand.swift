import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

extension SetupGuideCommand {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lead the admin through the plan step by step, with the engine doing the work.",
            discussion: """
                Each step shows its tasks, asks its inputs, lists the engine calls, asks before spending money, \
                runs the calls and shows its checks. At each step: Enter runs it, s skips it (with a reason), \
                b goes back, q quits. A run resumes where the last one stopped (the journal is kept with the tenant).
                Unattended: --answers FILE --yes (see content/examples/). Ctrl-C during long work stops between two users.
                Exit codes: 0 done or nothing to do; 1 the engine refused; 2 dry run with changes pending, or a missing \
                or invalid answer; 3 the tenant is in use or unusable; 64 usage error; 130 interrupted.
                """)

        @OptionGroup var choice: PlanChoiceOptions
        @OptionGroup var answersOption: AnswersOption

        @Flag(help: "Confirm steps that spend money; with --answers, run unattended.")
        var yes = false

        @Flag(help: "List every engine call the run would make and check the rules on a copy; change nothing.")
        var dryRun = false

        @Option(help: ArgumentHelp("The rehearsal tenant (default: \(TenantLocation.defaultURL().path)).", valueName: "path"))
        var tenant: String?

        @Option(help: ArgumentHelp("Folder for the users' notification mails (default: beside the tenant file, named after it: tenant.sqlite → tenant.outbox/).", valueName: "dir"))
        var outbox: String?

        @OptionGroup var languageOption: LanguageOption
        @OptionGroup var contentOptions: ContentOptions

        func run() throws {
            let request = try choice.request(answers: answersOption.answers, language: languageOption.lang, content: contentOptions.contentURL)
            let session = try PlanSession.opened(request, codes: .run)
            let language = session.language
            let tenantURL = tenant.map { URL(fileURLWithPath: $0) } ?? TenantLocation.defaultURL()
            let opened: WizardTenant
            do {
                opened = try WizardTenant(at: tenantURL, dryRun: dryRun, clock: OffsetFileClock.fromEnvironment(), countries: session.content.countries)
            } catch { throw CommandFailure(error, language: language, codes: .run) }
            defer { opened.discard() }
            let io = TerminalWizardIO(interactive: !(answersOption.answers != nil && yes) && !dryRun, language: language)
            if dryRun {
                io.say(TerminalStyle.detect().bold(BilingualText("Dry run on a copy of the tenant: nothing will change.",
                                                                 "Simulation sur une copie du client : rien ne sera modifié.")[language]))
            }
            let wizard = Wizard(
                plan: session.plan, engine: opened.tenant, io: io, answers: session.answers, theme: .terminal(language), assumeYes: yes,
                dryRun: dryRun, outbox: outbox.map { URL(fileURLWithPath: $0) } ?? TenantLocation.outbox(for: tenantURL))
            switch wizard.run() {
            case .completed, .nothingToDo, .quit: return
            case .pending(let count): if count > 0 { throw ExitCode(2) }
            case .interrupted: throw ExitCode(130)
            case .refused: throw ExitCode(1)  // the wizard has shown the refusal where the admin is looking
            case .badAnswer(let message): throw CommandFailure(exitCode: 2, message: message)
            }
        }
    }
}
