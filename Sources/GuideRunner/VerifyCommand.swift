import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

extension SetupGuideCommand {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report how complete a tenant is: every check of every step that applies, with the users, numbers and addresses at fault.",
            discussion: """
                Reads the embedded rehearsal tenant (--tenant, default $XDG_DATA_HOME/setup-guide/tenant.sqlite) or a folder \
                of PowerShell exports (--export DIR) holding Get-CsOnlineUser, Get-CsPhoneNumberAssignment, \
                Get-CsOnlineLisCivicAddress, Get-CsOnlineLisLocation and Get-MgSubscribedSku, each as .json (ConvertTo-Json) \
                or .csv (Export-Csv, with or without its #TYPE line), in UTF-8 or UTF-16 with a byte order mark. \
                Users without any voice licence are out of scope. The schema of --format json is in docs/verify-schema.md.
                Step inputs take the answers given with --answers (the wizard's answers file) or, for the rehearsal \
                tenant, those its run journal recorded; a choice nobody answered passes if any of its choices passes. \
                With --tenant, the country and connectivity default to the tenant's own.
                Exit codes: 0 complete; 1 gaps found; 2 unusable input (a malformed export, named with its line and field; \
                an answer the wizard would refuse; a missing or unreadable tenant; guides with errors); 64 usage error.
                """)

        @OptionGroup var planOptions: AnsweredPlanOptions
        @OptionGroup var languageOption: LanguageOption
        @OptionGroup var contentOptions: ContentOptions

        @Option(help: ArgumentHelp("The rehearsal tenant file (default: the engine's location).", valueName: "path"))
        var tenant: String?

        @Option(name: .customLong("export"), help: ArgumentHelp("A folder of PowerShell exports, one file per cmdlet.", valueName: "dir"))
        var exportFolder: String?

        @Option(help: "Output format: text, json, html, junit or markdown.")
        var format: VerifyFormat = .text

        @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
        var out: String?

        @Flag(help: .hidden)
        var reportResources = false

        func validate() throws {
            if tenant != nil, exportFolder != nil {
                throw ValidationError("Give --tenant or --export, not both")
            }
        }

        func run() throws {
            let started = Date()
            var language = try languageOption.language()
            let tenantURL = tenant.map { URL(fileURLWithPath: $0) } ?? TenantLocation.defaultURL()
            // SETUP_GUIDE_NOW stops the clock as for the tenant commands, so reservations read the same.
            let clock = try TenantOptions.clock()
            // The rehearsal tenant, opened once the country catalogue is loaded, knows its country,
            // connectivity and the answers its run used.
            var opened: RehearsalTenant?
            var journal: [JournalEntry] = []
            let loaded: AnsweredPlanOptions.Loaded
            do {
                loaded = try planOptions.load(languageOption: languageOption, content: contentOptions.contentURL) { content in
                    guard exportFolder == nil else { return (nil, nil) }
                    let catalogue = content.countries
                    do {
                        let tenant = try RehearsalTenant(at: tenantURL, readOnly: true, clock: clock, countries: { catalogue.country($0) })
                        opened = tenant
                        journal = (try? tenant.entries()) ?? []
                        return try tenant.organisation()
                    } catch {
                        printError(BilingualText("Error: ", "Erreur : ")[language] + Self.describe(error, in: language))
                        throw ExitCode(2)
                    }
                }
            } catch let code as ExitCode where code == ExitCode(1) {
                // Broken guides are unusable input here; 1 means gaps in the tenant.
                throw ExitCode(2)
            }
            language = loaded.language
            // A bad answer is named with its place, as by the wizard, rather than judged.
            try loaded.refuseInvalidAnswers()
            let plan = loaded.plan
            let catalogue = loaded.content.countries
            let lookup: RehearsalTenant.CountryLookup = { catalogue.country($0) }
            // Answers given now win over those the journal recorded.
            var answers: [String: [String: String]] = [:]
            for entry in journal where !entry.inputs.isEmpty { answers[entry.stepID] = entry.inputs }
            for (step, inputs) in loaded.answers.inputs { answers[step, default: [:]].merge(inputs) { $1 } }
            let binding = CheckBinding(answers: answers)
            var timings: [(String, TimeInterval)] = []
            var mark = Date()
            func lap(_ name: String) {
                timings.append((name, Date().timeIntervalSince(mark)))
                mark = Date()
            }

            // With --report-resources, the slowest checks are listed after the phases.
            let slowest = CheckTimes()
            let checkTimer: (@Sendable (String, Double) -> Void)? = reportResources ? { @Sendable check, seconds in slowest.add(check, seconds) } : nil
            let report: VerificationReport
            if let exportFolder {
                let folder = URL(fileURLWithPath: exportFolder)
                let (snapshot, problems) = ExportFolder(url: folder).read()
                lap("read")
                if !problems.isEmpty {
                    for problem in problems { printError(problem.formatted(in: language)) }
                    printError(BilingualText(
                        "The exports cannot be verified: fix or export again the files named above.",
                        "Les exports ne peuvent pas être vérifiés : corrigez ou exportez de nouveau les fichiers ci-dessus.")[language])
                    throw ExitCode(2)
                }
                let exported = ExportedTenant(
                    snapshot: snapshot, country: plan.options.country.code, connectivity: plan.options.connectivity,
                    features: plan.options.features, countries: lookup)
                lap("index")
                report = try Self.unusableOnError(language) {
                    try Verifier(
                        tenant: exported, source: .exports(path: exportFolder, files: snapshot.files), binding: binding, onTiming: checkTimer
                    ).verify(plan)
                }
                lap("checks")
            } else {
                // `load` always asks `recorded`, which opened the tenant or exited.
                guard let opened else { throw ExitCode(2) }
                report = try Self.unusableOnError(language) {
                    try Verifier(tenant: opened, source: .tenant(path: tenant ?? tenantURL.path), binding: binding, onTiming: checkTimer)
                        .verify(plan)
                }
                lap("checks")
            }

            let toTerminal = out == nil
            let text: String
            switch format {
            case .text:
                let style = toTerminal ? TerminalStyle.detect() : TerminalStyle(colours: false)
                text = VerificationTextRenderer(style: style).render(report)
            case .json: text = try VerificationJSONRenderer().render(report)
            case .html: text = VerificationHTMLRenderer().render(report)
            case .junit: text = VerificationJUnitRenderer().render(report)
            case .markdown: text = VerificationMarkdownRenderer().render(report)
            }
            if let out {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
                } catch {
                    printError(BilingualText("Error: cannot write '\(out)'", "Erreur : impossible d'écrire '\(out)'")[language])
                    throw ExitCode(2)
                }
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
            lap("render")
            if reportResources {
                var usage = rusage()
                #if os(Linux)
                getrusage(RUSAGE_SELF.rawValue, &usage)
                let peakMB = Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
                #else
                getrusage(RUSAGE_SELF, &usage)
                let peakMB = Double(usage.ru_maxrss) / 1_048_576  // bytes on macOS
                #endif
                let phases = timings.map { String(format: "%@ %.3fs", $0.0, $0.1) }.joined(separator: ", ")
                printError(String(format: "resources: %@; total %.3fs; peak RSS %.1f MB", phases, Date().timeIntervalSince(started), peakMB))
                for (check, seconds) in slowest.top(5) { printError(String(format: "  check %@ %.3fs", check, seconds)) }
            }
            if report.status == .gaps { throw ExitCode(1) }
        }
    }
}

extension SetupGuideCommand.Verify {
    /// Runs `body`; an error (a tenant that cannot be read) is printed and exits 2, never 1,
    /// which means gaps.
    static func unusableOnError<T>(_ language: Language, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            printError(BilingualText("Error: ", "Erreur : ")[language] + describe(error, in: language))
            throw ExitCode(2)
        }
    }

    /// A tenant that cannot be opened, in the user's language when the store says why.
    static func describe(_ error: any Error, in language: Language) -> String {
        (error as? TenantStoreError)?.message(in: language) ?? "\(error)"
    }
}

/// Check durations gathered for `--report-resources`.
final class CheckTimes: @unchecked Sendable {
    private var times: [(String, Double)] = []
    private let lock = NSLock()

    func add(_ check: String, _ seconds: Double) {
        lock.lock()
        times.append((check, seconds))
        lock.unlock()
    }

    func top(_ count: Int) -> [(String, Double)] {
        lock.lock()
        defer { lock.unlock() }
        return Array(times.sorted { $0.1 > $1.1 }.prefix(count))
    }
}

/// Output formats of `verify`.
enum VerifyFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case html
    case junit
    case markdown
}
