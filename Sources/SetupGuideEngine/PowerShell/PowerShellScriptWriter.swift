public import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning

/// Writes, in plan order, the Teams PowerShell that performs a plan's actions on a real tenant.
///
/// The script stops at the first error, looks before it creates so that it can run again,
/// says what it did, and carries the step titles as comments. Work that only the portal does
/// (buying licences, porting paperwork, request forms, credits) becomes comments that say what
/// to do. Inputs the answers file does not give become mandatory script parameters, which
/// PowerShell asks for when the script starts.
///
/// ```swift
/// let script = PowerShellScriptWriter(plan: plan, answers: answers).script()
/// ```
public struct PowerShellScriptWriter: Sendable {
    /// The plan to perform.
    public var plan: Plan
    /// Answers for the steps' inputs.
    public var answers: AnswersFile
    /// Where relative paths in answers (the users file) are resolved when read.
    public var baseDirectory: URL?

    /// Creates a writer.
    public init(plan: Plan, answers: AnswersFile = AnswersFile(), baseDirectory: URL? = nil) {
        self.plan = plan
        self.answers = answers
        self.baseDirectory = baseDirectory
    }

    private var language: Language { plan.language }

    /// A value in the script: a quoted literal, or a parameter the admin gives when running it.
    enum Value {
        case literal(String)
        case parameter(String)

        var code: String {
            switch self {
            case .literal(let text): PowerShellText.quoted(text)
            case .parameter(let name): name
            }
        }

        var literal: String? {
            if case .literal(let text) = self { return text }
            return nil
        }
    }

    /// The whole script.
    public func script() -> String {
        var parameters: [(name: String, help: String)] = []
        var body: [String] = []
        let steps = plan.steps
        for (index, planned) in steps.enumerated() {
            let step = planned.step
            body.append("")
            body.append("# " + String(repeating: "=", count: 76))
            body.append(PowerShellText.comment(BilingualText("Step", "Étape")[language] + " \(index + 1)/\(steps.count): \(step.title) [\(step.id)]"))
            if let because = planned.because { body.append(PowerShellText.comment("↳ " + because)) }
            body.append("# " + String(repeating: "=", count: 76))
            body.append("Write-Step " + PowerShellText.quoted("\(index + 1)/\(steps.count) \(step.title)"))
            if step.manual {
                body.append(PowerShellText.comment(BilingualText(
                    "Manual step: done by a person (see the guide). Record who did it and when.",
                    "Étape manuelle : faite par une personne (voir le guide). Notez qui l'a faite et quand.")[language]))
            }
            var values: [String: Value] = [:]
            for input in step.inputs {
                if let given = answers.inputs[step.id]?[input.id] ?? input.defaultValue {
                    values[input.id] = .literal(given)
                } else if input.required {
                    let name = PowerShellText.variable(step.id, input.id)
                    parameters.append((name, "\(step.title): \(input.label)"))
                    values[input.id] = .parameter(name)
                }
            }
            let context: [String: Value] = [
                "country": .literal(plan.options.country.code), "connectivity": .literal(plan.options.connectivity.rawValue),
                "lang": .literal(language.rawValue),
            ]
            if step.actions.isEmpty, !step.manual {
                body.append(PowerShellText.comment(BilingualText("Nothing to run: this step is read and decided.", "Rien à exécuter : cette étape se lit et se décide.")[language]))
            }
            for call in step.actions {
                var arguments: [String: Value] = [:]
                for argument in call.arguments {
                    switch argument.value {
                    case .literal(let text): arguments[argument.name] = .literal(text)
                    case .reference(let name):
                        if let value = values[name] ?? context[name] {
                            if case .literal(let text) = value, text.isEmpty { continue }
                            arguments[argument.name] = value
                        }
                    }
                }
                body += lines(for: call.action, arguments, step: step)
            }
        }
        var head: [String] = [
            PowerShellText.comment(BilingualText("Teams Phone setup for", "Mise en place de Teams Phone pour")[language] + " \(plan.options.country.name(in: language)) (\(plan.options.country.code))"),
            PowerShellText.comment(BilingualText("Connectivity: ", "Connectivité : ")[language] + plan.options.connectivity.label(in: language)
                + " · " + BilingualText("features: ", "fonctions : ")[language]
                + (plan.options.features.isEmpty ? BilingualText("none", "aucune")[language] : plan.options.features.map(\.rawValue).sorted().joined(separator: ", "))),
            PowerShellText.comment(BilingualText("Written by setup-guide from the guides; each step looks before it creates, so it can run again.",
                                     "Écrit par setup-guide à partir des guides ; chaque étape vérifie avant de créer : le script peut être relancé.")[language]),
            PowerShellText.comment(BilingualText("Before running: Connect-MicrosoftTeams; Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All",
                                     "Avant de lancer : Connect-MicrosoftTeams ; Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All")[language]),
            "#Requires -Modules MicrosoftTeams, Microsoft.Graph.Users, Microsoft.Graph.Identity.DirectoryManagement",
            "",
        ]
        head.append("[CmdletBinding()]")
        if parameters.isEmpty {
            head.append("param()")
        } else {
            head.append("param(")
            head.append(parameters.map { parameter in
                "    " + PowerShellText.comment(parameter.help) + "\n    [Parameter(Mandatory = $true)] [string] " + parameter.name
            }.joined(separator: ",\n"))
            head.append(")")
        }
        head += [
            "",
            "$ErrorActionPreference = 'Stop'",
            "Set-StrictMode -Version 3.0",
            "$AddressIds = @{}",
            "$LocationIds = @{}",
            "$Users = @()",
            "function Write-Step([string] $Text) { Write-Host ''; Write-Host ('== ' + $Text) }",
            "function Write-Done([string] $Text) { Write-Host ('   done: ' + $Text) }",
            "function Write-Kept([string] $Text) { Write-Host ('   already there: ' + $Text) }",
            "function Write-Todo([string] $Text) { Write-Host ('   to do by hand: ' + $Text) }",
        ]
        let tail = ["", "Write-Host ''", "Write-Host " + PowerShellText.quoted(BilingualText("All steps of the plan ran.", "Toutes les étapes du plan ont été exécutées.")[language])]
        return (head + body + tail).joined(separator: "\n") + "\n"
    }

    // MARK: - One action

    private func lines(for action: ActionName, _ arguments: [String: Value], step: Step) -> [String] {
        func value(_ name: String) -> Value? { arguments[name] }
        func code(_ name: String, _ fallback: String) -> String { value(name)?.code ?? PowerShellText.quoted(fallback) }
        func text(_ name: String) -> String { value(name)?.literal ?? value(name)?.code ?? "" }
        func todo(_ english: String, _ french: String) -> [String] {
            ["Write-Todo " + PowerShellText.quoted(BilingualText(english, french)[language])]
        }
        switch action {
        case .tenantSetCountry:
            return [PowerShellText.comment(BilingualText("Organisation country: ", "Pays de l'organisation : ")[language] + text("country"))]
        case .tenantSetConnectivity:
            return [PowerShellText.comment(BilingualText("PSTN connectivity: ", "Connexion au réseau téléphonique : ")[language] + text("connectivity"))]
        case .licencesBuy:
            let sku = text("sku")
            let quantity = value("quantity").flatMap(\.literal).flatMap(PowerShellText.integer) ?? "1"
            return [
                PowerShellText.comment(BilingualText("Buying is done in the Microsoft 365 admin center (Billing > Purchase services): ",
                                         "L'achat se fait dans le centre d'administration Microsoft 365 (Facturation > Acheter des services) : ")[language]
                                       + "\(quantity) × \(sku)"),
                "$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq \(code("sku", sku))",
                "if (-not $sku -or $sku.PrepaidUnits.Enabled -lt \(quantity)) {",
                "    throw " + PowerShellText.quoted(BilingualText("Buy \(quantity) \(sku) licences in the Microsoft 365 admin center, then run the script again.",
                                                       "Achetez \(quantity) licences \(sku) dans le centre d'administration Microsoft 365, puis relancez le script.")[language]),
                "}",
                "Write-Kept (" + PowerShellText.quoted("\(sku): ") + " + $sku.PrepaidUnits.Enabled)",
            ]
        case .licencesAssign:
            let sku = text("sku")
            return [
                "$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq \(code("sku", sku))",
                "foreach ($upn in \(users(value("users")))) {",
                "    if ((Get-MgUserLicenseDetail -UserId $upn).SkuPartNumber -contains $sku.SkuPartNumber) { Write-Kept \"$upn $($sku.SkuPartNumber)\"; continue }",
                "    Set-MgUserLicense -UserId $upn -AddLicenses @(@{ SkuId = $sku.SkuId }) -RemoveLicenses @() | Out-Null",
                "    Write-Done \"$upn $($sku.SkuPartNumber)\"",
                "}",
            ]
        case .usersImport:
            return [
                PowerShellText.comment(BilingualText("The users already exist in Microsoft 365; the file names them and their usage location.",
                                         "Les utilisateurs existent déjà dans Microsoft 365 ; le fichier les nomme avec leur pays d'utilisation.")[language]),
                "$UserRows = @(Import-Csv -LiteralPath \(code("file", "users.csv")) -Encoding UTF8)",
                "$Users = @($UserRows | ForEach-Object { $_.UserPrincipalName })",
                "foreach ($row in $UserRows) {",
                "    $current = Get-MgUser -UserId $row.UserPrincipalName -Property UsageLocation",
                "    if ($current.UsageLocation -eq $row.UsageLocation) { Write-Kept \"$($row.UserPrincipalName) $($row.UsageLocation)\"; continue }",
                "    Update-MgUser -UserId $row.UserPrincipalName -UsageLocation $row.UsageLocation",
                "    Write-Done \"$($row.UserPrincipalName) usage location $($row.UsageLocation)\"",
                "}",
            ]
        case .numbersSearch:
            let kind = NumberKind(rawValue: text("type")) ?? .user
            let numberType = searchType(kind, step: step)
            let quantity = value("quantity").flatMap(\.literal).flatMap(PowerShellText.integer) ?? value("quantity")?.code ?? "1"
            var order = "New-CsOnlineTelephoneNumberOrder -Name \(PowerShellText.quoted("setup-guide \(step.id)")) -Description \(PowerShellText.quoted(step.title)) -Country \(code("country", plan.options.country.code)) -NumberType \(PowerShellText.quoted(numberType)) -Quantity \(quantity)"
            if let address = value("address") { order += " -CivicAddressId $AddressIds[\(address.code)]" }
            if let area = value("areaCode")?.literal.flatMap(PowerShellText.integer) { order += " -AreaCode \(area)" }
            return [
                "$have = @(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain \(capability(kind)) -Top 1000).Count",
                "if ($have -ge \(quantity)) {",
                "    Write-Kept \"$have numbers\"",
                "    $OrderId = $null",
                "} else {",
                "    # the search reserves the numbers for 10 minutes: the order is completed right after",
                "    $OrderId = " + order,
                "    Write-Done \"search order $OrderId\"",
                "}",
            ]
        case .numbersAcquire:
            return [
                "if ($OrderId) {",
                "    Complete-CsOnlineTelephoneNumberOrder -OrderId $OrderId",
                "    Write-Done \"numbers of order $OrderId acquired\"",
                "}",
            ]
        case .numbersRelease:
            return ["if ($OrderId) { Clear-CsOnlineTelephoneNumberOrder -OrderId $OrderId; Write-Done \"order $OrderId released\" }"]
        case .numbersRequest:
            return todo("Send the request form for \(text("quantity")) \(text("type").isEmpty ? "user" : text("type")) numbers in \(text("city")) (Teams admin center > Voice > Phone numbers).",
                        "Envoyez le formulaire de demande de \(text("quantity")) numéros (\(text("type").isEmpty ? "user" : text("type"))) à \(text("city")) (centre d'administration Teams > Voix > Numéros de téléphone).")
        case .numbersPort:
            return todo("Port \(text("quantity")) numbers from \(text("carrier")) with the porting wizard (Teams admin center > Voice > Phone numbers > Port); over 999 numbers, send a manual port order with the signed letter of authorisation.",
                        "Transférez \(text("quantity")) numéros depuis \(text("carrier")) avec l'assistant de portage (centre d'administration Teams > Voix > Numéros de téléphone > Transférer) ; au-delà de 999, envoyez une commande manuelle avec la lettre d'autorisation signée.")
        case .addressesCreate:
            let description = value("description") ?? value("company") ?? .literal("")
            var create = "New-CsOnlineLisCivicAddress -CompanyName \(code("company", "")) -CountryOrRegion \(code("country", plan.options.country.code))"
            let fields = [("houseNumber", "HouseNumber"), ("street", "StreetName"), ("city", "City"), ("state", "StateOrProvince"),
                          ("postalCode", "PostalCode"), ("latitude", "Latitude"), ("longitude", "Longitude"), ("elin", "Elin")]
            for (name, parameter) in fields { if let field = value(name) { create += " -\(parameter) \(field.code)" } }
            create += " -Description \(description.code)"
            return [
                "$address = @(Get-CsOnlineLisCivicAddress | Where-Object Description -eq \(description.code)) | Select-Object -First 1",
                "if ($address) { Write-Kept (\(description.code)) } else {",
                "    $address = " + create,
                "    Write-Done (\(description.code))",
                "}",
                "$AddressIds[\(description.code)] = $address.CivicAddressId",
            ]
        case .addressesValidate:
            return [
                "foreach ($id in @($AddressIds.Values)) {",
                "    $checked = Get-CsOnlineLisCivicAddress -CivicAddressId $id",
                "    if ($checked.ValidationStatus -ne 'Valid') {",
                "        throw (" + PowerShellText.quoted(BilingualText("Address not valid: ", "Adresse non valide : ")[language]) + " + $checked.Description + "
                    + PowerShellText.quoted(BilingualText(". Correct it, or open a service request (a validation request in the US).",
                                              ". Corrigez-la, ou ouvrez une demande de service (une demande de validation aux États-Unis).")[language]) + ")",
                "    }",
                "    Write-Kept ($checked.Description + ' ' + $checked.ValidationStatus)",
                "}",
            ]
        case .addressesRemove:
            return [
                "$address = @(Get-CsOnlineLisCivicAddress | Where-Object Description -eq \(code("address", ""))) | Select-Object -First 1",
                "if ($address) { Remove-CsOnlineLisCivicAddress -CivicAddressId $address.CivicAddressId; Write-Done 'address removed' }",
            ]
        case .locationsCreate:
            let address = code("address", "")
            let name = code("name", "")
            return [
                "$location = @(Get-CsOnlineLisLocation -CivicAddressId $AddressIds[\(address)] | Where-Object Location -eq \(name)) | Select-Object -First 1",
                "if ($location) { Write-Kept (\(name)) } else {",
                "    $location = New-CsOnlineLisLocation -CivicAddressId $AddressIds[\(address)] -Location \(name)",
                "    Write-Done (\(name))",
                "}",
                "$LocationIds[\(name)] = $location.LocationId",
            ]
        case .locationsRemove:
            return [
                "$location = @(Get-CsOnlineLisLocation -CivicAddressId $AddressIds[\(code("address", ""))] | Where-Object Location -eq \(code("name", ""))) | Select-Object -First 1",
                "if ($location) { Remove-CsOnlineLisLocation -LocationId $location.LocationId; Write-Done 'place removed' }",
            ]
        case .numbersAssign:
            var assign = "Set-CsPhoneNumberAssignment -Identity $upn -PhoneNumber $free[$next].TelephoneNumber -PhoneNumberType CallingPlan"
            if let location = value("location") {
                assign += " -LocationId $LocationIds[\(location.code)]"
            } else if let address = value("address") {
                assign += " -LocationId (Get-CsOnlineLisCivicAddress -CivicAddressId $AddressIds[\(address.code)]).DefaultLocationId"
            }
            return [
                "$free = @(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain UserAssignment -PstnAssignmentStatus Unassigned -Top 1000)",
                "$next = 0",
                "foreach ($upn in \(users(value("users")))) {",
                "    if (Get-CsPhoneNumberAssignment -AssignedPstnTargetId $upn) { Write-Kept $upn; continue }",
                "    if ($next -ge $free.Count) { throw " + PowerShellText.quoted(BilingualText("No free Calling Plan number left: get more numbers first.",
                                                                                      "Plus aucun numéro libre : obtenez d'abord d'autres numéros.")[language]) + " }",
                "    " + assign,
                "    Write-Done \"$upn $($free[$next].TelephoneNumber)\"",
                "    $next++",
                "}",
            ]
        case .numbersUnassign:
            return ["Remove-CsPhoneNumberAssignment -Identity \(code("user", "")) -RemoveAll", "Write-Done " + code("user", "")]
        case .usersNotify:
            return todo("Tell each user their number (setup-guide run writes one mail per user in its outbox).",
                        "Annoncez à chacun son numéro (setup-guide run écrit un courriel par utilisateur dans sa boîte d'envoi).")
        case .conferencingSetProvider:
            if text("provider") == "third-party" {
                return todo("Choose the third-party audio conferencing provider \(text("name")) in the Teams admin center (not possible for Teams-only users).",
                            "Choisissez le fournisseur tiers d'audioconférence \(text("name")) dans le centre d'administration Teams (impossible pour les utilisateurs Teams seuls).")
            }
            return [PowerShellText.comment(BilingualText("Provider: Microsoft, the default with Audio Conferencing licences.",
                                             "Fournisseur : Microsoft, par défaut avec les licences d'audioconférence.")[language])]
        case .conferencingAssignBridgeNumber:
            let kind = NumberKind(rawValue: text("type")) ?? .toll
            let capability = "ConferenceAssignment"
            return [
                "$bridge = Get-CsOnlineDialInConferencingBridge",
                "$bridgeNumber = " + (value("number").map { $0.code }
                    ?? "@(Get-CsPhoneNumberAssignment -CapabilitiesContain \(capability) -PstnAssignmentStatus Unassigned -Top 1000 | Where-Object { $_.NumberType -eq 'CallingPlan' }) | Select-Object -First 1 -ExpandProperty TelephoneNumber"),
                "if (-not $bridgeNumber) { Write-Kept " + PowerShellText.quoted(BilingualText("no free \(kind.rawValue) conference number (already on the bridge?)", "aucun numéro de conférence \(kind.rawValue) libre (déjà sur le pont ?)")[language]) + " } else {",
                "    Register-CsOnlineDialInConferencingServiceNumber -Identity $bridgeNumber -BridgeId $bridge.Identity",
                "    Write-Done \"bridge number $bridgeNumber\"",
                "}",
            ]
        case .conferencingSetLanguages:
            let alternates = text("alternates").split(separator: ",").map { PowerShellText.quoted($0.trimmingCharacters(in: .whitespaces)) }
            return [
                "foreach ($number in @((Get-CsOnlineDialInConferencingBridge).ServiceNumbers | ForEach-Object { $_.Number })) {",
                "    Set-CsOnlineDialInConferencingServiceNumber -Identity $number -PrimaryLanguage \(code("default", "en-US"))"
                    + (alternates.isEmpty ? "" : " -SecondaryLanguages @(\(alternates.joined(separator: ", ")))"),
                "    Write-Done \"languages of $number\"",
                "}",
            ]
        case .conferencingSetPinLength:
            let length = value("length").flatMap(\.literal).flatMap(PowerShellText.integer) ?? "5"
            return ["Set-CsOnlineDialInConferencingTenantSettings -PinLength \(length)", "Write-Done 'PIN length \(length)'"]
        case .conferencingSetInvitations:
            return ["Set-CsOnlineDialInConferencingTenantSettings -AutomaticallySendEmailsToUsers \(PowerShellText.boolean(text("sendEmails")))",
                    "Write-Done 'invitations'"]
        case .resourceAccountsCreate:
            // the fixed application ids Teams gives call queues and auto attendants
            let applicationID = text("kind") == "auto-attendant" ? "ce933385-9390-45d1-9512-c8d228074e07" : "11cd3e2e-fccb-42ad-ad00-878b93575e07"
            return [
                "$account = Get-CsOnlineApplicationInstance -Identity \(code("upn", "")) -ErrorAction SilentlyContinue",
                "if ($account) { Write-Kept (\(code("upn", ""))) } else {",
                "    $account = New-CsOnlineApplicationInstance -UserPrincipalName \(code("upn", "")) -ApplicationId '\(applicationID)' -DisplayName \(code("name", ""))",
                "    Write-Done (\(code("upn", "")))",
                "}",
                "Update-MgUser -UserId \(code("upn", "")) -UsageLocation \(PowerShellText.quoted(plan.options.country.code))",
                "$virtual = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'PHONESYSTEM_VIRTUALUSER'",
                "if ((Get-MgUserLicenseDetail -UserId \(code("upn", ""))).SkuPartNumber -notcontains 'PHONESYSTEM_VIRTUALUSER') {",
                "    Set-MgUserLicense -UserId \(code("upn", "")) -AddLicenses @(@{ SkuId = $virtual.SkuId }) -RemoveLicenses @() | Out-Null",
                "}",
            ]
        case .callQueuesCreate:
            let language = value("language")?.code ?? PowerShellText.quoted(language == .french ? "fr-FR" : "en-US")
            return [
                "$queue = @(Get-CsCallQueue -NameFilter \(code("name", "")) | Where-Object Name -eq \(code("name", ""))) | Select-Object -First 1",
                "if ($queue) { Write-Kept (\(code("name", ""))) } else {",
                "    $agents = @(foreach ($upn in \(users(value("agents")))) { (Get-CsOnlineUser -Identity $upn).Identity })",
                "    $queue = New-CsCallQueue -Name \(code("name", "")) -LanguageId \(language) -Users $agents -UseDefaultMusicOnHold $true",
                "    $account = Get-CsOnlineApplicationInstance -Identity \(code("resourceAccount", ""))",
                "    New-CsOnlineApplicationInstanceAssociation -Identities @($account.ObjectId) -ConfigurationId $queue.Identity -ConfigurationType CallQueue | Out-Null",
                "    Write-Done (\(code("name", "")))",
                "}",
            ]
        case .autoAttendantsCreate:
            return [
                "$attendant = @(Get-CsAutoAttendant -NameFilter \(code("name", "")) | Where-Object Name -eq \(code("name", ""))) | Select-Object -First 1",
                "if ($attendant) { Write-Kept (\(code("name", ""))) } else {",
                "    $option = New-CsAutoAttendantMenuOption -Action DisconnectCall -DtmfResponse Automatic",
                "    $menu = New-CsAutoAttendantMenu -Name 'Default menu' -MenuOptions @($option)",
                "    $flow = New-CsAutoAttendantCallFlow -Name 'Default call flow' -Menu $menu",
                "    $attendant = New-CsAutoAttendant -Name \(code("name", "")) -LanguageId \(code("language", "en-US")) -TimeZoneId \(code("timeZone", "UTC")) -DefaultCallFlow $flow",
                "    $account = Get-CsOnlineApplicationInstance -Identity \(code("resourceAccount", ""))",
                "    New-CsOnlineApplicationInstanceAssociation -Identities @($account.ObjectId) -ConfigurationId $attendant.Identity -ConfigurationType AutoAttendant | Out-Null",
                "    Write-Done (\(code("name", "")))",
                "}",
                PowerShellText.comment(BilingualText("Then record the greeting and the menu options in the Teams admin center.",
                                         "Enregistrez ensuite l'accueil et les options du menu dans le centre d'administration Teams.")[language]),
            ]
        case .serviceNumbersAssign:
            let account = code("resourceAccount", "")
            let number = value("number").map(\.code)
                ?? "(@(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain VoiceApplicationAssignment -PstnAssignmentStatus Unassigned -Top 1000) | Select-Object -First 1 -ExpandProperty TelephoneNumber)"
            return [
                "if (Get-CsPhoneNumberAssignment -AssignedPstnTargetId \(account)) { Write-Kept (\(account)) } else {",
                "    $serviceNumber = \(number)",
                "    if (-not $serviceNumber) { throw " + PowerShellText.quoted(BilingualText("No free service number: get one first.", "Aucun numéro de service libre : obtenez-en un d'abord.")[language]) + " }",
                "    Set-CsPhoneNumberAssignment -Identity \(account) -PhoneNumber $serviceNumber -PhoneNumberType CallingPlan",
                "    Write-Done (\(account) + ' ' + $serviceNumber)",
                "}",
            ]
        case .creditsFund:
            return todo("Fund Communications Credits with \(text("amount")) \(text("currency").isEmpty ? "USD" : text("currency")) (Microsoft 365 admin center > Billing > Purchase services; at least 50 USD the first time).",
                        "Alimentez les crédits de communication de \(text("amount")) \(text("currency").isEmpty ? "USD" : text("currency")) (centre d'administration Microsoft 365 > Facturation > Acheter des services ; 50 USD au moins la première fois).")
        case .creditsSetAutoRecharge:
            return todo("Set auto-recharge: when the balance falls below \(text("trigger")), add \(text("amount")) (Microsoft 365 admin center > Billing).",
                        "Réglez la recharge automatique : sous \(text("trigger")), ajouter \(text("amount")) (centre d'administration Microsoft 365 > Facturation).")
        }
    }

    /// The users a selector names, as a PowerShell expression.
    private func users(_ selector: Value?) -> String {
        guard let selector else { return "$Users" }
        guard case .literal(let text) = selector else { return "@(\(selector.code) -split ',')" }
        switch text.lowercased() {
        case "", "all", "voice": return "$Users"
        default:
            if text.lowercased().hasPrefix("department:") {
                let name = String(text.dropFirst("department:".count)).trimmingCharacters(in: .whitespaces)
                return "@($UserRows | Where-Object Department -eq \(PowerShellText.quoted(name)) | ForEach-Object { $_.UserPrincipalName })"
            }
            return "@(" + text.split(separator: ",").map { PowerShellText.quoted($0.trimmingCharacters(in: .whitespaces)) }.joined(separator: ", ") + ")"
        }
    }

    /// The `-NumberType` of a search, from the kind of number and what it is for.
    private func searchType(_ kind: NumberKind, step: Step) -> String {
        switch kind {
        case .user: return "UserSubscriber"
        case .toll: return step.id.contains("conferenc") ? "ConferenceToll" : "VoiceApplicationToll"
        case .tollFree: return step.id.contains("conferenc") ? "ConferenceTollFree" : "VoiceApplicationTollFree"
        }
    }

    private func capability(_ kind: NumberKind) -> String {
        kind == .user ? "UserAssignment" : "VoiceApplicationAssignment"
    }
}
