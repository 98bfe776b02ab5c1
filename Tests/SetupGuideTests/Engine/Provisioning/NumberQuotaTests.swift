import Foundation
import Testing
import SetupGuide

@Suite struct NumberQuotaTests {
    @Test(arguments: [(0, 0, 0), (1, 0, 12), (100, 0, 120), (101, 0, 122), (109, 0, 130), (110, 0, 131), (100, 5, 125), (0, 3, 13)])
    func userQuotaRoundsTenPercentUp(plans: Int, payAsYouGo: Int, expected: Int) {
        #expect(NumberQuota.userNumbers(callingPlanLicences: plans, payAsYouGoLicences: payAsYouGo) == expected)
    }

    @Test(arguments: [
        (0, 0), (1, 5), (25, 5), (26, 10), (49, 10), (50, 20), (99, 20), (100, 30), (150, 40), (200, 65), (499, 65),
        (500, 90), (750, 110), (1000, 125), (1250, 135), (1500, 160), (2000, 210), (3000, 420), (6999, 420), (7000, 500),
        (10_000, 600), (15_000, 700), (20_000, 1000), (49_999, 1000), (50_000, 1500), (200_000, 1500),
    ])
    func serviceQuotaFollowsTheTiers(licences: Int, expected: Int) {
        #expect(NumberQuota.serviceNumbers(phoneSystemAndConferencingLicences: licences) == expected)
    }

    @Test func numbersAreE164ForTheCountry() throws {
        let plan = try #require(NumberPlan.forCountry("FR"))
        let number = plan.number(area: "1", counter: 42)
        #expect(number == "+33100000042")
        #expect(E164.isValid(number))
        #expect(NumberPlan.forCountry("US")?.number(area: "206", counter: 7) == "+12060000007")
    }
}

@Suite struct NumberPlanCatalogueTests {
    @Test func everyCountryOfTheCatalogueHasANumberPlan() throws {
        let url = TestPaths.content.appendingPathComponent("countries.yaml")
        let catalogue = try CountryCatalogue.load(from: url)
        #expect(catalogue.countries.count > 30)
        let missing = catalogue.codes.filter { NumberPlan.forCountry($0) == nil }
        #expect(missing.isEmpty, "no number plan for \(missing)")
        for code in catalogue.codes {
            guard let plan = NumberPlan.forCountry(code) else { continue }
            for area in [plan.defaultArea, plan.tollFreeArea, "9" + plan.defaultArea] {
                let number = plan.number(area: area, counter: 123)
                #expect(E164.isValid(number), "\(code): \(number)")
                #expect(number.count == 1 + plan.callingCode.count + plan.nationalLength, "\(code): \(number)")
            }
        }
    }
}
