import Foundation
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification
@testable import SetupGuideImport
@testable import SetupGuideWizard

/// Export folders written for one test, plans from the shipped guides, and the report of both.
enum VerificationFixture {
    static let folders = TestPaths.fixtures.appendingPathComponent("Verification")

    static let content: ContentSet = ContentSet.load(paths: [TestPaths.content])

    /// A fresh folder holding `files` (name → bytes).
    static func folder(_ files: [String: Data]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("exports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: url.appendingPathComponent(name)) }
        return url
    }

    static func folder(_ files: [String: String]) throws -> URL {
        try folder(files.mapValues { Data($0.utf8) })
    }

    /// The records one file gives, or the problem that stops it.
    static func records(_ cmdlet: ExportCmdlet, _ name: String, _ data: Data) throws -> [ExportRecord] {
        let url = try folder([name: data]).appendingPathComponent(name)
        return try ExportFolder.records(of: cmdlet, at: url, display: name)
    }

    static func plan(_ country: String, features: Set<Feature> = [], connectivity: Connectivity = .callingPlan,
                     language: Language = .english) throws -> Plan {
        let options = PlanOptions(country: content.countries.country(country)!, connectivity: connectivity, features: features)
        return try Planner().plan(content.steps(in: language), options: options, language: language).get()
    }

    static var lookup: RehearsalTenant.CountryLookup {
        let catalogue = content.countries
        return { catalogue.country($0) }
    }

    /// The report of an export folder, as `verify --export` makes it.
    static func verify(exports url: URL, plan: Plan, binding: CheckBinding = CheckBinding()) throws -> (VerificationReport?, [ExportProblem]) {
        let (snapshot, problems) = ExportFolder(url: url).read()
        guard problems.isEmpty else { return (nil, problems) }
        let tenant = ExportedTenant(
            snapshot: snapshot, country: plan.options.country.code, connectivity: plan.options.connectivity,
            features: plan.options.features, countries: lookup)
        let report = try Verifier(tenant: tenant, source: .exports(path: "exports", files: snapshot.files), binding: binding).verify(plan)
        return (report, [])
    }

    /// The report of the `gaps` fixture: every example failure at once.
    static func gapsReport() throws -> VerificationReport {
        let plan = try plan("US", features: [.tollFree, .callQueues])
        return try #require(try verify(exports: folders.appendingPathComponent("gaps"), plan: plan).0)
    }
}

import Testing

extension VerificationReport {
    /// The failures of `check` over all steps.
    func failures(_ check: CheckName) -> [Failure] {
        steps.flatMap(\.checks).filter { $0.check == check.rawValue }.flatMap(\.failures)
    }

    func statuses(_ check: CheckName) -> Set<String> {
        Set(steps.flatMap(\.checks).filter { $0.check == check.rawValue }.map(\.status))
    }
}
