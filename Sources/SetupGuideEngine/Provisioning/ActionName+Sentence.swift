public import SetupGuideModel
internal import SetupGuidePlanning

/// An engine call before it runs, as a sentence an admin reads: « Acheter 15 licences Forfait
/// d'appels national et international (MCOPSTN2) ». The actions' outcomes say what happened;
/// these say what will happen, from the same names (licences, connectivity, number kinds).
extension ActionName {
    /// The call with `arguments` in words. `countries` names a country code; an action without
    /// a sentence of its own says what it does, from the catalogue.
    public func sentence(_ arguments: [String: String], countries: (String) -> Country? = { _ in nil }) -> BilingualText {
        let named = arguments["country"].flatMap(countries).map { BilingualText($0.nameEnglish, $0.nameFrench) }
        let a = CallWords(arguments: arguments, countryName: named)
        switch self {
        case .tenantSetCountry:
            return .init("Record the organisation's country: \(a.country.english)", "Enregistrer le pays de l'organisation : \(a.country.french)")
        case .tenantSetConnectivity:
            let name = arguments["connectivity"].flatMap(Connectivity.init(rawValue:))
            return .init("Record how calls reach the telephone network: \(name?.label(in: .english) ?? a.value("connectivity"))",
                         "Enregistrer le mode de connexion au réseau téléphonique : \(name?.label(in: .french) ?? a.value("connectivity"))")
        case .licencesBuy:
            let licences = a.counted("quantity", ("licence", "licences"), ("licence", "licences"))
            return .init("Buy \(licences.english): \(a.licence.english)", "Acheter \(licences.french) : \(a.licence.french)")
        case .licencesAssign:
            return .init("Give \(a.licence.english) \(a.toUsers(default: UserSelector.voice).english)",
                         "Attribuer \(a.licence.french) \(a.toUsers(default: UserSelector.voice).french)")
        case .usersImport:
            return .init("Import the users of \(a.value("file"))", "Importer les utilisateurs de \(a.value("file"))")
        case .numbersSearch:
            return .init("Search and reserve \(a.numbers.english)\(a.place.english) for 10 minutes",
                         "Chercher et réserver \(a.numbers.french)\(a.place.french) pendant 10 minutes")
        case .numbersAcquire:
            return .init("Acquire the reserved numbers", "Acquérir les numéros réservés")
        case .numbersRelease:
            return .init("Give the reserved numbers back", "Rendre les numéros réservés")
        case .numbersRequest:
            return .init("Record a request form for \(a.numbers.english)\(a.place.english)",
                         "Enregistrer une demande par formulaire de \(a.numbers.french)\(a.place.french)")
        case .numbersPort:
            let from = arguments["carrier"].map { BilingualText(" from \($0)", " depuis \($0)") } ?? .init("", "")
            return .init("Order the transfer of \(a.numbers.english)\(from.english)", "Commander le transfert de \(a.numbers.french)\(from.french)")
        case .addressesCreate:
            let name = arguments["description"].flatMap { $0.isEmpty ? nil : $0 }
                ?? [arguments["street"], arguments["city"]].compactMap { $0 }.joined(separator: ", ")
            return .init("Save the emergency address “\(name)”", "Enregistrer l'adresse d'urgence « \(name) »")
        case .addressesValidate:
            return arguments["address"].map { .init("Have the emergency address “\($0)” validated", "Faire valider l'adresse d'urgence « \($0) »") }
                ?? .init("Have the emergency addresses not yet validated checked", "Faire valider les adresses d'urgence pas encore validées")
        case .addressesRemove:
            return .init("Remove the emergency address “\(a.value("address"))”", "Supprimer l'adresse d'urgence « \(a.value("address")) »")
        case .locationsCreate:
            return .init("Add the place “\(a.value("name"))” to “\(a.value("address"))”", "Ajouter le lieu « \(a.value("name")) » à « \(a.value("address")) »")
        case .locationsRemove:
            return .init("Remove the place “\(a.value("name"))” of “\(a.value("address"))”", "Supprimer le lieu « \(a.value("name")) » de « \(a.value("address")) »")
        case .numbersAssign:
            let at = arguments["address"].map { address in
                let place = arguments["location"].map { BilingualText(", \($0)", ", \($0)") } ?? .init("", "")
                return BilingualText(", emergency address “\(address)”\(place.english)", ", adresse d'urgence « \(address) »\(place.french)")
            } ?? .init("", "")
            if let number = arguments["number"] {
                return .init("Give \(number) \(a.toUsers(default: UserSelector.voice).english)\(at.english)", "Attribuer le \(number) \(a.toUsers(default: UserSelector.voice).french)\(at.french)")
            }
            return .init("Give a number \(a.toUsers(default: UserSelector.voice).english) without one\(at.english)",
                         "Attribuer un numéro \(a.toUsers(default: UserSelector.voice).french) qui n'en ont pas\(at.french)")
        case .numbersUnassign:
            return .init("Take back the number of \(a.value("user"))", "Retirer le numéro de \(a.value("user"))")
        case .usersNotify:
            return .init("Write \(a.toUsers(default: UserSelector.all).english) with their number", "Écrire \(a.toUsers(default: UserSelector.all).french) pour leur donner leur numéro")
        default:
            return .init(entry.summary, entry.summaryFrench)
        }
    }
}

/// The arguments of one call, in words.
private struct CallWords {
    let arguments: [String: String]
    let countryName: BilingualText?

    /// The argument as written, or a dash when absent.
    func value(_ name: String) -> String { arguments[name] ?? "—" }

    /// The country by name.
    var country: BilingualText {
        let code = value("country")
        return countryName ?? .init(code, code)
    }

    /// The licence by name and part number.
    var licence: BilingualText {
        let sku = value("sku")
        return Licence(rawValue: sku)?.label ?? .init(sku, sku)
    }

    /// `quantity` and the words that agree with it.
    func counted(_ name: String, _ english: (one: String, many: String), _ french: (one: String, many: String)) -> BilingualText {
        guard let count = arguments[name].flatMap({ Int($0) }) else {
            return .init("\(value(name)) \(english.many)", "\(value(name)) \(french.many)")
        }
        return .counting(count, english, french)
    }

    /// The numbers of the call's kind, counted: « 13 numéros d'utilisateur ».
    var numbers: BilingualText {
        let kind = arguments["type"].flatMap(NumberKind.init(rawValue:)) ?? .user
        guard let count = arguments["quantity"].flatMap({ Int($0) }) else { return kind.numbersName }
        return kind.counted(count)
    }

    /// Where the numbers are: « à Lyon », « (indicatif 04) ».
    var place: BilingualText {
        var text = BilingualText("", "")
        if let city = arguments["city"], !city.isEmpty { text = text.followed(by: .init(" in \(city)", " à \(city)")) }
        if let area = arguments["areaCode"], !area.isEmpty { text = text.followed(by: .init(" (area code \(area))", " (indicatif \(area))")) }
        return text
    }

    /// The users a call applies to, in words, after "to" / « à » (« aux utilisateurs… »).
    func toUsers(default fallback: UserSelector) -> BilingualText {
        switch arguments["users"].flatMap(UserSelector.init(parsing:)) ?? fallback {
        case .all: .init("to every user", "à tous les utilisateurs")
        case .voice: .init("to the voice users", "aux utilisateurs de la téléphonie")
        case .department(let name): .init("to the users of the department “\(name)”", "aux utilisateurs du service « \(name) »")
        case .users(let names) where names.count <= 3: .init("to " + names.joined(separator: ", "), "à " + names.joined(separator: ", "))
        case .users(let names):
            .init("to \(names.count) named users", "à \(names.count) utilisateurs nommés")
        }
    }
}
