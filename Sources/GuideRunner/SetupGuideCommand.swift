import ArgumentParser
import Foundation

@main
struct SetupGuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup-guide",
        abstract: "Turn Markdown setup guides for Teams Phone into checklists, plans and a wizard.",
        discussion: """
            Exit codes: 0 success; 1 problems found (lint) or a rule refused the work; \
            2 unusable input or changes pending (see each command); 64 usage error.
            LANG (or --lang) chooses French or English; NO_COLOR or TERM=dumb turn colours off.
            """,
        subcommands: [
            Lint.self, Plan.self, Run.self, Render.self, Verify.self, Tenant.self, Export.self, Import.self, Catalogue.self,
            Fleet.self,
            Benchmark.self,
        ]
    )

    /// Parses and runs the command; a `CommandFailure` prints its message and exits with its code,
    /// usage errors are printed in the run's language (`exitForUsage`), and everything else goes
    /// to the argument parser (`ExitCode`).
    static func main() {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exitForUsage(error, parsing: true)
        }
        do {
            try command.run()
        } catch let failure as CommandFailure {
            if !failure.message.isEmpty { printError(failure.message) }
            Foundation.exit(failure.exitCode)
        } catch {
            exitForUsage(error, parsing: false)
        }
    }
}
