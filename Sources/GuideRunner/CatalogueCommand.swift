import ArgumentParser
import SetupGuide

extension SetupGuideCommand {
    struct Catalogue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the reference of actions, checks, input types, features, country facts and diagnostics.",
            discussion: "Generated from the code, so it always matches what lint accepts. Exit codes: 0; 64 usage error.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case markdown, json
        }

        @Option(help: "Output format: markdown or json.")
        var format: Format = .markdown

        func run() throws {
            switch format {
            case .markdown: print(CatalogueReference.markdown(), terminator: "")
            case .json: print(try jsonString(CatalogueJSON()))
            }
        }
    }
}

/// The catalogue for tools.
struct CatalogueJSON: Encodable {
    struct Entry: Encodable {
        struct Parameter: Encodable {
            var name: String
            var type: String
            var required: Bool
            var summary: String
        }
        var name: String
        var summary: String
        var spends: Bool
        var parameters: [Parameter]

        init(_ entry: CatalogueEntry) {
            name = entry.name
            summary = entry.summary
            spends = entry.spendsMoney
            parameters = entry.parameters.map { Parameter(name: $0.name, type: $0.type.rawValue, required: $0.required, summary: $0.summary) }
        }
    }
    var actions = ActionName.allCases.map { Entry($0.entry) }
    var checks = CheckName.allCases.map { Entry($0.entry) }
    var inputTypes = InputType.allCases.map(\.rawValue)
    var features = Feature.allCases.map(\.rawValue)
    var connectivity = Connectivity.allCases.map(\.rawValue)
    var countryFacts = CountryFact.allCases.map(\.rawValue)
    var diagnostics = DiagnosticID.allCases.map(\.rawValue)
}
