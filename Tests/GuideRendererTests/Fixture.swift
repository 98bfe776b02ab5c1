import Foundation
import GuideRenderer
import SetupGuide
import Testing

/// The small guide and two countries under Fixtures/, and plans made from them.
enum Fixture {
    static let content: ContentSet = ContentSet.load(paths: [TestPaths.fixtures])

    static func country(_ code: String) throws -> Country {
        try #require(content.countries.country(code), "fixture country \(code)")
    }

    static func plan(_ code: String = "FR", language: Language = .french, features: Set<Feature> = []) throws -> Plan {
        let options = PlanOptions(country: try country(code), features: features)
        return try Planner().plan(content.steps(in: language), options: options, language: language).get()
    }

    /// The title of each step's guide, in `language`.
    static func guideTitles(_ language: Language = .french) -> [String: String] {
        var titles: [String: String] = [:]
        for guide in content.guides(in: language) { for step in guide.steps { titles[step.id] = guide.title } }
        return titles
    }

    /// The French page for France, rendered with the shipped templates.
    static func frenchPage(statusProvider: (any StepStatusProvider)? = nil) throws -> String {
        try page("FR", language: .french, statusProvider: statusProvider)
    }

    /// A country's page in a language, rendered with the shipped templates.
    static func page(_ code: String, language: Language, statusProvider: (any StepStatusProvider)? = nil) throws -> String {
        let page = ChecklistPageBuilder(
            plan: try plan(code, language: language), guideTitles: guideTitles(language), statusProvider: statusProvider
        ).build()
        return try TemplateSet.defaults().render("page", page.context)
    }

    /// Content made from one guide text and the fixture countries.
    static func content(guide text: String, file: String = "hostile.md") throws -> ContentSet {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-fixture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("guides/fr"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TestPaths.fixtures.appendingPathComponent("countries.yaml"), to: folder.appendingPathComponent("countries.yaml"))
        try text.write(to: folder.appendingPathComponent("guides/fr/\(file)"), atomically: true, encoding: .utf8)
        let content = ContentSet.load(paths: [folder])
        try? FileManager.default.removeItem(at: folder)
        return content
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("render-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// A tenant that answers from a table, for the overlay tests.
struct FakeStatusProvider: StepStatusProvider {
    var snapshotDate = Date(timeIntervalSince1970: 1_795_000_000)
    var tenantName = "Fabrikam Conseil"
    var statuses: [String: StepStatus] = [:]

    func status(of step: Step, options: PlanOptions, language: Language) -> StepStatus {
        statuses[step.id] ?? StepStatus(.unknown)
    }
}
