import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

extension SetupGuideCommand {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lead the admin through the plan step by step, with the engine doing the work.",
            discussion: """
                Each step shows its tasks, asks its inputs (with the guide's help and the choices in words), lists the \
                engine calls, shows what a paid step buys and asks before spending money, runs the calls and its checks. \
                A step is done only when its checks pass; when one fails: c corrects the answers (the earlier ones offered \
                again), v verifies again, s skips with a reason (French: p), q quits. At each step: Enter runs it, s skips \
                it (with a reason), b goes back, q quits; in French: Entrée, p (passer), r (retour), q. An answer that \
                changes the connectivity makes the plan again at once. A run resumes where the last one stopped (the \
                journal is kept with the tenant) and ends with a receipt; --format json writes the receipt as JSON on \
                standard output (the wizard's words then go to standard error).
                Unattended: --answers FILE --yes (see content/examples/). Ctrl-C during long work stops between two users.
                --dry-run works on a copy in a temporary folder: the tenant, its folder and the outbox are left untouched.
                Exit codes: 0 done or nothing to do; 1 the engine refused, or a step's checks failed in an unattended run; \
                2 dry run with changes pending, or a missing or invalid answer; 3 the tenant is in use or unusable; \
                4 stopped (q or end of input) with steps left; 64 usage error; 130 interrupted.
                """)

        @OptionGroup var choice: PlanChoiceOptions
        @OptionGroup var answersOption: AnswersOption

        @Flag(help: "Confirm steps that spend money; with --answers, run unattended.")
        var yes = false

        @Flag(help: "List every engine call the run would make and check the rules on a copy; change nothing on disk.")
        var dryRun = false

        @Option(help: ArgumentHelp("The rehearsal tenant (default: \(TenantLocation.defaultURL().path)).", valueName: "path"))
        var tenant: String?

        @Option(help: ArgumentHelp("Folder for the users' notification mails (default: beside the tenant file, named after it: tenant.sqlite → tenant.outbox/).", valueName: "dir"))
        var outbox: String?

        @Option(help: "The receipt at the end: text (default) or json, on standard output.")
        var format: OutputFormat = .text

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
            let io = TerminalWizardIO(interactive: !(answersOption.answers != nil && yes) && !dryRun, language: language,
                                      toStandardError: format == .json)
            if dryRun {
                io.say(TerminalStyle.detect().bold(BilingualText("Dry run on a copy of the tenant: nothing will change on disk.",
                                                                 "Simulation sur une copie du client : rien ne sera modifié sur le disque.")[language]))
            }
            let content = session.content, folder = request.content
            let realOutbox = outbox.map { URL(fileURLWithPath: $0) } ?? TenantLocation.outbox(for: tenantURL)
            let wizard = Wizard(
                plan: session.plan, engine: opened.tenant, io: io, answers: session.answers, theme: .terminal(language), assumeYes: yes,
                dryRun: dryRun, outbox: opened.outbox ?? realOutbox,
                replan: { options in (try? PlanSession.plan(options, content: content, folder: folder, language: language))?.namingFlags() })
            let outcome = wizard.run()
            finish(outcome, receipt: wizard.lastReceipt, io: io, language: language, tenantPath: tenant)
            switch outcome {
            case .completed, .nothingToDo: return
            case .stopped(let remaining): if remaining > 0 { throw ExitCode(4) }
            case .pending(let count): if count > 0 { throw ExitCode(2) }
            case .interrupted: throw ExitCode(130)
            case .refused: throw ExitCode(1)  // the wizard has shown the refusal where the admin is looking
            case .tenantUnusable: throw ExitCode(3)  // shown too: a full disk, a read-only or damaged tenant
            case .checkFailed(let message): throw CommandFailure(exitCode: 1, message: message)
            case .badAnswer(let message): throw CommandFailure(exitCode: 2, message: message)
            }
        }

        /// The next command, and with `--format json` the receipt on standard output.
        func finish(_ outcome: WizardOutcome, receipt: WizardReceipt, io: TerminalWizardIO, language: Language, tenantPath: String?) {
            let target = tenantPath.map { " --tenant " + ShellQuoting.shell($0) } ?? ""
            let next: String
            switch outcome {
            case .completed, .nothingToDo: next = "setup-guide verify" + target
            case .pending: next = "setup-guide run" + (answersOption.answers.map { " --answers " + ShellQuoting.shell($0) } ?? "") + target
            default: next = "setup-guide run" + (answersOption.answers.map { " --answers " + ShellQuoting.shell($0) } ?? "") + target
            }
            if case .interrupted = outcome {} else {
                io.say(BilingualText("Next: ", "Ensuite : ")[language] + next)
            }
            guard format == .json else { return }
            var object = receipt.jsonObject()
            object["next"] = next
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]) {
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            }
        }
    }
}

/// Quoting a path for the shell line the receipt suggests.
enum ShellQuoting {
    /// `path` as a POSIX shell word: bare when it is plain, else in single quotes.
    static func shell(_ path: String) -> String {
        if !path.isEmpty, path.allSatisfy({ $0.isLetter || $0.isNumber || "/._-".contains($0) }) { return path }
        return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
