package import SetupGuideModel
package import SetupGuidePlanning

/// One factory per rule, so every refusal of a kind says the same thing in both languages.
extension EngineRefusal {
    /// Up to five subjects, then how many more.
    static func list(_ subjects: [String]) -> String {
        let shown = subjects.prefix(5).joined(separator: ", ")
        return subjects.count > 5 ? "\(shown) (+\(subjects.count - 5))" : shown
    }

    static func invalidArgument(_ name: String, _ english: String, _ french: String, what: BilingualText) -> EngineRefusal {
        .init(.invalidArgument, what: what, why: .init("'\(name)' \(english)", "'\(name)' \(french)"),
              next: .init("Correct the value and run the step again.", "Corrigez la valeur et relancez l'étape."), subjects: [name])
    }

    static func unknownCountry(_ code: String, what: BilingualText) -> EngineRefusal {
        .init(.unknownCountry, what: what,
              why: .init("the country '\(code)' is not in the country catalogue", "le pays '\(code)' n'est pas dans le catalogue des pays"),
              next: .init("Use an ISO code of content/countries.yaml, such as FR or US.", "Utilisez un code ISO de content/countries.yaml, comme FR ou US."),
              subjects: [code])
    }

    static func countryNotSet(what: BilingualText) -> EngineRefusal {
        .init(.countryNotSet, what: what,
              why: .init("the organisation's country is not recorded", "le pays de l'organisation n'est pas enregistré"),
              next: .init("Run tenant.set-country first, or give the country.", "Lancez d'abord tenant.set-country, ou indiquez le pays."))
    }

    package static func notFound(_ thing: BilingualText, _ subjects: [String], what: BilingualText) -> EngineRefusal {
        .init(.notFound, what: what,
              why: .init("no \(thing.english) \(list(subjects)) in the tenant", "aucun(e) \(thing.french) \(list(subjects)) dans le client"),
              next: .init("Check the name, or create it first.", "Vérifiez le nom, ou créez-le d'abord."), subjects: subjects)
    }

    static func callingPlanNeedsPhoneSystem(what: BilingualText) -> EngineRefusal {
        .init(.callingPlanNeedsPhoneSystem, what: what,
              why: .init("Calling Plans are offered only once Phone System (MCOEV) or E5 licences are bought",
                         "les forfaits d'appels ne sont proposés qu'une fois des licences Système téléphonique (MCOEV) ou E5 achetées"),
              next: .init("Buy MCOEV licences first, then the Calling Plan.", "Achetez d'abord des licences MCOEV, puis le forfait d'appels."))
    }

    static func userNeedsPhoneSystem(_ users: [String], what: BilingualText) -> EngineRefusal {
        .init(.userNeedsPhoneSystem, what: what,
              why: .init("a Calling Plan needs Phone System on the same user, and these users have none: \(list(users))",
                         "un forfait d'appels demande le Système téléphonique sur le même utilisateur, et ceux-ci ne l'ont pas : \(list(users))"),
              next: .init("Assign MCOEV (or E5) to these users first.", "Attribuez d'abord MCOEV (ou E5) à ces utilisateurs."), subjects: users)
    }

    static func usageLocationMissing(_ users: [String], what: BilingualText) -> EngineRefusal {
        .init(.usageLocationMissing, what: what,
              why: .init("a licence is used in the user's usage location, and these users have none: \(list(users))",
                         "une licence s'utilise dans le pays d'utilisation de l'utilisateur, et ceux-ci n'en ont pas : \(list(users))"),
              next: .init("Set UsageLocation in the user file and import it again.", "Renseignez UsageLocation dans le fichier d'utilisateurs et importez-le de nouveau."),
              subjects: users)
    }

    static func notEnoughLicences(_ sku: Licence, needed: Int, available: Int, what: BilingualText) -> EngineRefusal {
        .init(.notEnoughLicences, what: what,
              why: .init("\(needed) users need \(sku.rawValue) and only \(available) licences are free",
                         "\(needed) utilisateurs ont besoin de \(sku.rawValue) et seules \(available) licences sont libres"),
              next: .init("Buy at least \(needed - available) more \(sku.rawValue) licences, or select fewer users.",
                          "Achetez au moins \(needed - available) licences \(sku.rawValue) de plus, ou choisissez moins d'utilisateurs."))
    }

    static func licenceNotSoldInCountry(_ sku: Licence, country: Country, subjects: [String], what: BilingualText) -> EngineRefusal {
        .init(.licenceNotSoldInCountry, what: what,
              why: .init("\(sku.rawValue) is not sold in \(country.nameEnglish)", "\(sku.rawValue) n'est pas vendu en \(country.nameFrench)"),
              next: .init("Choose a Calling Plan sold there (\(country.callingPlanSKUs.map(\.rawValue).joined(separator: ", "))), or another connectivity.",
                          "Choisissez un forfait vendu dans ce pays (\(country.callingPlanSKUs.map(\.rawValue).joined(separator: ", "))), ou un autre mode de connexion."),
              subjects: subjects)
    }

    static func invalidUserFile(_ source: String, problem: UserFile.Problem, what: BilingualText) -> EngineRefusal {
        let field = problem.field.map { ", field \($0)" } ?? ""
        let champ = problem.field.map { ", champ \($0)" } ?? ""
        return .init(.invalidUserFile, what: what,
              why: .init("\(source) line \(problem.line)\(field): \(problem.reason.english)", "\(source) ligne \(problem.line)\(champ) : \(problem.reason.french)"),
              next: .init("Correct that line; nothing from the file was imported.", "Corrigez cette ligne ; rien du fichier n'a été importé."),
              subjects: ["\(source):\(problem.line)"])
    }

    static func unreadableUserFile(_ path: String, what: BilingualText) -> EngineRefusal {
        .init(.invalidUserFile, what: what,
              why: .init("the file cannot be read", "le fichier ne peut pas être lu"),
              next: .init("Check the path and that the file may be read.", "Vérifiez le chemin et que le fichier peut être lu."),
              subjects: [path])
    }

    static func useRequestForm(_ country: Country, kind: NumberKind, what: BilingualText) -> EngineRefusal {
        .init(.useRequestForm, what: what,
              why: .init("new \(kind.rawValue) numbers in \(country.nameEnglish) are not offered in the admin centre",
                         "les nouveaux numéros \(kind.frenchPlural) en \(country.nameFrench) ne sont pas proposés dans le centre d'administration"),
              next: .init("Order them with the request form (numbers.request), or port existing numbers.",
                          "Commandez-les avec le formulaire de demande (numbers.request), ou transférez des numéros existants."),
              subjects: [country.code])
    }

    static func quotaExceeded(_ kind: NumberKind, used: Int, quota: Int, asked: Int, what: BilingualText) -> EngineRefusal {
        let scope = kind == .user ? ("Calling Plan", "forfaits d'appels") : ("Phone System and Audio Conferencing", "Système téléphonique et Audioconférence")
        return .init(.quotaExceeded, what: what,
              why: .init("\(used) of \(quota) \(kind.rawValue) numbers are already held or asked for, and \(asked) more would exceed the quota",
                         "\(used) numéros \(kind.frenchPlural) sur \(quota) sont déjà détenus ou demandés, et \(asked) de plus dépasseraient le quota"),
              next: .init("Ask for at most \(max(quota - used, 0)), or buy more \(scope.0) licences to raise the quota.",
                          "Demandez-en au plus \(max(quota - used, 0)), ou achetez plus de licences \(scope.1) pour relever le quota."))
    }

    static func reservationExpired(_ id: String, released: Bool, what: BilingualText) -> EngineRefusal {
        .init(.reservationExpired, what: what,
              why: released
                ? .init("reservation \(id) was released", "la réservation \(id) a été rendue")
                : .init("reservation \(id) is more than 10 minutes old and its numbers went back to the pool",
                        "la réservation \(id) a plus de 10 minutes et ses numéros sont retournés au stock"),
              next: .init("Search again (numbers.search) and acquire within 10 minutes.", "Cherchez de nouveau (numbers.search) et acquérez dans les 10 minutes."),
              subjects: [id])
    }

    static func portNeedsAuthorisation(_ quantity: Int, what: BilingualText) -> EngineRefusal {
        .init(.portNeedsAuthorisation, what: what,
              why: .init("\(quantity) numbers is more than the porting wizard's 999, so it needs a manual order with a signed letter of authorisation",
                         "\(quantity) numéros dépassent les 999 de l'assistant de transfert : il faut une commande manuelle avec une lettre d'autorisation signée"),
              next: .init("Have the letter of authorisation signed, then run the step with authorisationSigned: true; or port at most 999 numbers.",
                          "Faites signer la lettre d'autorisation, puis relancez avec authorisationSigned: true ; ou transférez au plus 999 numéros."))
    }

    static func mixedPortOrder(what: BilingualText) -> EngineRefusal {
        .init(.mixedPortOrder, what: what,
              why: .init("user, toll and toll-free numbers need separate port orders", "les numéros d'utilisateur, payants et gratuits demandent des commandes de transfert séparées"),
              next: .init("Run one port order per type of number.", "Lancez une commande de transfert par type de numéro."))
    }

    static func invalidAddress(_ problems: [AddressValidator.FieldProblem], what: BilingualText) -> EngineRefusal {
        .init(.invalidAddress, what: what,
              why: .init(problems.map { "\($0.field): \($0.reason.english)" }.joined(separator: "; "),
                         problems.map { "\($0.field) : \($0.reason.french)" }.joined(separator: " ; ")),
              next: .init("Correct these fields and add the address again.", "Corrigez ces champs et ajoutez de nouveau l'adresse."),
              subjects: problems.map(\.field))
    }

    static func coordinatesRequired(_ country: Country, what: BilingualText) -> EngineRefusal {
        .init(.coordinatesRequired, what: what,
              why: .init("emergency addresses in \(country.nameEnglish) need latitude and longitude",
                         "les adresses d'urgence en \(country.nameFrench) demandent latitude et longitude"),
              next: .init("Add latitude and longitude (from a map) and add the address again.", "Ajoutez latitude et longitude (relevées sur une carte) et ajoutez de nouveau l'adresse."),
              subjects: ["Latitude", "Longitude"])
    }

    static func validatedAddressLocked(_ id: String, what: BilingualText) -> EngineRefusal {
        .init(.validatedAddressLocked, what: what,
              why: .init("address \(id) is validated, and a validated address cannot be edited", "l'adresse \(id) est validée, et une adresse validée ne peut pas être modifiée"),
              next: .init("Create a new address with another description, move users and numbers to it, then remove the old one.",
                          "Créez une nouvelle adresse avec une autre description, déplacez-y utilisateurs et numéros, puis supprimez l'ancienne."),
              subjects: [id])
    }

    static func addressInUse(_ id: String, by users: [String], what: BilingualText) -> EngineRefusal {
        .init(.addressInUse, what: what,
              why: .init("address \(id) is used by \(list(users))", "l'adresse \(id) est utilisée par \(list(users))"),
              next: .init("Move these numbers to another address first.", "Déplacez d'abord ces numéros vers une autre adresse."),
              subjects: users)
    }

    static func locationInUse(_ id: String, by users: [String], isDefault: Bool, what: BilingualText) -> EngineRefusal {
        .init(.locationInUse, what: what,
              why: isDefault
                ? .init("\(id) is its address's default location", "\(id) est le lieu par défaut de son adresse")
                : .init("place \(id) is used by \(list(users))", "le lieu \(id) est utilisé par \(list(users))"),
              next: isDefault
                ? .init("Remove the whole address instead.", "Supprimez plutôt l'adresse entière.")
                : .init("Move these numbers to another place first.", "Déplacez d'abord ces numéros vers un autre lieu."),
              subjects: users.isEmpty ? [id] : users)
    }

    static func addressRequired(_ country: Country, atAcquisition: Bool, subjects: [String], what: BilingualText) -> EngineRefusal {
        .init(.addressRequired, what: what,
              why: atAcquisition
                ? .init("in \(country.nameEnglish) the emergency address comes with the number", "en \(country.nameFrench) l'adresse d'urgence accompagne le numéro")
                : .init("in \(country.nameEnglish) the emergency address is given when the number is assigned",
                        "en \(country.nameFrench) l'adresse d'urgence est donnée à l'attribution du numéro"),
              next: .init("Create and validate an emergency address, then give it with 'address'.",
                          "Créez et validez une adresse d'urgence, puis indiquez-la avec 'address'."),
              subjects: subjects)
    }

    static func addressNotValidated(_ id: String, status: ValidationStatus, what: BilingualText) -> EngineRefusal {
        .init(.addressNotValidated, what: what,
              why: .init("address \(id) is \(status.rawValue), not Valid", "l'adresse \(id) est \(status.rawValue), pas Valid"),
              next: status == .invalid
                ? .init("Correct the address and create it again, or open a service request (a validation request in the US).",
                        "Corrigez l'adresse et créez-la de nouveau, ou ouvrez une demande de service (une demande de validation aux États-Unis).")
                : .init("Validate it first (addresses.validate).", "Validez-la d'abord (addresses.validate)."),
              subjects: [id])
    }

    static func countryMismatch(_ why: BilingualText, subjects: [String], what: BilingualText) -> EngineRefusal {
        .init(.countryMismatch, what: what, why: why,
              next: .init("User, number and address must be in the same country; choose ones that are.",
                          "Utilisateur, numéro et adresse doivent être dans le même pays ; choisissez-en qui le sont."),
              subjects: subjects)
    }

    static func noFreeNumber(_ country: Country, needed: Int, free: Int, city: String? = nil, what: BilingualText) -> EngineRefusal {
        let inCity = city.map { (" in \($0)", " à \($0)") } ?? ("", "")
        return .init(.noFreeNumber, what: what,
              why: .init("\(needed) users in \(country.nameEnglish) need a number and \(free) acquired numbers\(inCity.0) are free",
                         "\(needed) utilisateurs en \(country.nameFrench) ont besoin d'un numéro et \(free) numéros acquis\(inCity.1) sont libres"),
              next: .init("Get \(needed - free) more user numbers in \(country.code) (search and acquire, request or port).",
                          "Obtenez \(needed - free) numéros d'utilisateur de plus en \(country.code) (recherche et acquisition, demande ou transfert)."),
              subjects: [country.code])
    }

    static func userNotLicensed(_ users: [String], what: BilingualText) -> EngineRefusal {
        .init(.userNotLicensed, what: what,
              why: .init("a Calling Plan number needs Phone System and a Calling Plan on the user, and these users lack one: \(list(users))",
                         "un numéro de forfait d'appels demande le Système téléphonique et un forfait sur l'utilisateur, et il en manque un à ceux-ci : \(list(users))"),
              next: .init("Assign MCOEV and a Calling Plan to these users first.", "Attribuez d'abord MCOEV et un forfait d'appels à ces utilisateurs."),
              subjects: users)
    }

    static func capabilityMismatch(_ number: String, capability: String, what: BilingualText) -> EngineRefusal {
        .init(.capabilityMismatch, what: what,
              why: .init("\(number) is a service number (\(capability)) and cannot go to a user",
                         "le \(number) est un numéro de service (\(capability)) et ne peut pas aller à un utilisateur"),
              next: .init("Pick a user number, or give this one to a bridge, queue or attendant.",
                          "Choisissez un numéro d'utilisateur, ou donnez celui-ci à un pont, une file ou un standard."),
              subjects: [number])
    }

    static func numberTaken(_ number: String, by holder: String, what: BilingualText) -> EngineRefusal {
        .init(.numberTaken, what: what,
              why: .init("\(number) already belongs to \(holder)", "le \(number) appartient déjà à \(holder)"),
              next: .init("Pick a free number, or unassign it from \(holder) first.", "Choisissez un numéro libre, ou retirez-le d'abord à \(holder)."),
              subjects: [number, holder])
    }

    static func userHasNumber(_ upn: String, _ number: String, what: BilingualText) -> EngineRefusal {
        .init(.userHasNumber, what: what,
              why: .init("\(upn) already has \(number)", "\(upn) a déjà le \(number)"),
              next: .init("Unassign that number first (numbers.unassign).", "Retirez d'abord ce numéro (numbers.unassign)."),
              subjects: [upn, number])
    }

    static func firstFundingTooSmall(_ amount: Double, what: BilingualText) -> EngineRefusal {
        .init(.firstFundingTooSmall, what: what,
              why: .init("the first funding of communications credits is at least 50 USD, not \(amount.amountText)",
                         "le premier approvisionnement des crédits de communication est d'au moins 50 USD, pas \(amount.amountText)"),
              next: .init("Fund at least 50.", "Approvisionnez au moins 50."))
    }

    static func creditsRequired(_ reason: BilingualText, what: BilingualText) -> EngineRefusal {
        .init(.creditsRequired, what: what, why: reason,
              next: .init("Fund communications credits first (step: Set up Communications Credits).",
                          "Approvisionnez d'abord les crédits de communication (étape : Mettre en place les crédits de communication)."))
    }

    static func notYetSupported(_ action: ActionName) -> EngineRefusal {
        .init(.notYetSupported, what: StepArguments(action: action, values: [:]).what,
              why: .init("the rehearsal tenant does not simulate this action yet", "le client de répétition ne simule pas encore cette action"),
              next: .init("Do this step by hand in the Teams admin centre and record it.", "Faites cette étape à la main dans le centre d'administration Teams et notez-la."),
              subjects: [action.rawValue])
    }

    static func thirdPartyConferencing(what: BilingualText) -> EngineRefusal {
        .init(.thirdPartyConferencing, what: what,
              why: .init("Teams meetings cannot use a third-party audio conferencing provider", "les réunions Teams ne peuvent pas utiliser un fournisseur d'audioconférence tiers"),
              next: .init("Choose Microsoft as the provider.", "Choisissez Microsoft comme fournisseur."))
    }

    static func noFreeServiceNumber(_ kind: NumberKind, what: BilingualText) -> EngineRefusal {
        .init(.noFreeNumber, what: what,
              why: .init("no acquired \(kind.rawValue) service number is free", "aucun numéro de service \(kind.frenchSingular) acquis n'est libre"),
              next: .init("Get a \(kind.rawValue) service number first (search and acquire, request or port).",
                          "Obtenez d'abord un numéro de service \(kind.frenchSingular) (recherche et acquisition, demande ou transfert)."),
              subjects: [kind.rawValue])
    }

    static func noCallingPlanNumbers(_ country: Country, connectivity: Connectivity?, what: BilingualText) -> EngineRefusal {
        let why: BilingualText = if let connectivity, connectivity != .callingPlan {
            .init("with \(connectivity.rawValue), user numbers come from your carrier, not from Microsoft",
                  "avec \(connectivity.rawValue), les numéros d'utilisateur viennent de votre opérateur, pas de Microsoft")
        } else {
            .init("Calling Plans are not sold in \(country.nameEnglish), so Microsoft has no user numbers there",
                  "les forfaits d'appels ne sont pas vendus en \(country.nameFrench) : Microsoft n'y a pas de numéros d'utilisateur")
        }
        return .init(.noCallingPlanNumbers, what: what, why: why,
              next: .init("Get the numbers through Operator Connect or Direct Routing, from your carrier.",
                          "Obtenez les numéros par Operator Connect ou le routage direct, auprès de votre opérateur."),
              subjects: [country.code])
    }

    static func areaMismatch(
        numberCity: String, addressCity: String, country: Country, subjects: [String], what: BilingualText
    ) -> EngineRefusal {
        .init(.areaMismatch, what: what,
              why: .init("in \(country.nameEnglish) the emergency address must lie in the number's area, and \(addressCity) is not \(numberCity)",
                         "en \(country.nameFrench) l'adresse d'urgence doit se trouver dans la zone du numéro, et \(addressCity) n'est pas \(numberCity)"),
              next: .init("Use an address in \(numberCity), or numbers of \(addressCity); otherwise the order ends Failed.",
                          "Utilisez une adresse à \(numberCity), ou des numéros de \(addressCity) ; sinon la commande échoue."),
              subjects: subjects)
    }
}
