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
                Each finding names its step and, where it can, the PowerShell line that fixes it; --fix-script FILE also \
                writes those lines as one re-runnable script (run it with -WhatIf first), in plan order, with comments \
                for the gaps a person must close.
                Warnings and notes follow the checks in every format: values no Microsoft reference lists (read as \
                unknown, never as passing), an export cut at the cmdlet's page size, columns left out, another encoding, \
                the manifest of setup-guide export collect, users left out (soft-deleted, guests, disabled accounts). \
                They do not change the exit code.
                Exit codes: 0 complete; 1 gaps found; 2 unusable input (a malformed export, named with its line and field; \
                an answer the wizard would refuse; a missing or unreadable tenant; guides with errors); 64 usage error.
                """)

        @OptionGroup var choice: PlanChoiceOptions
        @OptionGroup var answersOption: AnswersOption
        @OptionGroup var languageOption: LanguageOption
        @OptionGroup var contentOptions: ContentOptions

        @Option(help: ArgumentHelp("The rehearsal tenant file (default: the engine's location).", valueName: "path"))
        var tenant: String?

        @Option(name: .customLong("export"), help: ArgumentHelp("A folder of PowerShell exports, one file per cmdlet.", valueName: "dir"))
        var exportFolder: String?

        @Option(help: "Output format.")
        var format: VerifyFormat = .text

        @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
        var out: String?

        @Option(help: ArgumentHelp("Also write a re-runnable PowerShell script that closes the gaps found (try it with -WhatIf).", valueName: "file"))
        var fixScript: String?

        @Flag(help: .hidden)
        var reportResources = false

        func validate() throws { if tenant != nil, exportFolder != nil { throw ValidationError("Give --tenant or --export, not both") } }

        func run() throws {
            let started = Date()
            let request = try choice.request(answers: answersOption.answers, language: languageOption.lang, content: contentOptions.contentURL)
            // SETUP_GUIDE_NOW stops the clock as for the tenant commands, so reservations read the same.
            let reader = exportFolder == nil
                ? TenantReader(at: tenant.map { URL(fileURLWithPath: $0) } ?? TenantLocation.defaultURL(), clock: try TenantOptions.clock()) : nil
            let session = try PlanSession.opened(request, codes: .verify) { (catalogue) throws(SessionError) in try reader?.read(catalogue) }
            // A bad answer is named with its place, as by the wizard, rather than judged.
            try session.refuseInvalidAnswers(codes: .verify)
            let source: VerificationRun.Source =
                reader?.tenant.map { .tenant($0, path: tenant ?? reader?.url.path ?? "") }
                ?? .exports(URL(fileURLWithPath: exportFolder ?? "."), path: exportFolder ?? ".")
            let slowest = CheckTimes()
            let verification = try VerificationRun.checked(session, source: source, timing: reportResources ? slowest : nil)
            let rendering = Date()
            try format.write(verification.report, to: out, language: session.language)
            if let fixScript {
                do {
                    try FixScriptWriter(report: verification.report).write(to: URL(fileURLWithPath: fixScript))
                } catch {
                    throw CommandFailure(exitCode: 2, message: BilingualText("Error: ", "Erreur : ")[session.language] + error.message(in: session.language))
                }
            }
            if reportResources { ResourceUsage.print(verification.timings + [("render", Date().timeIntervalSince(rendering))], since: started, slowest: slowest) }
            if verification.report.status == .gaps { throw ExitCode(1) }
        }
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
