internal import Foundation
internal import GRDB
public import SetupGuideModel
internal import SetupGuidePlanning

extension RehearsalTenant {
    /// Chooses the audio conferencing provider. Needs Audio Conferencing (or E5) licences; a
    /// third-party provider is refused, as Teams meetings cannot use one.
    public func setConferencingProvider(_ provider: String, name: String?) throws {
        let what = BilingualText("choose the audio conferencing provider", "choisir le fournisseur d'audioconférence")
        try write { db in
            guard provider == "microsoft" else {
                if provider == "third-party" { throw EngineRefusal.thirdPartyConferencing(what: what) }
                throw EngineRefusal.invalidArgument("provider", "'\(provider)' is not microsoft or third-party", "'\(provider)' n'est ni microsoft ni third-party", what: what)
            }
            let licences = try purchased(where: \.grantsAudioConferencing, db)
            guard licences > 0 else { throw EngineRefusal.notEnoughLicences(.audioConferencing, needed: 1, available: 0, what: what) }
            try setConferencing("provider", provider, db)
        }
    }

    /// Gives the conferencing bridge a free service number of `type` (or `number`). A bridge that
    /// already has one of that type keeps it. Toll-free needs communications credits.
    @discardableResult
    public func assignBridgeNumber(type: NumberKind, number: String?) throws -> String {
        let what = BilingualText("give the bridge a \(type.rawValue) number", "donner au pont un numéro \(type.frenchSingular)")
        return try write { db in
            if let current = try String.fetchOne(
                db, sql: "SELECT telephoneNumber FROM numbers WHERE assignmentStatus = 'ConferenceAssigned' AND numberKind = ?",
                arguments: [type.rawValue])
            {
                return current
            }
            let chosen = try freeServiceNumber(type, number: number, capability: "ConferenceAssignment", what: what, db)
            try db.execute(
                sql: "UPDATE numbers SET assignedTo = 'conference-bridge', assignmentStatus = 'ConferenceAssigned' WHERE telephoneNumber = ?",
                arguments: [chosen])
            return chosen
        }
    }

    /// Sets the bridge's default and alternate languages.
    public func setConferencingLanguages(default language: String, alternates: [String]) throws {
        let what = BilingualText("set the bridge languages", "définir les langues du pont")
        for tag in [language] + alternates where !UserFile.isLanguageTag(tag) {
            throw EngineRefusal.invalidArgument("default", "'\(tag)' is not a language tag such as fr-FR", "'\(tag)' n'est pas une balise de langue comme fr-FR", what: what)
        }
        try write { db in
            try setConferencing("defaultLanguage", language, db)
            try setConferencing("alternateLanguages", alternates.joined(separator: ","), db)
        }
    }

    /// Sets the organiser PIN length, 4 to 12 digits.
    public func setConferencingPinLength(_ length: Int) throws {
        let what = BilingualText("set the PIN length", "définir la longueur du code")
        guard (4...12).contains(length) else {
            throw EngineRefusal.invalidArgument("length", "must be 4 to 12 digits, not \(length)", "doit valoir de 4 à 12 chiffres, pas \(length)", what: what)
        }
        try write { db in try setConferencing("pinLength", String(length), db) }
    }

    /// Chooses whether dial-in details are mailed to organisers.
    public func setConferencingInvitations(sendEmails: Bool) throws {
        try write { db in try setConferencing("sendEmails", String(sendEmails), db) }
    }

    /// Creates a resource account in the organisation's country and gives it a
    /// PHONESYSTEM_VIRTUALUSER licence. An existing account of the same UPN is left as it is.
    ///
    /// That licence is free, and the guides license the account in the same step, so the engine
    /// adds it to the licences bought rather than asking for a purchase first.
    public func createResourceAccount(upn: String, name: String, kind: String) throws {
        let what = BilingualText("create the resource account \(upn)", "créer le compte de ressource \(upn)")
        guard ["call-queue", "auto-attendant"].contains(kind) else {
            throw EngineRefusal.invalidArgument("kind", "'\(kind)' is not call-queue or auto-attendant", "'\(kind)' n'est ni call-queue ni auto-attendant", what: what)
        }
        guard UserFile.isUserPrincipalName(upn) else {
            throw EngineRefusal.invalidArgument("upn", "'\(upn)' is not a user principal name", "'\(upn)' n'est pas un nom d'utilisateur principal", what: what)
        }
        try write { db in
            if let existing = try String.fetchOne(db, sql: "SELECT accountKind FROM users WHERE upn = ?", arguments: [upn]) {
                if existing == kind { return }
                throw EngineRefusal.invalidArgument("upn", "'\(upn)' is already a \(existing) account", "'\(upn)' est déjà un compte \(existing)", what: what)
            }
            guard let country = try setting("country", db) else { throw EngineRefusal.countryNotSet(what: what) }
            let stock = try stock(.virtualUser, db)
            try db.execute(
                sql: "INSERT INTO licences (sku, purchased) VALUES (?, ?) ON CONFLICT(sku) DO UPDATE SET purchased = max(purchased, excluded.purchased)",
                arguments: [Licence.virtualUser.rawValue, stock.assigned + 1])
            try db.execute(
                sql: "INSERT INTO users (upn, displayName, usageLocation, accountKind) VALUES (?, ?, ?, ?)",
                arguments: [upn, name, country, kind])
            try db.execute(sql: "INSERT INTO userLicences (upn, sku) VALUES (?, ?)", arguments: [upn, Licence.virtualUser.rawValue])
        }
    }

    /// Creates a call queue or auto attendant behind a resource account of the same kind; the same
    /// name again is left as it is.
    public func createVoiceApplication(
        kind: String, name: String, resourceAccount: String, language: String?, timeZone: String?, operator: String?, agents: String?
    ) throws {
        let what = kind == "call-queue"
            ? BilingualText("create the call queue '\(name)'", "créer la file d'attente '\(name)'")
            : BilingualText("create the auto attendant '\(name)'", "créer le standard automatique '\(name)'")
        try write { db in
            if try String.fetchOne(db, sql: "SELECT name FROM voiceApplications WHERE name = ?", arguments: [name]) != nil { return }
            guard let account = try String.fetchOne(db, sql: "SELECT accountKind FROM users WHERE upn = ?", arguments: [resourceAccount]),
                account == kind
            else {
                throw EngineRefusal.notFound(.init("\(kind) resource account", "compte de ressource \(kind)"), [resourceAccount], what: what)
            }
            if let language, !UserFile.isLanguageTag(language) {
                throw EngineRefusal.invalidArgument("language", "'\(language)' is not a language tag", "'\(language)' n'est pas une balise de langue", what: what)
            }
            try db.execute(
                sql: "INSERT INTO voiceApplications (name, kind, resourceAccount, language, timeZone, operator, agents) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [name, kind, resourceAccount, language, timeZone, `operator`, agents])
        }
    }

    /// Gives a resource account a free service number. An account that has one keeps it.
    @discardableResult
    public func assignServiceNumber(resourceAccount: String, type: NumberKind, number: String?) throws -> String {
        let what = BilingualText("give \(resourceAccount) a \(type.rawValue) number", "donner à \(resourceAccount) un numéro \(type.frenchSingular)")
        return try write { db in
            guard let kind = try String.fetchOne(db, sql: "SELECT accountKind FROM users WHERE upn = ?", arguments: [resourceAccount]),
                kind != "person"
            else { throw EngineRefusal.notFound(.init("resource account", "compte de ressource"), [resourceAccount], what: what) }
            if let current = try String.fetchOne(db, sql: "SELECT telephoneNumber FROM numbers WHERE assignedTo = ?", arguments: [resourceAccount]) {
                return current
            }
            let chosen = try freeServiceNumber(type, number: number, capability: "VoiceApplicationAssignment", what: what, db)
            try db.execute(
                sql: "UPDATE numbers SET assignedTo = ?, assignmentStatus = 'VoiceApplicationAssigned' WHERE telephoneNumber = ?",
                arguments: [resourceAccount, chosen])
            return chosen
        }
    }

    /// Brings the communications credits funded to at least `amount` (a total, so running the step
    /// twice pays once). The first funding is at least 50.
    @discardableResult
    public func fundCredits(amount: Double, currency: String) throws -> Double {
        let what = BilingualText("fund communications credits", "approvisionner les crédits de communication")
        return try write { db in
            let funded = try Double.fetchOne(db, sql: "SELECT coalesce(sum(amount), 0) FROM creditTransactions") ?? 0
            if funded >= amount { return try creditBalance(db) }
            if funded == 0, amount < 50 { throw EngineRefusal.firstFundingTooSmall(amount, what: what) }
            try db.execute(
                sql: "INSERT INTO creditTransactions (amount, currency, createdAt) VALUES (?, ?, ?)",
                arguments: [amount - funded, currency, clock.now().timeIntervalSince1970])
            return try creditBalance(db)
        }
    }

    /// Sets automatic recharge.
    public func setCreditsAutoRecharge(enabled: Bool, trigger: Double?, amount: Double?) throws {
        let what = BilingualText("set automatic recharge", "régler la recharge automatique")
        if enabled, trigger == nil || amount == nil {
            throw EngineRefusal.invalidArgument("trigger", "and 'amount' are required to recharge automatically", "et 'amount' sont obligatoires pour recharger automatiquement", what: what)
        }
        try write { db in
            let value = enabled ? "\(trigger ?? 0):\(amount ?? 0)" : "off"
            if try setting("credits.autoRecharge", db) != value { try setSetting("credits.autoRecharge", value, db) }
        }
    }

    // MARK: - Helpers

    func setConferencing(_ key: String, _ value: String, _ db: Database) throws {
        if try String.fetchOne(db, sql: "SELECT value FROM conferencing WHERE key = ?", arguments: [key]) == value { return }
        try db.execute(
            sql: "INSERT INTO conferencing (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }

    /// Funds less than 12 months old; the rehearsal tenant spends nothing.
    func creditBalance(_ db: Database) throws -> Double {
        let since = clock.now().addingTimeInterval(-365 * 24 * 3600).timeIntervalSince1970
        return try Double.fetchOne(db, sql: "SELECT coalesce(sum(amount), 0) FROM creditTransactions WHERE createdAt > ?", arguments: [since]) ?? 0
    }

    func freeServiceNumber(_ type: NumberKind, number: String?, capability: String, what: BilingualText, _ db: Database) throws -> String {
        guard type.isService else {
            throw EngineRefusal.invalidArgument("type", "must be toll or toll-free", "doit valoir toll ou toll-free", what: what)
        }
        if type == .tollFree, try creditBalance(db) <= 0 {
            throw EngineRefusal.creditsRequired(
                .init("toll-free numbers are paid from communications credits, and the balance is zero",
                      "les numéros gratuits sont payés par les crédits de communication, et le solde est nul"), what: what)
        }
        if let number, !number.isEmpty {
            guard let row = try Row.fetchOne(
                db, sql: "SELECT numberKind, capability, assignedTo FROM numbers WHERE telephoneNumber = ? AND state = 'acquired'", arguments: [number])
            else { throw EngineRefusal.notFound(.init("acquired number", "numéro acquis"), [number], what: what) }
            let caps: String = row["capability"]
            guard caps.split(separator: ",").contains(Substring(capability)), (row["numberKind"] as String) == type.rawValue else {
                throw EngineRefusal.capabilityMismatch(number, capability: caps, what: what)
            }
            if let holder: String = row["assignedTo"] { throw EngineRefusal.numberTaken(number, by: holder, what: what) }
            return number
        }
        guard let free = try String.fetchOne(
            db, sql: """
                SELECT telephoneNumber FROM numbers WHERE numberKind = ? AND state = 'acquired' AND assignedTo IS NULL
                ORDER BY telephoneNumber LIMIT 1
                """, arguments: [type.rawValue])
        else { throw EngineRefusal.noFreeServiceNumber(type, what: what) }
        return free
    }

    /// Conferencing, voice applications and credits, from a step's string arguments.
    func performService(_ action: ActionName, _ input: StepArguments) throws -> ActionOutcome {
        // Rows written by this connection: cheap on a 100,000-user tenant, unlike comparing dumps.
        let before = try rowsWritten()
        let summary: BilingualText
        var values: [String: String] = [:]
        switch action {
        case .conferencingSetProvider:
            let provider = try input.required("provider")
            try setConferencingProvider(provider, name: input.optional("name"))
            summary = .init("Conferencing provider: \(provider)", "Fournisseur d'audioconférence : \(provider)")
        case .conferencingAssignBridgeNumber:
            let number = try assignBridgeNumber(type: try input.numberKind("type"), number: input.optional("number"))
            summary = .init("The bridge answers on \(number)", "Le pont répond au \(number)")
            values["number"] = number
        case .conferencingSetLanguages:
            let alternates = input.optional("alternates")?.split(separator: ",").map { String($0).trimmingSpaces() } ?? []
            try setConferencingLanguages(default: try input.required("default"), alternates: alternates)
            summary = .init("Bridge languages set", "Langues du pont définies")
        case .conferencingSetPinLength:
            try setConferencingPinLength(try input.integer("length"))
            summary = .init("PIN length set", "Longueur du code définie")
        case .conferencingSetInvitations:
            try setConferencingInvitations(sendEmails: try input.boolean("sendEmails", default: true))
            summary = .init("Invitation mails set", "Envoi des invitations réglé")
        case .resourceAccountsCreate:
            let upn = try input.required("upn")
            try createResourceAccount(upn: upn, name: try input.required("name"), kind: try input.required("kind"))
            summary = .init("Resource account \(upn) ready", "Compte de ressource \(upn) prêt")
        case .callQueuesCreate, .autoAttendantsCreate:
            let kind = action == .callQueuesCreate ? "call-queue" : "auto-attendant"
            let name = try input.required("name")
            try createVoiceApplication(
                kind: kind, name: name, resourceAccount: try input.required("resourceAccount"),
                language: action == .autoAttendantsCreate ? try input.required("language") : input.optional("language"),
                timeZone: input.optional("timeZone"), operator: input.optional("operator"), agents: input.optional("agents"))
            summary = kind == "call-queue"
                ? .init("Call queue '\(name)' ready", "File d'attente '\(name)' prête")
                : .init("Auto attendant '\(name)' ready", "Standard automatique '\(name)' prêt")
        case .serviceNumbersAssign:
            let account = try input.required("resourceAccount")
            let number = try assignServiceNumber(resourceAccount: account, type: try input.numberKind("type"), number: input.optional("number"))
            summary = .init("\(account) answers on \(number)", "\(account) répond au \(number)")
            values["number"] = number
        case .creditsFund:
            let balance = try fundCredits(amount: try input.amount("amount"), currency: input.optional("currency") ?? "USD")
            summary = .init("Communications credits: \(balance.amountText)", "Crédits de communication : \(balance.amountText)")
        case .creditsSetAutoRecharge:
            try setCreditsAutoRecharge(
                enabled: try input.boolean("enabled", default: false), trigger: try input.decimal("trigger"), amount: try input.decimal("amount"))
            summary = .init("Automatic recharge set", "Recharge automatique réglée")
        default:
            throw EngineRefusal.notYetSupported(action)
        }
        return outcome(action, try rowsWritten() != before, summary, values)
    }
}

extension StepArguments {
    func amount(_ name: String) throws -> Double {
        guard let value = try decimal(name) else { throw EngineRefusal.invalidArgument(name, "is required", "est obligatoire", what: what) }
        guard value > 0 else { throw EngineRefusal.invalidArgument(name, "must be positive", "doit être positif", what: what) }
        return value
    }
}
