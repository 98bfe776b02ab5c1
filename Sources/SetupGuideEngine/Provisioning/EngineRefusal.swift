public import SetupGuideModel
internal import SetupGuidePlanning

/// A domain rule refused an action: what was refused, why, and what to do next.
///
/// A refusal changes nothing in the tenant: the engine throws it inside the action's transaction,
/// which rolls back.
///
/// ```swift
/// do { try engine.buyLicences(.domesticCallingPlan, quantity: 10) }
/// catch let refusal as EngineRefusal { print(refusal.message(in: .french)) }
/// ```
public struct EngineRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// The rule that refused.
    public enum Kind: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
        case invalidArgument = "invalid-argument"
        case unknownCountry = "unknown-country"
        case countryNotSet = "country-not-set"
        case notFound = "not-found"
        case callingPlanNeedsPhoneSystem = "calling-plan-needs-phone-system"
        case userNeedsPhoneSystem = "user-needs-phone-system"
        case usageLocationMissing = "usage-location-missing"
        case notEnoughLicences = "not-enough-licences"
        case licenceNotSoldInCountry = "licence-not-sold-in-country"
        case invalidUserFile = "invalid-user-file"
        case useRequestForm = "use-request-form"
        case noCallingPlanNumbers = "no-calling-plan-numbers"
        case quotaExceeded = "quota-exceeded"
        case reservationExpired = "reservation-expired"
        case portNeedsAuthorisation = "port-needs-authorisation"
        case mixedPortOrder = "mixed-port-order"
        case invalidAddress = "invalid-address"
        case coordinatesRequired = "coordinates-required"
        case validatedAddressLocked = "validated-address-locked"
        case addressInUse = "address-in-use"
        case locationInUse = "location-in-use"
        case addressRequired = "address-required"
        case addressNotValidated = "address-not-validated"
        case countryMismatch = "country-mismatch"
        case areaMismatch = "area-mismatch"
        case noFreeNumber = "no-free-number"
        case userNotLicensed = "user-not-licensed"
        case capabilityMismatch = "capability-mismatch"
        case numberTaken = "number-taken"
        case userHasNumber = "user-has-number"
        case firstFundingTooSmall = "first-funding-too-small"
        case creditsRequired = "credits-required"
        case thirdPartyConferencing = "third-party-conferencing"
        case notYetSupported = "not-yet-supported"
    }

    /// The rule that refused.
    public let kind: Kind
    /// What was refused, such as "buy MCOPSTN1 licences".
    public let what: BilingualText
    /// Why the rule refused it.
    public let why: BilingualText
    /// What the admin can do next.
    public let next: BilingualText
    /// The users, numbers, addresses or files at fault.
    public let subjects: [String]

    /// Creates a refusal.
    public init(_ kind: Kind, what: BilingualText, why: BilingualText, next: BilingualText, subjects: [String] = []) {
        self.kind = kind
        self.what = what
        self.why = why
        self.next = next
        self.subjects = subjects
    }

    /// The whole message in `language`: what was refused, why, and what to do.
    public func message(in language: Language) -> String {
        let lead = BilingualText("Refused", "Refusé")[language]
        let separator = BilingualText(": ", " : ")[language]
        return "\(lead)\(separator)\(what.text(in: language)) (\(why.text(in: language))). \(next.text(in: language))"
    }

    /// The English message.
    public var description: String { message(in: .english) }
}
