public import Foundation
public import SetupGuideModel
public import SetupGuideParsing
public import SetupGuidePlanning
public import SetupGuideEngine
public import SetupGuideVerification

/// From a request, its answers file, a tenant's record and the content to a plan and the answers
/// its checks bind to: what `plan`, `run`, `export` and `verify` share, done once and in one place.
///
/// Precedence, for the country, connectivity, features and answers alike: the request (the
/// command line) wins over the answers file, which wins over what the tenant recorded, which
/// wins over the default.
public struct PlanSession {
    /// The plan made.
    public var plan: Plan
    /// The guides and countries it was made from.
    public let content: ContentSet
    /// The answers file (empty when none was given).
    public let answers: AnswersFile
    /// The language of the plan and of messages.
    public let language: Language
    /// What the tenant recorded, when one was asked.
    public let record: TenantRecord?

    /// The answers the plan's checks bind to: the answers file over the tenant's journal.
    public var binding: CheckBinding { Self.binding(journal: record?.journal ?? [], answers: answers) }

    /// Reads the request's answers file (an empty one when none is given) and settles the
    /// language: the request's, else the answers file's, else the environment's.
    public static func readAnswers(_ request: PlanRequest) throws(SessionError) -> (answers: AnswersFile, language: Language) {
        guard let path = request.answersPath else { return (AnswersFile(), request.language ?? .fromEnvironment()) }
        let answers: AnswersFile
        do {
            answers = try AnswersFile.load(from: URL(fileURLWithPath: path), displayPath: path)
        } catch {
            throw .unreadableAnswers(error.diagnostic)
        }
        let language = request.language ?? answers.language.flatMap(Language.init(rawValue:)) ?? .fromEnvironment()
        return (answers, language)
    }

    /// Loads the content, asks `tenant` (once the country catalogue is known) what it recorded,
    /// and makes the plan from the request, the answers file, that record and the defaults.
    public init(
        _ request: PlanRequest, answers: AnswersFile, language: Language,
        tenant: (CountryCatalogue) throws(SessionError) -> TenantRecord? = { _ in nil }
    ) throws(SessionError) {
        let content = try Self.loadContent(request.content)
        let record = try tenant(content.countries)
        guard let code = request.country ?? answers.country ?? record?.country else { throw .noCountry }
        let country = try Self.country(code, in: content.countries)
        var features: Set<Feature> = Set(request.features)
        if request.features.isEmpty {
            for name in answers.features {
                guard let feature = Feature(rawValue: name) else { throw .unknownFeature(name) }
                features.insert(feature)
            }
        }
        let connectivity: Connectivity
        if let chosen = request.connectivity {
            connectivity = chosen
        } else if let name = answers.connectivity ?? record?.connectivity {
            guard let known = Connectivity(rawValue: name) else { throw .unknownConnectivity(name) }
            connectivity = known
        } else {
            connectivity = .callingPlan
        }
        self.plan = try Self.plan(
            PlanOptions(country: country, connectivity: connectivity, features: features), content: content,
            folder: request.content, language: language)
        self.content = content
        self.answers = answers
        self.language = language
        self.record = record
    }

    /// Reads the request's answers and makes the plan: `readAnswers`, then `init`.
    public static func open(
        _ request: PlanRequest, tenant: (CountryCatalogue) throws(SessionError) -> TenantRecord? = { _ in nil }
    ) throws(SessionError) -> PlanSession {
        let (answers, language) = try readAnswers(request)
        return try PlanSession(request, answers: answers, language: language, tenant: tenant)
    }

    /// Refuses the answers the wizard would refuse, each named with its place in the answers file.
    public func checkAnswers() throws(SessionError) {
        var problems: [BilingualText] = []
        for planned in plan.steps {
            for input in planned.step.inputs {
                guard let given = answers.inputs[planned.step.id]?[input.id] else { continue }
                let validator = InputValidator(input: input)
                guard let english = validator.problem(with: given, language: .english) else { continue }
                let french = validator.problem(with: given, language: .french) ?? english
                let place = answers.locations[planned.step.id].map { "\($0): " } ?? ""
                problems.append(BilingualText(
                    place + "answer '\(input.id)' of step '\(planned.step.id)' is invalid: \(english)",
                    place + "la réponse « \(input.id) » de l'étape « \(planned.step.id) » est invalide : \(french)"))
            }
        }
        if !problems.isEmpty { throw .invalidAnswers(problems) }
    }
}
