import ArgumentParser

extension SetupGuideCommand.Tenant {
    /// `tenant numbers search|acquire|release|request|port|assign|unassign`.
    struct TenantNumbers: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "numbers", abstract: "Get, give out and take back telephone numbers.",
            subcommands: [Search.self, Acquire.self, Release.self, Request.self, Port.self, Assign.self, Unassign.self])

        struct Search: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Search for new numbers and reserve them for 10 minutes.",
                discussion: "Refused where the country uses a request form, beyond the quota, and without --address where the address comes with the number.")

            @OptionGroup var options: TenantOptions
            @Option(help: ArgumentHelp("ISO country code.", valueName: "cc")) var country: String
            @Option(help: ArgumentHelp("City or area.", valueName: "city")) var city: String?
            @Option(help: ArgumentHelp("Area code.", valueName: "code")) var areaCode: String?
            @Option(help: ArgumentHelp("How many numbers.", valueName: "n")) var quantity: Int
            @Option(help: ArgumentHelp("user, toll or toll-free (default: user).", valueName: "type")) var type: String?
            @Option(help: ArgumentHelp("Emergency address id or description.", valueName: "address")) var address: String?

            func run() throws {
                try options.perform(.numbersSearch, [
                    "country": country, "city": city, "areaCode": areaCode, "quantity": String(quantity), "type": type, "address": address,
                ])
            }
        }

        struct Acquire: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Acquire a reservation's numbers before it expires.")

            @OptionGroup var options: TenantOptions
            @Option(help: ArgumentHelp("Reservation id (default: every open reservation).", valueName: "id")) var reservation: String?

            func run() throws { try options.perform(.numbersAcquire, ["reservation": reservation]) }
        }

        struct Release: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Give a reservation's numbers back to the pool.")

            @OptionGroup var options: TenantOptions
            @Option(help: ArgumentHelp("Reservation id (default: every open reservation).", valueName: "id")) var reservation: String?

            func run() throws { try options.perform(.numbersRelease, ["reservation": reservation]) }
        }

        struct Request: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Record a request-form order for numbers.")

            @OptionGroup var options: TenantOptions
            @Option(help: ArgumentHelp("ISO country code.", valueName: "cc")) var country: String
            @Option(help: ArgumentHelp("City or area.", valueName: "city")) var city: String?
            @Option(help: ArgumentHelp("How many numbers.", valueName: "n")) var quantity: Int
            @Option(help: ArgumentHelp("user, toll or toll-free (default: user).", valueName: "type")) var type: String?

            func run() throws {
                try options.perform(.numbersRequest, ["country": country, "city": city, "quantity": String(quantity), "type": type])
            }
        }

        struct Port: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Port numbers from the current carrier (one type per order).",
                discussion: "Over 999 numbers needs a manual order: pass --authorisation-signed once the letter of authorisation is signed.")

            @OptionGroup var options: TenantOptions
            @Option(help: ArgumentHelp("How many numbers.", valueName: "n")) var quantity: Int
            @Option(help: ArgumentHelp("user, toll or toll-free (default: user).", valueName: "type")) var type: String?
            @Option(help: ArgumentHelp("Current carrier.", valueName: "name")) var carrier: String?
            @Option(help: ArgumentHelp("Country (default: the organisation's).", valueName: "cc")) var country: String?
            @Flag(help: "The letter of authorisation is signed.") var authorisationSigned = false

            func run() throws {
                try options.perform(.numbersPort, [
                    "quantity": String(quantity), "type": type, "carrier": carrier, "country": country,
                    "authorisationSigned": String(authorisationSigned),
                ])
            }
        }

        struct Assign: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Give each selected user without a number a number and an emergency location.",
                discussion: "Users need Phone System and a Calling Plan and must be in the number's country. With --number, gives that number to the one user named by --users.")

            @OptionGroup var options: TenantOptions
            @Option(help: ArgumentHelp("'all', 'voice', 'department:NAME' or UPNs (default: voice).", valueName: "selector")) var users: String?
            @Option(help: ArgumentHelp("Emergency address id or description.", valueName: "address")) var address: String?
            @Option(help: ArgumentHelp("Place inside the address.", valueName: "place")) var location: String?
            @Option(help: ArgumentHelp("A particular number, in E.164.", valueName: "e164")) var number: String?

            func run() throws {
                try options.perform(.numbersAssign, ["users": users, "address": address, "location": location, "number": number])
            }
        }

        struct Unassign: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Take a user's number back.")

            @OptionGroup var options: TenantOptions
            @Option(help: ArgumentHelp("UPN of the user.", valueName: "upn")) var user: String

            func run() throws { try options.perform(.numbersUnassign, ["user": user]) }
        }
    }
}
