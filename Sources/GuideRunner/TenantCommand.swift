import ArgumentParser
import Foundation
import SetupGuide

extension SetupGuideCommand {
    /// `setup-guide tenant …`: the embedded rehearsal tenant, one subcommand per engine action.
    struct Tenant: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Drive the rehearsal tenant: a local SQLite copy of a Teams Phone tenant.",
            discussion: """
                Every action runs in one transaction; a refusal changes nothing and says what to do.
                The tenant is --tenant PATH, else $XDG_DATA_HOME/setup-guide/tenant.sqlite, else \
                ~/.local/share/setup-guide/tenant.sqlite. SETUP_GUIDE_NOW stops the clock (ISO 8601 or epoch seconds).
                Exit codes: 0 done (or nothing to do); 1 a rule refused the action, or a check failed; \
                2 the tenant is in use by another process, missing, not a tenant, read-only (for a change), damaged, \
                made by a newer setup-guide, or on a full disk (nothing is lost: run the command again once there is room); \
                64 usage error.
                """,
            subcommands: [
                Init.self, Show.self, ImportUsers.self, SetCountry.self, SetConnectivity.self, TenantLicences.self,
                TenantNumbers.self, TenantAddresses.self, TenantLocations.self, Notify.self, Do.self, Check.self, Recover.self,
            ])
    }
}

extension SetupGuideCommand.Tenant {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an empty tenant (or open an existing one) and optionally record its country.")

        @OptionGroup var options: TenantOptions

        @Option(help: ArgumentHelp("ISO code of the organisation's country, such as FR.", valueName: "cc"))
        var country: String?

        func run() throws {
            try options.withTenant(create: true) { tenant, language in
                if let country { try tenant.setCountry(country) }
                print(BilingualText("Tenant ready at \(tenant.url.path)", "Client prêt : \(tenant.url.path)")[language])
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a summary of the tenant; --format json prints every table.")

        @OptionGroup var options: TenantOptions

        func run() throws {
            try options.withTenant(readOnly: true) { tenant, language in
                switch options.format {
                case .json: print(try jsonString(tenant.export()))
                case .text: print(TenantSummaryText.render(try tenant.summary(), path: tenant.url.path, language: language), terminator: "")
                }
            }
        }
    }

    struct ImportUsers: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-users",
            abstract: "Import users from a CSV export: UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage.",
            discussion: "A bad row refuses the whole file, naming its line and field; nothing is imported.")

        @OptionGroup var options: TenantOptions

        @Argument(help: ArgumentHelp("The CSV file.", valueName: "file"))
        var file: String

        func run() throws { try options.perform(.usersImport, ["file": file]) }
    }

    struct SetCountry: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-country", abstract: "Record the organisation's country.")

        @OptionGroup var options: TenantOptions

        @Argument(help: ArgumentHelp("ISO code such as FR.", valueName: "cc"))
        var country: String

        func run() throws { try options.perform(.tenantSetCountry, ["country": country]) }
    }

    struct SetConnectivity: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-connectivity", abstract: "Record how the organisation reaches the telephone network.")

        @OptionGroup var options: TenantOptions

        @Argument(help: ArgumentHelp("calling-plan, operator-connect or direct-routing.", valueName: "option"))
        var connectivity: String

        func run() throws { try options.perform(.tenantSetConnectivity, ["connectivity": connectivity]) }
    }

    struct Notify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one mail (.eml) per user telling them their new number.")

        @OptionGroup var options: TenantOptions

        @Option(help: ArgumentHelp("'all', 'voice', 'department:NAME' or UPNs (default: users with a number).", valueName: "selector"))
        var users: String?

        @Option(help: ArgumentHelp("Folder for the .eml files (default: beside the tenant file, named after it: tenant.sqlite → tenant.outbox/).", valueName: "dir"))
        var outbox: String?

        func run() throws { try options.perform(.usersNotify, ["users": users, "outbox": outbox]) }
    }

    struct Do: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run any catalogue action with name=value arguments, as a guide step would.",
            discussion: "Example: setup-guide tenant do numbers.search --arg country=US --arg quantity=20")

        @OptionGroup var options: TenantOptions

        @Argument(help: ArgumentHelp("Action name, such as numbers.search.", valueName: "action"))
        var action: String

        @Option(name: .customLong("arg"), help: ArgumentHelp("An argument as name=value. Repeat for several.", valueName: "name=value"))
        var arguments: [String] = []

        func run() throws {
            guard let name = ActionName(rawValue: action) else {
                let valid = ActionName.allCases.map(\.rawValue).joined(separator: ", ")
                let language = options.languageOption.language()
                throw usageError(BilingualText(
                    "Unknown action '\(action)'. Valid choices: \(valid)", "Action inconnue '\(action)'. Choix possibles : \(valid)")[language], in: language)
            }
            try options.perform(name, try parseArguments(arguments))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Evaluate a catalogue check against the tenant; exit 1 when it fails.")

        @OptionGroup var options: TenantOptions

        @Argument(help: ArgumentHelp("Check name, such as users.have-numbers.", valueName: "check"))
        var check: String

        @Option(name: .customLong("arg"), help: ArgumentHelp("An argument as name=value. Repeat for several.", valueName: "name=value"))
        var arguments: [String] = []

        func run() throws {
            guard let name = CheckName(rawValue: check) else {
                let valid = CheckName.allCases.map(\.rawValue).joined(separator: ", ")
                let language = options.languageOption.language()
                throw usageError(BilingualText(
                    "Unknown check '\(check)'. Valid choices: \(valid)", "Vérification inconnue '\(check)'. Choix possibles : \(valid)")[language], in: language)
            }
            let values = try parseArguments(arguments).compactMapValues { $0 }
            let failed = try options.withTenant(readOnly: true) { tenant, language -> Bool in
                let result = try tenant.evaluate(name, arguments: values, context: CheckContext(language: language))
                switch options.format {
                case .text:
                    print("\(result.status.rawValue): \(result.summary.text(in: language))")
                    for subject in result.subjects.prefix(20) { print("  \(subject.id): \(subject.reason.text(in: language))") }
                    if result.subjects.count > 20 { print("  … (+\(result.subjects.count - 20))") }
                case .json:
                    print(try jsonString(CheckDocument(result, language: language)))
                }
                return result.status == .fail
            }
            if failed { throw ExitCode(TenantOptions.refused) }
        }
    }
}

/// `name=value` pairs from repeated `--arg`.
func parseArguments(_ pairs: [String]) throws -> [String: String?] {
    var values: [String: String?] = [:]
    for pair in pairs {
        guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
            throw usageError(BilingualText(
                "Argument '\(pair)' is not name=value", "L'argument '\(pair)' n'est pas de la forme nom=valeur")[Language.fromEnvironment()])
        }
        values[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
    }
    return values
}
