import ArgumentParser

extension SetupGuideCommand.Tenant {
    /// `tenant addresses create|validate|remove`.
    struct TenantAddresses: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "addresses", abstract: "Add, validate and remove emergency addresses.",
            subcommands: [Create.self, Validate.self, Remove.self])

        struct Create: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Add an emergency address with its default location.",
                discussion: "The same fields again return the existing address; a validated address cannot be edited.")

            @OptionGroup var options: TenantOptions
            @Option(help: "Company name.") var company: String
            @Option(help: "House number.") var houseNumber: String?
            @Option(help: "Street name.") var street: String
            @Option(help: "City.") var city: String
            @Option(help: "State or province.") var state: String?
            @Option(help: "Postal code.") var postalCode: String?
            @Option(help: ArgumentHelp("ISO country code.", valueName: "cc")) var country: String
            @Option(parsing: .unconditional, help: "Latitude (required except in AU and JP); may be negative.") var latitude: String?
            @Option(parsing: .unconditional, help: "Longitude (required except in AU and JP); may be negative.") var longitude: String?
            @Option(help: "A name to find the address by.") var description: String?
            @Option(help: "ELIN, for direct routing.") var elin: String?

            func run() throws {
                try options.perform(.addressesCreate, [
                    "company": company, "houseNumber": houseNumber, "street": street, "city": city, "state": state,
                    "postalCode": postalCode, "country": country, "latitude": latitude, "longitude": longitude,
                    "description": description, "elin": elin,
                ])
            }
        }

        struct Validate: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Validate one address, or every address not yet validated.")

            @OptionGroup var options: TenantOptions
            @Option(help: ArgumentHelp("Address id or description.", valueName: "address")) var address: String?

            func run() throws { try options.perform(.addressesValidate, ["address": address]) }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Remove an address no number uses.")

            @OptionGroup var options: TenantOptions
            @Option(help: ArgumentHelp("Address id or description.", valueName: "address")) var address: String

            func run() throws { try options.perform(.addressesRemove, ["address": address]) }
        }
    }

    /// `tenant locations create|remove`.
    struct TenantLocations: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "locations", abstract: "Add and remove places inside an emergency address.",
            subcommands: [Create.self, Remove.self])

        struct Create: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a place (building, floor, office) inside an address.")

            @OptionGroup var options: TenantOptions
            @Option(help: ArgumentHelp("Address id or description.", valueName: "address")) var address: String
            @Option(help: "Name of the place.") var name: String

            func run() throws { try options.perform(.locationsCreate, ["address": address, "name": name]) }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Remove a place no number uses.")

            @OptionGroup var options: TenantOptions
            @Option(help: ArgumentHelp("Address id or description.", valueName: "address")) var address: String
            @Option(help: "Name or id of the place.") var name: String

            func run() throws { try options.perform(.locationsRemove, ["address": address, "name": name]) }
        }
    }
}
