internal import SetupGuideModel
internal import SetupGuidePlanning

/// How many numbers the licences bought allow.
public enum NumberQuota {
    /// User numbers (same source as the service tiers below): calling-plan licences, plus 10 % of them rounded **up**, plus 10, plus one per
    /// pay-as-you-go licence. 100 licences give 120; 101 give 122 (10.1 rounds up to 11). No calling-plan licence at all
    /// gives no user number.
    public static func userNumbers(callingPlanLicences: Int, payAsYouGoLicences: Int) -> Int {
        guard callingPlanLicences > 0 || payAsYouGoLicences > 0 else { return 0 }
        let tenPercent = (callingPlanLicences + 9) / 10
        return callingPlanLicences + tenPercent + 10 + payAsYouGoLicences
    }

    /// Service numbers (toll and toll-free alike), by Phone System plus Audio Conferencing
    /// licences. An E5 licence counts once for each, as it includes both.
    ///
    /// The tiers are Microsoft's "How many phone numbers can you get" table (Teams/
    /// how-many-phone-numbers-can-you-get.md, 2023), as the project's DOMAIN.md copies it:
    /// 1-25 → 5, 26-49 → 10, 50-99 → 20, 100-149 → 30, 150-199 → 40, 200-499 → 65, 500-749 → 90,
    /// 750-999 → 110, 1000-1249 → 125, 1250-1499 → 135, 1500-1999 → 160, 2000-2999 → 210,
    /// 3000-6999 → 420, 7000-9999 → 500, 10000-14999 → 600, 15000-19999 → 700, 20000-49999 → 1000,
    /// 50000+ → 1500. Ported numbers count against no quota (same source).
    public static func serviceNumbers(phoneSystemAndConferencingLicences count: Int) -> Int {
        let tiers: [(from: Int, quota: Int)] = [
            (50_000, 1500), (20_000, 1000), (15_000, 700), (10_000, 600), (7000, 500), (3000, 420), (2000, 210),
            (1500, 160), (1250, 135), (1000, 125), (750, 110), (500, 90), (200, 65), (150, 40), (100, 30),
            (50, 20), (26, 10), (1, 5),
        ]
        return tiers.first { count >= $0.from }?.quota ?? 0
    }
}
