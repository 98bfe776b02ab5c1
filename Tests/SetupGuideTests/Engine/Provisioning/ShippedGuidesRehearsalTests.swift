import Foundation
import Testing

import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification
@testable import SetupGuideImport
@testable import SetupGuideWizard

/// The shipped guides, run step by step on the rehearsal tenant as the wizard would: every action
/// of the plan with inputs bound, then every check of the step. This is where guide content and
/// engine rules must agree.
@Suite struct ShippedGuidesRehearsalTests {
    struct Rehearsal: Sendable, CustomTestStringConvertible {
        let country: String
        let features: Set<Feature>
        let city: String
        let address: [String: String]
        var testDescription: String { "\(country) \(features.isEmpty ? "core" : "all features")" }
    }

    static let us: [String: String] = [
        "company": "Contoso", "houseNumber": "400", "street": "Broad Street", "city": "Seattle", "state": "WA",
        "postalCode": "98109", "latitude": "47.62", "longitude": "-122.35",
    ]
    static let gb: [String: String] = [
        "company": "Contoso UK", "houseNumber": "10", "street": "Downing Street", "city": "London", "postalCode": "SW1A 2AA",
        "latitude": "51.5", "longitude": "-0.12",
    ]

    static let rehearsals: [Rehearsal] = [
        .init(country: "US", features: Set(Feature.allCases), city: "Seattle", address: us),
        .init(country: "US", features: [], city: "Seattle", address: us),
        .init(country: "GB", features: [], city: "London", address: gb),
        .init(
            country: "FR", features: [], city: "Paris",
            address: [
                "company": "Contoso FR", "houseNumber": "1", "street": "Rue de Rivoli", "city": "Paris", "postalCode": "75001",
                "latitude": "48.86", "longitude": "2.34",
            ]),
        .init(
            country: "CA", features: [.porting], city: "Toronto",
            address: [
                "company": "Contoso CA", "houseNumber": "100", "street": "King Street", "city": "Toronto", "state": "ON",
                "postalCode": "M5X 1A9", "latitude": "43.65", "longitude": "-79.38",
            ]),
    ]

    @Test(arguments: rehearsals)
    func thePlanRunsOnTheRehearsalTenant(rehearsal: Rehearsal) throws {
        let content = ShippedContentTests.content
        let country = try #require(content.countries.country(rehearsal.country))
        let plan = try Planner().plan(
            content.steps(in: .english), options: PlanOptions(country: country, features: rehearsal.features), language: .english
        ).get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rehearsal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let users = folder.appendingPathComponent("users.csv")
        try TenantFixture.csv(20, country: rehearsal.country).write(to: users, atomically: true, encoding: .utf8)
        let tenant = try RehearsalTenant(
            at: folder.appendingPathComponent("t.sqlite"), create: true, clock: ManualClock(),
            countries: { content.countries.country($0) })

        var samples: [String: String] = [
            "file": users.path, "quantity": "20", "users": "all", "organisers": "all", "city": rehearsal.city, "description": "HQ",
            "address": "HQ", "place": "Floor 1", "location": "Floor 1", "callingPlan": "MCOPSTN1", "option": "calling-plan",
            "outbox": folder.appendingPathComponent("outbox").path, "provider": "microsoft", "carrier": "Old Telco",
            "language": "en-US", "name": "Sales", "agents": "all", "timeZone": "America/Los_Angeles",
        ]
        samples.merge(rehearsal.address) { $1 }
        let perStep: [String: [String: String]] = [
            "call-queues": ["upn": "queue@contoso.com", "name": "Sales queue"],
            "auto-attendants": ["upn": "main@contoso.com", "name": "Main line"],
            "assign-service-numbers": ["type": "toll"],
            "service-numbers": ["quantity": "3"],
            "port-numbers": ["quantity": "5"],
            // Where the address is given at assignment, it exists only after the numbers.
            "user-numbers": ["address": country.addressAtAcquisition ? "HQ" : ""],
        ]
        let references = ["country": country.code, "connectivity": Connectivity.callingPlan.rawValue, "lang": "en"]

        // The service-number step takes one resource account: the admin runs it once per account.
        var repeats: [String: [[String: String]]] = ["assign-service-numbers": []]
        if rehearsal.features.contains(.callQueues) { repeats["assign-service-numbers"]!.append(["resourceAccount": "queue@contoso.com"]) }
        if rehearsal.features.contains(.autoAttendants) {
            repeats["assign-service-numbers"]!.append(["resourceAccount": "main@contoso.com"])
        }

        for planned in plan.steps {
            let step = planned.step
            for round in repeats[step.id] ?? [[:]] {
                var inputs: [String: String] = [:]
                for input in step.inputs {
                    if let value = round[input.id] ?? perStep[step.id]?[input.id] ?? samples[input.id] ?? input.defaultValue {
                        inputs[input.id] = value
                    }
                }
                func bind(_ arguments: [CallArgument]) -> [String: String] {
                    var bound: [String: String] = [:]
                    for argument in arguments {
                        switch argument.value {
                        case .literal(let text): bound[argument.name] = text
                        case .reference(let name): bound[argument.name] = inputs[name] ?? references[name]
                        }
                    }
                    return bound
                }
                for call in step.actions {
                    do {
                        try tenant.perform(call.action, arguments: bind(call.arguments))
                    } catch let refusal as EngineRefusal {
                        Issue.record("\(step.id) \(call.action.rawValue): \(refusal.message(in: .english))")
                    }
                }
                guard round == repeats[step.id]?.last ?? [:] else { continue }
                for call in step.checks {
                    let result = try tenant.evaluate(call.check, arguments: bind(call.arguments), context: CheckContext())
                    #expect(
                        result.status != .fail,
                        "\(step.id) \(call.check.rawValue): \(result.summary.english) \(result.subjects.prefix(3).map(\.id))")
                }
            }
        }
    }
}
