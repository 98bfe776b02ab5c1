/// The closed catalogue of checks that prove a step is done.
///
/// A check reads the tenant (the rehearsal tenant or a folder of PowerShell exports) and passes,
/// fails with the subjects at fault, or does not apply.
public enum CheckName: String, Sendable, Equatable, CaseIterable, Codable {
    case countryCallingPlansOffered = "country.calling-plans-offered"
    case tenantConnectivityChosen = "tenant.connectivity-chosen"
    case licencesPurchased = "licences.purchased"
    case licencesAssigned = "licences.assigned"
    case licencesPhoneSystemWithCallingPlan = "licences.phone-system-with-calling-plan"
    case usersImported = "users.imported"
    case numbersAcquired = "numbers.acquired"
    case numbersWithinQuota = "numbers.within-quota"
    case reservationsNonePending = "reservations.none-pending"
    case requestsRecorded = "numbers.requests-recorded"
    case portsOrdered = "numbers.ports-ordered"
    case addressesPresent = "addresses.present"
    case addressesValidated = "addresses.validated"
    case usersHaveNumbers = "users.have-numbers"
    case numbersHaveEmergencyLocation = "numbers.have-emergency-location"
    case numbersCountryMatchesUser = "numbers.country-matches-user"
    case usersNotified = "users.notified"
    case conferencingProviderSet = "conferencing.provider-set"
    case conferencingBridgeHasNumber = "conferencing.bridge-has-number"
    case conferencingSettingsSet = "conferencing.settings-set"
    case resourceAccountsLicensed = "resource-accounts.licensed"
    case callQueuesHaveNumbers = "call-queues.have-numbers"
    case autoAttendantsHaveNumbers = "auto-attendants.have-numbers"
    case creditsFunded = "credits.funded"
    case creditsCoverTollFree = "credits.cover-toll-free"
    case manualRecorded = "manual.recorded"

    /// The catalogue entry: parameters and meaning.
    public var entry: CatalogueEntry {
        let (en, fr, parameters): (String, String, [ParameterSpec]) =
            switch self {
            case .countryCallingPlansOffered:
                ("Calling Plans are sold in the organisation's country.",
                 "Les forfaits d'appels sont vendus dans le pays de l'organisation.", [])
            case .tenantConnectivityChosen:
                ("A PSTN connectivity option is recorded.", "Un mode de connexion au RTC est enregistré.", [])
            case .licencesPurchased:
                ("At least `min` licences of the SKU are bought.", "Au moins `min` licences de la référence sont achetées.",
                 [ParameterSpec("sku", .sku, required: true, "SKU part number"),
                  ParameterSpec("min", .integer, "minimum count; default 1")])
            case .licencesAssigned:
                ("Every selected user has the SKU.", "Chaque utilisateur choisi a la référence.",
                 [ParameterSpec("sku", .sku, required: true, "SKU part number"),
                  ParameterSpec("users", .userSelector, "default voice users")])
            case .licencesPhoneSystemWithCallingPlan:
                ("Every user with a Calling Plan also has Phone System.",
                 "Chaque utilisateur doté d'un forfait d'appels a aussi le Système téléphonique.", [])
            case .usersImported:
                ("The tenant has at least one user.", "Le client a au moins un utilisateur.", [])
            case .numbersAcquired:
                ("At least `min` numbers of the type are acquired.", "Au moins `min` numéros du type sont acquis.",
                 [ParameterSpec("type", .numberType, "default user"), ParameterSpec("min", .integer, "default 1")])
            case .numbersWithinQuota:
                ("User and service numbers stay within their quotas.",
                 "Les numéros d'utilisateur et de service restent dans leurs quotas.", [])
            case .reservationsNonePending:
                ("No reservation was left open or expired without being completed.",
                 "Aucune réservation n'est restée ouverte ou n'a expiré sans être finalisée.", [])
            case .requestsRecorded:
                ("A request-form order is recorded.", "Une demande par formulaire est enregistrée.", [])
            case .portsOrdered:
                ("A port order is recorded.", "Une demande de transfert est enregistrée.", [])
            case .addressesPresent:
                ("At least `min` emergency addresses exist.", "Au moins `min` adresses d'urgence existent.",
                 [ParameterSpec("min", .integer, "default 1")])
            case .addressesValidated:
                ("Every emergency address passed validation.", "Chaque adresse d'urgence a été validée.", [])
            case .usersHaveNumbers:
                ("Every voice user has a number.", "Chaque utilisateur vocal a un numéro.",
                 [ParameterSpec("users", .userSelector, "default voice users")])
            case .numbersHaveEmergencyLocation:
                ("Every assigned user number has an emergency location.",
                 "Chaque numéro attribué a un lieu d'urgence.", [])
            case .numbersCountryMatchesUser:
                ("Each number is in its user's usage location.",
                 "Chaque numéro est dans le pays d'utilisation de son utilisateur.", [])
            case .usersNotified:
                ("Every user with a new number was told.", "Chaque utilisateur doté d'un numéro a été prévenu.", [])
            case .conferencingProviderSet:
                ("The audio conferencing provider is chosen.", "Le fournisseur d'audioconférence est choisi.", [])
            case .conferencingBridgeHasNumber:
                ("The bridge has a service number of the type.", "Le pont a un numéro de service du type.",
                 [ParameterSpec("type", .numberType, "toll or toll-free; default toll")])
            case .conferencingSettingsSet:
                ("Bridge languages and PIN length are set.", "Les langues du pont et la longueur du code sont définies.", [])
            case .resourceAccountsLicensed:
                ("Every resource account has a PHONESYSTEM_VIRTUALUSER licence.",
                 "Chaque compte de ressource a une licence PHONESYSTEM_VIRTUALUSER.", [])
            case .callQueuesHaveNumbers:
                ("Every call queue's resource account has a service number.",
                 "Le compte de ressource de chaque file d'attente a un numéro de service.", [])
            case .autoAttendantsHaveNumbers:
                ("Every auto attendant's resource account has a service number.",
                 "Le compte de ressource de chaque standard automatique a un numéro de service.", [])
            case .creditsFunded:
                ("Communications credits hold at least `min`.", "Les crédits de communication valent au moins `min`.",
                 [ParameterSpec("min", .amount, "default 50")])
            case .creditsCoverTollFree:
                ("Toll-free numbers have a positive credits balance behind them.",
                 "Les numéros gratuits sont couverts par un solde de crédits positif.", [])
            case .manualRecorded:
                ("Someone recorded who did the manual step, and when.",
                 "Quelqu'un a noté qui a fait l'étape manuelle, et quand.", [])
            }
        return CatalogueEntry(name: rawValue, summary: en, summaryFrench: fr, parameters: parameters, spendsMoney: false)
    }
}
