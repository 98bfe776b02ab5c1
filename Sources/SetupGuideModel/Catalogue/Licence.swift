/// The licences (SKU part numbers) a Teams Phone setup deals with.
public enum Licence: String, Sendable, Equatable, CaseIterable, Codable {
    /// Phone System (Teams Phone Standard).
    case phoneSystem = "MCOEV"
    /// Domestic Calling Plan.
    case domesticCallingPlan = "MCOPSTN1"
    /// Domestic and International Calling Plan.
    case internationalCallingPlan = "MCOPSTN2"
    /// Domestic Calling Plan, 120 minutes.
    case domesticCallingPlan120 = "MCOPSTN5"
    /// Pay-as-you-go Calling Plan.
    case payAsYouGoCallingPlan = "MCOPSTNPP"
    /// Audio Conferencing.
    case audioConferencing = "MCOMEETADV"
    /// Communications Credits.
    case communicationsCredits = "MCOPSTNC"
    /// Phone System for resource accounts (call queues, auto attendants).
    case virtualUser = "PHONESYSTEM_VIRTUALUSER"
    /// Office 365 E5, which includes Phone System and Audio Conferencing.
    case e5 = "ENTERPRISEPREMIUM"

    /// Whether this licence is a Calling Plan.
    public var isCallingPlan: Bool {
        switch self {
        case .domesticCallingPlan, .internationalCallingPlan, .domesticCallingPlan120, .payAsYouGoCallingPlan:
            true
        default: false
        }
    }

    /// Whether this licence grants Phone System.
    public var grantsPhoneSystem: Bool { self == .phoneSystem || self == .e5 }

    /// Whether this licence grants Audio Conferencing.
    public var grantsAudioConferencing: Bool { self == .audioConferencing || self == .e5 }
}

/// How the organisation reaches the public telephone network.
public enum Connectivity: String, Sendable, Equatable, CaseIterable, Codable {
    /// Microsoft is the carrier and sells the numbers.
    case callingPlan = "calling-plan"
    /// A partner carrier connects through the Teams admin centre.
    case operatorConnect = "operator-connect"
    /// The organisation's own session border controllers.
    case directRouting = "direct-routing"
}

/// The optional features an admin can choose for a plan.
public enum Feature: String, Sendable, Equatable, CaseIterable, Codable {
    case audioConferencing = "audio-conferencing"
    case callQueues = "call-queues"
    case autoAttendants = "auto-attendants"
    case tollFree = "toll-free"
    case porting
}
