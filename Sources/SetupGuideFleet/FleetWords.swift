public import SetupGuideModel

/// The words of a fleet's report, in both languages: one line per check across the fleet and
/// one verdict per client.
public enum FleetWords {
    /// What the clients failing a check have, as the end of "12 clients have …" /
    /// « 12 clients ont … » (the same words suit one client and many; a French object that
    /// starts with « aucun » takes « n'ont »).
    static let objects: [String: BilingualText] = [
        "country.calling-plans-offered": .init("a country where Calling Plans are not sold", "un pays où les forfaits d'appels ne sont pas vendus"),
        "tenant.connectivity-chosen": .init("no PSTN connectivity recorded", "aucune connectivité RTC enregistrée"),
        "licences.purchased": .init("too few licences bought", "trop peu de licences achetées"),
        "licences.assigned": .init("users without the licence they need", "des utilisateurs sans la licence requise"),
        "licences.phone-system-with-calling-plan": .init("Calling Plan users without Phone System", "des utilisateurs avec forfait d'appels mais sans Phone System"),
        "users.imported": .init("users missing or outside the country", "des utilisateurs absents ou hors du pays"),
        "numbers.acquired": .init("too few numbers acquired", "trop peu de numéros acquis"),
        "numbers.within-quota": .init("numbers beyond their quota", "des numéros au-delà de leur quota"),
        "reservations.none-pending": .init("number reservations left open", "des réservations de numéros restées ouvertes"),
        "numbers.requests-recorded": .init("no number request recorded", "aucune demande de numéros enregistrée"),
        "numbers.ports-ordered": .init("no port order recorded", "aucune commande de portage enregistrée"),
        "addresses.present": .init("too few emergency addresses", "trop peu d'adresses d'urgence"),
        "addresses.validated": .init("emergency addresses that failed validation", "des adresses d'urgence non validées"),
        "users.have-numbers": .init("voice users without a number", "des utilisateurs voix sans numéro"),
        "numbers.have-emergency-location": .init("numbers without an emergency location", "des numéros sans emplacement d'urgence"),
        "numbers.country-matches-user": .init("numbers outside their user's usage location", "des numéros hors du pays d'utilisation de leur utilisateur"),
        "users.notified": .init("users not told of their new number", "des utilisateurs non prévenus de leur nouveau numéro"),
        "conferencing.provider-set": .init("no audio conferencing provider chosen", "aucun fournisseur d'audioconférence choisi"),
        "conferencing.bridge-has-number": .init("a conferencing bridge without a service number", "un pont de conférence sans numéro de service"),
        "conferencing.settings-set": .init("conferencing bridge settings left unset", "des réglages du pont de conférence non définis"),
        "resource-accounts.licensed": .init("resource accounts without a PHONESYSTEM_VIRTUALUSER licence", "des comptes de ressources sans licence PHONESYSTEM_VIRTUALUSER"),
        "call-queues.have-numbers": .init("call queues without a service number", "des files d'attente sans numéro de service"),
        "auto-attendants.have-numbers": .init("auto attendants without a service number", "des standards automatiques sans numéro de service"),
        "credits.funded": .init("too few communications credits", "trop peu de crédits de communication"),
        "credits.cover-toll-free": .init("toll-free numbers without credits behind them", "des numéros gratuits sans crédits de communication"),
        "manual.recorded": .init("manual steps nobody recorded", "des étapes manuelles que personne n'a consignées"),
    ]

    /// "12 clients have numbers without an emergency location", « 1 client a … »; a check this
    /// table does not know reads "3 clients fail the check `name`".
    public static func checkLine(_ check: String, clients count: Int) -> BilingualText {
        let many = count != 1
        let manyFrench = count > 1
        let who = BilingualText("\(count) \(many ? "clients" : "client")", "\(count) \(manyFrench ? "clients" : "client")")
        guard let object = objects[check] else {
            return who.followed(by: .init(" \(many ? "fail" : "fails") the check \(check)",
                                          " \(manyFrench ? "échouent" : "échoue") à la vérification \(check)"))
        }
        let negative = object.french.hasPrefix("aucun")
        let verb = BilingualText(many ? " have " : " has ", negative ? (manyFrench ? " n'ont " : " n'a ") : (manyFrench ? " ont " : " a "))
        return who.followed(by: verb).followed(by: object)
    }

    /// "complete", "3 gaps", "unusable: reason".
    public static func verdict(_ client: FleetReport.Client) -> BilingualText {
        switch client.outcome {
        case .complete: .init("complete", "complet")
        case .gaps: .counting(client.gaps, ("gap", "gaps"), ("manque", "manques"))
        case .unusable: .init("unusable: ", "inutilisable : ").followed(by: .init(client.reason ?? "", client.reason ?? ""))
        }
    }

    /// The fleet in one line: "12 clients: 3 complete, 8 with gaps, 1 unusable".
    public static func totals(_ report: FleetReport) -> BilingualText {
        let t = report.totals
        return BilingualText.counting(t.clients, ("client", "clients"), ("client", "clients"))
            .followed(by: .init(": \(t.complete) complete, \(t.gaps) with gaps, \(t.unusable) unusable",
                                " : \(t.complete) \(t.complete > 1 ? "complets" : "complet"), \(t.gaps) avec des manques, \(t.unusable) \(t.unusable > 1 ? "inutilisables" : "inutilisable")"))
    }
}
