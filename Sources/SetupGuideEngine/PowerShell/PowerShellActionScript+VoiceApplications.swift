internal import Foundation
internal import SetupGuideModel

// The PowerShell of the actions on resource accounts, call queues and auto attendants: one self-contained method per action.
extension PowerShellActionScript {
    /// `resource-accounts.create`.
    func resourceAccountsCreate() -> [String] {
        // the fixed application ids Teams gives call queues and auto attendants
        let applicationID = text("kind") == "auto-attendant" ? "ce933385-9390-45d1-9512-c8d228074e07" : "11cd3e2e-fccb-42ad-ad00-878b93575e07"
        let upn = code("upn", "")
        return [
            "$account = Get-CsOnlineApplicationInstance -Identity \(upn) -ErrorAction SilentlyContinue",
            "if ($account) { Write-Kept (\(upn)) } else {",
        ] + change(upn, "create the resource account", "créer le compte de ressource", [
            "$account = New-CsOnlineApplicationInstance -UserPrincipalName \(upn) -ApplicationId '\(applicationID)' -DisplayName \(code("name", ""))",
            "Write-Done (\(upn))",
        ]).map { "    " + $0 } + ["}"] + change(upn, "set the usage location and the resource account licence", "régler le pays d'utilisation et la licence du compte de ressource", [
            "Update-MgUser -UserId \(upn) -UsageLocation \(PowerShellText.quoted(plan.options.country.code))",
            "$virtual = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'PHONESYSTEM_VIRTUALUSER'",
            "if ((Get-MgUserLicenseDetail -UserId \(upn)).SkuPartNumber -notcontains 'PHONESYSTEM_VIRTUALUSER') {",
            "    Set-MgUserLicense -UserId \(upn) -AddLicenses @(@{ SkuId = $virtual.SkuId }) -RemoveLicenses @() | Out-Null",
            "}",
        ])
    }

    /// `call-queues.create`.
    func callQueuesCreate() -> [String] {
        let language = value("language")?.code ?? PowerShellText.quoted(language == .french ? "fr-FR" : "en-US")
        return [
            "$queue = @(Get-CsCallQueue -NameFilter \(code("name", "")) | Where-Object Name -eq \(code("name", ""))) | Select-Object -First 1",
            "if ($queue) { Write-Kept (\(code("name", ""))) } else {",
        ] + change(code("name", ""), "create the call queue", "créer la file d'attente", [
            "$agents = @(foreach ($upn in \(users(value("agents")))) { (Get-CsOnlineUser -Identity $upn).Identity })",
            "$queue = New-CsCallQueue -Name \(code("name", "")) -LanguageId \(language) -Users $agents -UseDefaultMusicOnHold $true",
            "$account = Get-CsOnlineApplicationInstance -Identity \(code("resourceAccount", ""))",
            "New-CsOnlineApplicationInstanceAssociation -Identities @($account.ObjectId) -ConfigurationId $queue.Identity -ConfigurationType CallQueue | Out-Null",
            "Write-Done (\(code("name", "")))",
        ]).map { "    " + $0 } + ["}"]
    }

    /// `auto-attendants.create`.
    func autoAttendantsCreate() -> [String] {
        return [
            "$attendant = @(Get-CsAutoAttendant -NameFilter \(code("name", "")) | Where-Object Name -eq \(code("name", ""))) | Select-Object -First 1",
            "if ($attendant) { Write-Kept (\(code("name", ""))) } else {",
        ] + change(code("name", ""), "create the auto attendant", "créer le standard automatique", [
            "$option = New-CsAutoAttendantMenuOption -Action DisconnectCall -DtmfResponse Automatic",
            "$menu = New-CsAutoAttendantMenu -Name \(PowerShellText.quoted(BilingualText("Default menu", "Menu par défaut")[language])) -MenuOptions @($option)",
            "$flow = New-CsAutoAttendantCallFlow -Name \(PowerShellText.quoted(BilingualText("Default call flow", "Flux d'appel par défaut")[language])) -Menu $menu",
            "$attendant = New-CsAutoAttendant -Name \(code("name", "")) -LanguageId \(code("language", "en-US")) -TimeZoneId \(code("timeZone", "UTC")) -DefaultCallFlow $flow",
            "$account = Get-CsOnlineApplicationInstance -Identity \(code("resourceAccount", ""))",
            "New-CsOnlineApplicationInstanceAssociation -Identities @($account.ObjectId) -ConfigurationId $attendant.Identity -ConfigurationType AutoAttendant | Out-Null",
            "Write-Done (\(code("name", "")))",
        ]).map { "    " + $0 } + ["}"] + [
            PowerShellText.comment(BilingualText("Then record the greeting and the menu options in the Teams admin center.",
                                     "Enregistrez ensuite l'accueil et les options du menu dans le centre d'administration Teams.")[language]),
        ]
    }

    /// `service-numbers.assign`: the number's type follows the plan's connectivity.
    func serviceNumbersAssign() -> [String] {
        let account = code("resourceAccount", "")
        let type = phoneNumberType
        let number = value("number").map(\.code)
            ?? (plan.options.connectivity == .directRouting ? "$null"
                : "(@(Get-CsPhoneNumberAssignment -NumberType \(type) -CapabilitiesContain VoiceApplicationAssignment -PstnAssignmentStatus Unassigned -Top 1000) | Select-Object -First 1 -ExpandProperty TelephoneNumber)")
        return [
            "if (Get-CsPhoneNumberAssignment -AssignedPstnTargetId \(account)) { Write-Kept (\(account)) } else {",
            "    $serviceAccount = \(account)",
            "    $serviceNumber = \(number)",
            "    if (-not $serviceNumber) { " + stop("No free service number for \(v("$serviceAccount")): get one first (or give it in the answers), then run the script again.",
                                                   "Aucun numéro de service libre pour \(v("$serviceAccount")) : obtenez-en un d'abord (ou donnez-le dans les réponses), puis relancez le script.") + " }",
        ] + assignment(identity: account, number: "$serviceNumber", type: type, location: nil).map { "    " + $0 } + ["}"]
    }
}
