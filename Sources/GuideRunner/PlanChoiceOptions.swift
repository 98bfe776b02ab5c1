public import ArgumentParser
import Foundation
public import SetupGuide

/// `--country`, `--feature` and `--connectivity`, the one group shared by `plan`, `run`,
/// `export`, `verify` and `render`. Features and connectivity are enums, so the parser lists the
/// valid choices; countries are data, checked against the catalogue once it is loaded.
struct PlanChoiceOptions: ParsableArguments {
    @Option(name: .customLong("country"),
            help: ArgumentHelp("ISO code of the organisation's country, such as FR (render: repeat for several; default: all).",
                               valueName: "cc"))
    var countries: [String] = []

    @Option(name: .customLong("feature"), help: ArgumentHelp("An optional feature. Repeat for several.", valueName: "feature"))
    var features: [Feature] = []

    @Option(help: ArgumentHelp("How calls reach the phone network (default: the answers file's, else the tenant's, else calling-plan).",
                               valueName: "option"))
    var connectivity: Connectivity?

    /// The one country of a plan; more than one is a usage error outside `render`.
    func country(in language: Language = .fromEnvironment()) throws -> String? {
        guard countries.count <= 1 else {
            throw ValidationError(BilingualText("Give one --country, not \(countries.count)",
                                                "Indiquez un seul --country, pas \(countries.count)")[language])
        }
        return countries.first
    }

    /// The request these options make, with the rest of the command line.
    func request(answers: String? = nil, language: Language?, content: URL) throws -> PlanRequest {
        PlanRequest(country: try country(in: language ?? .fromEnvironment()), features: features, connectivity: connectivity, answersPath: answers,
                    language: language, content: content)
    }
}

/// `--answers FILE`, for the commands that carry out or check a plan.
struct AnswersOption: ParsableArguments {
    @Option(help: ArgumentHelp("Answers for the steps' inputs (YAML; see content/examples/).", valueName: "file"))
    var answers: String?
}

extension Feature: ExpressibleByArgument {}
extension Connectivity: ExpressibleByArgument {}

extension Language: ExpressibleByArgument {
    /// `fr` or `en`, in any case.
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
