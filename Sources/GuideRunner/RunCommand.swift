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

        @OptionGroup var planOptions: AnsweredPlanOptions

        @Flag(help: "Confirm steps that spend money; with --answers, run unattended.")
        var yes = false

        @Flag(help: "List every engine call the run would make and check the rules on a copy; change nothing.")
        var dryRun = false

        @Option(help: ArgumentHelp("The rehearsal tenant (default: \(TenantLocation.defaultURL().path)).", valueName: "path"))
        var tenant: String?

        @Option(help: ArgumentHelp("Folder for the users' notification mails (default: outbox/ beside the tenant).", valueName: "dir"))
        var outbox: String?

        @OptionGroup var languageOption: LanguageOption
        @OptionGroup var contentOptions: ContentOptions

        func run() throws {
            let loaded = try planOptions.load(languageOption: languageOption, content: contentOptions.contentURL)
            let (plan, content, answersFile, language) = (loaded.plan, loaded.content, loaded.answers, loaded.language)

            let tenantURL = tenant.map { URL(fileURLWithPath: $0) } ?? TenantLocation.defaultURL()
            let countries = content.countries
            var engine: RehearsalTenant
            var copyFolder: URL?
            do {
                engine = try RehearsalTenant(
                    at: tenantURL, create: true, clock: OffsetFileClock.fromEnvironment(), countries: { countries.country($0) })
                if dryRun {
                    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setup-guide-dry-run-\(UUID().uuidString)")
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    copyFolder = folder
                    engine = try engine.rehearsalCopy(at: folder.appendingPathComponent("tenant.sqlite"))
                }
            } catch let error as TenantStoreError {
                printError(error.message(in: language))
                throw ExitCode(3)
            } catch {
                // a folder that cannot be made, a disk that is full: say where, in words
                printError(BilingualText(
                    "Cannot open the tenant at '\(tenantURL.path)': \(error.localizedDescription) Choose another place with --tenant.",
                    "Impossible d'ouvrir le client '\(tenantURL.path)' : \(error.localizedDescription) Choisissez un autre emplacement avec --tenant.")[language])
                throw ExitCode(3)
            }
            defer { if let copyFolder { try? FileManager.default.removeItem(at: copyFolder) } }

            let style = TerminalStyle.detect()
            let markdown = MarkdownTerminalRenderer(style: style, language: language)
            let theme = WizardTheme(
                heading: { style.bold($0) }, good: { style.green($0) }, bad: { style.red($0) }, warning: { style.yellow($0) },
                quiet: { style.dim($0) }, presentStep: { markdown.render($0) })
            let unattended = planOptions.answers != nil && yes
            let io = TerminalWizardIO(interactive: !unattended && !dryRun, language: language)
            let outboxURL = outbox.map { URL(fileURLWithPath: $0) }
                ?? tenantURL.deletingLastPathComponent().appendingPathComponent("outbox")
            if dryRun {
                io.say(style.bold(BilingualText("Dry run on a copy of the tenant: nothing will change.",
                                                "Simulation sur une copie du client : rien ne sera modifié.")[language]))
            }
            let wizard = Wizard(
                plan: plan, engine: engine, io: io, answers: answersFile, theme: theme, assumeYes: yes, dryRun: dryRun,
                outbox: outboxURL)
            switch wizard.run() {
            case .completed, .nothingToDo, .quit: return
            case .pending(let count): if count > 0 { throw ExitCode(2) }
            case .interrupted: throw ExitCode(130)
            case .refused:
                throw ExitCode(1)  // the wizard has shown the refusal where the admin is looking
            case .badAnswer(let message):
                printError(message)
                throw ExitCode(2)
            }
        }
    }
}
