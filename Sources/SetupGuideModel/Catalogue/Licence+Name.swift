/// The names people read for each licence, the one place they are kept: the wizard's choices,
/// the engine's summaries and the receipt use them, always followed by the part number.
extension Licence {
    /// The licence's name in both languages, without its part number.
    public var name: BilingualText {
        switch self {
        case .phoneSystem: .init("Teams Phone Standard (Phone System)", "Teams Phone Standard (Système téléphonique)")
        case .domesticCallingPlan: .init("Domestic Calling Plan", "Forfait d'appels national")
        case .internationalCallingPlan: .init("Domestic and International Calling Plan", "Forfait d'appels national et international")
        case .domesticCallingPlan120: .init("Domestic Calling Plan, 120 minutes", "Forfait d'appels national, 120 minutes")
        case .payAsYouGoCallingPlan: .init("Pay-as-you-go Calling Plan", "Forfait d'appels à l'usage")
        case .audioConferencing: .init("Audio Conferencing", "Audioconférence")
        case .communicationsCredits: .init("Communications Credits", "Crédits de communication")
        case .virtualUser: .init("Teams Phone Resource Account", "Compte de ressources Teams Phone")
        case .e5: .init("Office 365 E5", "Office 365 E5")
        }
    }

    /// The name followed by the part number: « Forfait d'appels national (MCOPSTN1) ».
    public var label: BilingualText { .init("\(name.english) (\(rawValue))", "\(name.french) (\(rawValue))") }
}
