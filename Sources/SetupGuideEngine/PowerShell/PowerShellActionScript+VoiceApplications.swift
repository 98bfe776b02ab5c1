internal import Foundation
internal import SetupGuideModel

// The PowerShell of the actions on resource accounts, call queues and auto attendants: one self-contained method per action.
extension PowerShellActionScript {
    /// `resource-accounts.create`.
    func resourceAccountsCreate() -> [String] {
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
    }

    /// `call-queues.create`.
    func callQueuesCreate() -> [String] {
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
    }

    /// `auto-attendants.create`.
    func autoAttendantsCreate() -> [String] {
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
    }

    /// `service-numbers.assign`.
    func serviceNumbersAssign() -> [String] {
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
    }
}
