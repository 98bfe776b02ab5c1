import ArgumentParser

extension SetupGuideCommand.Tenant {
    /// `tenant licences buy|assign`.
    struct TenantLicences: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "licences", abstract: "Buy and assign licences.", subcommands: [Buy.self, Assign.self])

        struct Buy: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Make sure at least QUANTITY licences of a SKU are bought (a total, not an increment).",
                discussion: "A Calling Plan is refused until Phone System (MCOEV) or E5 licences are bought.")

            @OptionGroup var options: TenantOptions
            @Option(help: ArgumentHelp("SKU part number, such as MCOEV.", valueName: "sku")) var sku: String
            @Option(help: ArgumentHelp("How many licences in all.", valueName: "n")) var quantity: Int

            func run() throws { try options.perform(.licencesBuy, ["sku": sku, "quantity": String(quantity)]) }
        }

        struct Assign: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Give a licence of a SKU to each selected user who lacks one.",
                discussion: "Users need a usage location; a Calling Plan needs Phone System on the same user.")

            @OptionGroup var options: TenantOptions
            @Option(help: ArgumentHelp("SKU part number.", valueName: "sku")) var sku: String
            @Option(help: ArgumentHelp("'all', 'voice', 'department:NAME' or UPNs (default: voice).", valueName: "selector"))
            var users: String?

            func run() throws { try options.perform(.licencesAssign, ["sku": sku, "users": users]) }
        }
    }
}
