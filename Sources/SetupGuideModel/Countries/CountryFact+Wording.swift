extension CountryFact {
    /// A sentence saying what the fact's `value` means for `country`, in `language`.
    public func describe(value: String, for country: Country, in language: Language) -> String {
        let name = country.name(in: language)
        let yes = value == "true"
        switch self {
        case .iso:
            return BilingualText("this step is for other countries than \(name)", "cette étape concerne d'autres pays que : \(name)")[language]
        case .callingPlans:
            return yes
                ? BilingualText("Calling Plans are sold in \(name)", "les forfaits d'appels sont vendus dans ce pays (\(name))")[language]
                : BilingualText("Calling Plans are not sold in \(name)", "les forfaits d'appels ne sont pas vendus dans ce pays (\(name))")[language]
        case .emergencyAddressAt:
            return value == "acquisition"
                ? BilingualText("in \(name) the emergency address comes with the number, so it must exist before numbers are acquired",
                                "dans ce pays (\(name)), l'adresse d'urgence accompagne le numéro : elle doit exister avant l'acquisition des numéros")[language]
                : BilingualText("in \(name) the emergency address is given when the number is assigned to a user",
                                "dans ce pays (\(name)), l'adresse d'urgence est donnée au moment d'attribuer le numéro à un utilisateur")[language]
        case .newNumbers:
            return value == "request-form"
                ? BilingualText("in \(name) new numbers are ordered with a request form, not in the admin centre",
                                "dans ce pays (\(name)), les nouveaux numéros se commandent par formulaire, pas dans le centre d'administration")[language]
                : BilingualText("in \(name) new numbers are searched and acquired in the Teams admin centre",
                                "dans ce pays (\(name)), les nouveaux numéros se cherchent et s'acquièrent dans le centre d'administration Teams")[language]
        case .addressMatchesAreaCode:
            return yes
                ? BilingualText("in \(name) the emergency address must lie in the number's area code",
                                "dans ce pays (\(name)), l'adresse d'urgence doit se trouver dans la zone de l'indicatif du numéro")[language]
                : BilingualText("in \(name) the address need not match the area code",
                                "dans ce pays (\(name)), l'adresse n'a pas à correspondre à l'indicatif")[language]
        case .serviceNumbersInAdminCenter:
            return yes
                ? BilingualText("in \(name) service numbers are available in the admin centre",
                                "dans ce pays (\(name)), les numéros de service s'obtiennent dans le centre d'administration")[language]
                : BilingualText("in \(name) service numbers are not offered in the admin centre",
                                "dans ce pays (\(name)), les numéros de service ne sont pas proposés dans le centre d'administration")[language]
        case .partnerCarrier:
            return yes
                ? BilingualText("in \(name) Calling Plans are provided through a partner carrier",
                                "dans ce pays (\(name)), les forfaits d'appels passent par un opérateur partenaire")[language]
                : BilingualText("in \(name) Microsoft is the carrier", "dans ce pays (\(name)), Microsoft est l'opérateur")[language]
        case .emergencyCalling:
            return yes
                ? BilingualText("emergency calling is available in \(name)", "les appels d'urgence sont disponibles dans ce pays (\(name))")[language]
                : BilingualText("emergency calling is not available in \(name)",
                                "les appels d'urgence ne sont pas disponibles dans ce pays (\(name))")[language]
        case .latLongRequired:
            return yes
                ? BilingualText("in \(name) emergency addresses need latitude and longitude",
                                "dans ce pays (\(name)), les adresses d'urgence exigent latitude et longitude")[language]
                : BilingualText("in \(name) emergency addresses need no coordinates",
                                "dans ce pays (\(name)), les adresses d'urgence n'exigent pas de coordonnées")[language]
        }
    }
}

extension Connectivity {
    /// The option's name for people.
    public func label(in language: Language) -> String {
        switch self {
        case .callingPlan: BilingualText("Calling Plan", "Forfait d'appels")[language]
        case .operatorConnect: "Operator Connect"
        case .directRouting: BilingualText("Direct Routing", "Routage direct")[language]
        }
    }
}
