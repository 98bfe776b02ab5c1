/// The closed catalogue of provisioning actions a guide step can call.
///
/// Each case is one typed method of the provisioning engine. A guide names an action by its raw
/// value, for example:
///
/// ```yaml
/// actions:
///   - do: numbers.search
///     with: { country: $country, city: $city, quantity: $quantity }
/// ```
public enum ActionName: String, Sendable, Equatable, CaseIterable, Codable {
    case tenantSetCountry = "tenant.set-country"
    case tenantSetConnectivity = "tenant.set-connectivity"
    case licencesBuy = "licences.buy"
    case licencesAssign = "licences.assign"
    case usersImport = "users.import"
    case numbersSearch = "numbers.search"
    case numbersAcquire = "numbers.acquire"
    case numbersRelease = "numbers.release"
    case numbersRequest = "numbers.request"
    case numbersPort = "numbers.port"
    case addressesCreate = "addresses.create"
    case addressesValidate = "addresses.validate"
    case addressesRemove = "addresses.remove"
    case locationsCreate = "locations.create"
    case locationsRemove = "locations.remove"
    case numbersAssign = "numbers.assign"
    case numbersUnassign = "numbers.unassign"
    case usersNotify = "users.notify"
    case conferencingSetProvider = "conferencing.set-provider"
    case conferencingAssignBridgeNumber = "conferencing.assign-bridge-number"
    case conferencingSetLanguages = "conferencing.set-languages"
    case conferencingSetPinLength = "conferencing.set-pin-length"
    case conferencingSetInvitations = "conferencing.set-invitations"
    case resourceAccountsCreate = "resource-accounts.create"
    case callQueuesCreate = "call-queues.create"
    case autoAttendantsCreate = "auto-attendants.create"
    case serviceNumbersAssign = "service-numbers.assign"
    case creditsFund = "credits.fund"
    case creditsSetAutoRecharge = "credits.set-auto-recharge"

    /// The catalogue entry: parameters, meaning, and whether it spends money.
    public var entry: CatalogueEntry {
        switch self {
        case .tenantSetCountry:
            e("Records the organisation's country, which decides the order of the steps.",
              "Enregistre le pays de l'organisation, qui décide de l'ordre des étapes.",
              [p("country", .country, required: true, "ISO code of the country")])
        case .tenantSetConnectivity:
            e("Records how the organisation reaches the telephone network.",
              "Enregistre la façon dont l'organisation rejoint le réseau téléphonique.",
              [p("connectivity", .connectivity, required: true, "calling-plan, operator-connect or direct-routing")])
        case .licencesBuy:
            e("Buys licences of one SKU.", "Achète des licences d'une référence.",
              [p("sku", .sku, required: true, "SKU part number, such as MCOEV"),
               p("quantity", .integer, required: true, "how many licences")], spends: true)
        case .licencesAssign:
            e("Assigns licences of one SKU to users.", "Attribue des licences d'une référence à des utilisateurs.",
              [p("sku", .sku, required: true, "SKU part number"),
               p("users", .userSelector, "'all', 'voice', 'department:NAME' or a UPN; default voice users")])
        case .usersImport:
            e("Imports users from a Microsoft 365 CSV export.", "Importe les utilisateurs d'un export CSV de Microsoft 365.",
              [p("file", .path, required: true, "CSV with UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage")])
        case .numbersSearch:
            e("Searches for new numbers and reserves them for 10 minutes.",
              "Cherche de nouveaux numéros et les réserve pendant 10 minutes.",
              [p("country", .country, required: true, "country of the numbers"),
               p("city", .string, "city or area"),
               p("areaCode", .string, "area code"),
               p("quantity", .integer, required: true, "how many numbers"),
               p("type", .numberType, "user, toll or toll-free; default user"),
               p("address", .string, "emergency address (description or id), where the country needs one at acquisition")])
        case .numbersAcquire:
            e("Acquires the numbers of a reservation before it expires.",
              "Acquiert les numéros d'une réservation avant son expiration.",
              [p("reservation", .string, "reservation id; default every open reservation")], spends: false)
        case .numbersRelease:
            e("Releases a reservation's numbers back to the pool.", "Rend au stock les numéros d'une réservation.",
              [p("reservation", .string, "reservation id; default every open reservation")])
        case .numbersRequest:
            e("Records a request-form order, for countries without new numbers in the admin centre.",
              "Enregistre une demande par formulaire, pour les pays sans nouveaux numéros dans le centre d'administration.",
              [p("country", .country, required: true, "country of the numbers"),
               p("city", .string, "city or area"),
               p("quantity", .integer, required: true, "how many numbers"),
               p("type", .numberType, "user, toll or toll-free; default user")])
        case .numbersPort:
            e("Ports numbers from the current carrier.", "Transfère des numéros depuis l'opérateur actuel.",
              [p("quantity", .integer, required: true, "how many numbers; over 999 needs a manual order"),
               p("type", .numberType, "user, toll or toll-free; each service type needs its own order"),
               p("carrier", .string, "current carrier"),
               p("authorisationSigned", .boolean, "whether the letter of authorisation is signed")])
        case .addressesCreate:
            e("Adds an emergency (civic) address.", "Ajoute une adresse d'urgence (adresse civique).",
              [p("company", .string, required: true, "company name"),
               p("houseNumber", .string, "house number"),
               p("street", .string, required: true, "street name"),
               p("city", .string, required: true, "city"),
               p("state", .string, "state or province"),
               p("postalCode", .string, "postal code"),
               p("country", .country, required: true, "ISO country code"),
               p("latitude", .string, "latitude, required except in AU and JP"),
               p("longitude", .string, "longitude, required except in AU and JP"),
               p("description", .string, "a name to find the address by"),
               p("elin", .string, "ELIN for direct routing")])
        case .addressesValidate:
            e("Validates an emergency address.", "Valide une adresse d'urgence.",
              [p("address", .string, "description or id; default every address not yet validated")])
        case .addressesRemove:
            e("Removes an emergency address that nothing uses.", "Supprime une adresse d'urgence inutilisée.",
              [p("address", .string, required: true, "description or id")])
        case .locationsCreate:
            e("Adds a place (building, floor, office) inside an address.",
              "Ajoute un lieu (bâtiment, étage, bureau) dans une adresse.",
              [p("address", .string, required: true, "description or id of the address"),
               p("name", .string, required: true, "name of the place")])
        case .locationsRemove:
            e("Removes a place that nothing uses.", "Supprime un lieu inutilisé.",
              [p("address", .string, required: true, "description or id of the address"),
               p("name", .string, required: true, "name of the place")])
        case .numbersAssign:
            e("Assigns a user number (and its emergency location) to each selected user.",
              "Attribue un numéro d'utilisateur (et son lieu d'urgence) à chaque utilisateur choisi.",
              [p("users", .userSelector, "who gets a number; default voice users without one"),
               p("address", .string, "emergency address (description or id), where the country needs one at assignment"),
               p("location", .string, "place inside the address")])
        case .numbersUnassign:
            e("Takes a number back from a user.", "Retire son numéro à un utilisateur.",
              [p("user", .userSelector, required: true, "UPN of the user")])
        case .usersNotify:
            e("Writes one mail per user telling them their new number.",
              "Écrit un courriel par utilisateur pour lui annoncer son numéro.",
              [p("users", .userSelector, "who is told; default users with a number"),
               p("outbox", .path, "folder for the .eml files")])
        case .conferencingSetProvider:
            e("Chooses the audio conferencing provider.", "Choisit le fournisseur d'audioconférence.",
              [p("provider", .provider, required: true, "microsoft or third-party"),
               p("name", .string, "name of the third-party provider")])
        case .conferencingAssignBridgeNumber:
            e("Gives the conferencing bridge a toll or toll-free service number.",
              "Donne au pont de conférence un numéro de service payant ou gratuit.",
              [p("type", .numberType, required: true, "toll or toll-free"),
               p("number", .e164, "a specific number; default the first free one")])
        case .conferencingSetLanguages:
            e("Sets the bridge's default and alternate languages.",
              "Définit les langues principale et secondaires du pont.",
              [p("default", .language, required: true, "language tag such as fr-FR"),
               p("alternates", .languageList, "comma-separated language tags")])
        case .conferencingSetPinLength:
            e("Sets the organiser PIN length (4 to 12 digits).",
              "Définit la longueur du code confidentiel de l'organisateur (4 à 12 chiffres).",
              [p("length", .integer, required: true, "number of digits")])
        case .conferencingSetInvitations:
            e("Chooses whether dial-in details are mailed to organisers automatically.",
              "Choisit si les coordonnées d'accès sont envoyées automatiquement aux organisateurs.",
              [p("sendEmails", .boolean, required: true, "true to mail organisers")])
        case .resourceAccountsCreate:
            e("Creates a resource account for a call queue or auto attendant and licenses it.",
              "Crée un compte de ressource pour une file d'attente ou un standard automatique et lui attribue sa licence.",
              [p("upn", .string, required: true, "user principal name of the account"),
               p("name", .string, required: true, "display name"),
               p("kind", .accountKind, required: true, "call-queue or auto-attendant")])
        case .callQueuesCreate:
            e("Creates a call queue behind a resource account.", "Crée une file d'attente derrière un compte de ressource.",
              [p("name", .string, required: true, "queue name"),
               p("resourceAccount", .string, required: true, "UPN of the resource account"),
               p("agents", .userSelector, "who answers"),
               p("language", .language, "language of the prompts")])
        case .autoAttendantsCreate:
            e("Creates an auto attendant behind a resource account.",
              "Crée un standard automatique derrière un compte de ressource.",
              [p("name", .string, required: true, "attendant name"),
               p("resourceAccount", .string, required: true, "UPN of the resource account"),
               p("language", .language, required: true, "language of the prompts"),
               p("timeZone", .string, "time zone id, such as Europe/Paris"),
               p("operator", .string, "UPN of the operator")])
        case .serviceNumbersAssign:
            e("Assigns a service number to a resource account.", "Attribue un numéro de service à un compte de ressource.",
              [p("resourceAccount", .string, required: true, "UPN of the resource account"),
               p("type", .numberType, required: true, "toll or toll-free"),
               p("number", .e164, "a specific number; default the first free one")])
        case .creditsFund:
            e("Adds funds to communications credits.", "Alimente les crédits de communication.",
              [p("amount", .amount, required: true, "amount; the first funding is at least 50 USD"),
               p("currency", .string, "ISO 4217 currency; default USD")], spends: true)
        case .creditsSetAutoRecharge:
            e("Sets automatic recharge of communications credits.",
              "Règle la recharge automatique des crédits de communication.",
              [p("enabled", .boolean, required: true, "true to recharge automatically"),
               p("trigger", .amount, "balance that triggers a recharge"),
               p("amount", .amount, "amount added each time")], spends: true)
        }
    }

    private func e(
        _ summary: String, _ french: String, _ parameters: [ParameterSpec], spends: Bool = false
    ) -> CatalogueEntry {
        CatalogueEntry(name: rawValue, summary: summary, summaryFrench: french, parameters: parameters, spendsMoney: spends)
    }

    private func p(_ name: String, _ type: ParameterType, required: Bool = false, _ summary: String) -> ParameterSpec {
        ParameterSpec(name, type, required: required, summary)
    }
}
