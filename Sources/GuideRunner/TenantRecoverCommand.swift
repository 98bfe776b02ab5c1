import ArgumentParser
import Foundation
import SetupGuide

extension SetupGuideCommand.Tenant {
    /// `tenant recover --from DAMAGED --tenant NEW`: the recovery path for a damaged tenant.
    struct Recover: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy what can still be read of a damaged tenant into a new one.",
            discussion: """
                The damaged file is only read. --tenant names the new tenant, which must not exist yet; \
                continue with it once the copy is done (a run resumes from the journal it holds). \
                Exit codes: 0 every row copied; 1 some rows could not be read (the tables are named); \
                2 the new tenant exists, or the damaged file is missing or not a tenant; 64 usage error.
                """)

        @OptionGroup var options: TenantOptions

        @Option(help: ArgumentHelp("The damaged tenant file.", valueName: "path"))
        var from: String

        func run() throws {
            let language = options.languageOption.language()
            guard !FileManager.default.fileExists(atPath: options.url.path) else {
                printError(BilingualText(
                    "Error: '\(options.url.path)' exists; recover into a new tenant file (--tenant)",
                    "Erreur : « \(options.url.path) » existe ; récupérez dans un nouveau fichier client (--tenant)")[language])
                throw ExitCode(TenantOptions.unusable)
            }
            let lost = try options.withTenant(create: true) { tenant, language -> Bool in
                let tables = try tenant.recoverRows(from: URL(fileURLWithPath: from))
                for table in tables {
                    let rows = BilingualText.counting(table.copied, ("row", "rows"), ("ligne", "lignes"))
                    let cut = table.cutShort ? BilingualText("; the rest could not be read", " ; la suite n'a pas pu être lue") : BilingualText("", "")
                    print("  \(table.table): " + rows.followed(by: cut)[language])
                }
                print(BilingualText("Recovered into \(tenant.url.path)", "Récupéré dans \(tenant.url.path)")[language])
                return tables.contains(where: \.cutShort)
            }
            if lost { throw ExitCode(TenantOptions.refused) }
        }
    }
}
