internal import Foundation
internal import SetupGuideModel

// The numbers of a Direct Routing or Operator Connect plan: no guide step carries them, so the
// writer adds this section after the plan's steps.
extension PowerShellActionScript {
    /// The script parameter that names the Direct Routing numbers file.
    static let directRoutingNumbersFile = "$DirectRoutingNumbersFile"
    /// The PSTN usage, voice route and voice routing policy the script creates for Direct Routing.
    static let routingName = "setup-guide"

    /// The section's lines, empty for a Calling Plan.
    func connectivityNumbers() -> [String] {
        switch plan.options.connectivity {
        case .callingPlan: []
        case .directRouting: directRoutingNumbers()
        case .operatorConnect: operatorConnectNumbers()
        }
    }

    /// Direct Routing, in the order Microsoft's set-up describes: the SBC paired, a PSTN usage, a
    /// voice route through the SBCs, a voice routing policy, then each user's number and policy.
    func directRoutingNumbers() -> [String] {
        let name = PowerShellText.quoted(Self.routingName)
        var lines = [
            "$gateways = @(Get-CsOnlinePSTNGateway)",
            "if ($gateways.Count -eq 0) { " + stop("No SBC is paired with the tenant: pair yours with New-CsOnlinePSTNGateway (its FQDN, SIP port and certificate are yours to give), then run the script again.",
                                                   "Aucun SBC n'est associé au client : associez le vôtre avec New-CsOnlinePSTNGateway (son FQDN, son port SIP et son certificat sont à fournir), puis relancez le script.") + " }",
            "$routing = \(name)",
            "if (@((Get-CsOnlinePstnUsage -Identity Global).Usage) -notcontains $routing) {",
        ]
        lines += change("$routing", "add the PSTN usage", "ajouter l'usage RTC", [
            "Set-CsOnlinePstnUsage -Identity Global -Usage @{ Add = $routing }",
            "Write-Done " + say("PSTN usage \(v("$routing"))", "usage RTC \(v("$routing"))"),
        ]).map { "    " + $0 }
        lines += ["} else { Write-Kept $routing }", "if (-not (Get-CsOnlineVoiceRoute -Identity $routing -ErrorAction SilentlyContinue)) {"]
        lines += change("$routing", "create the voice route through the paired SBCs", "créer la route vocale par les SBC associés", [
            "New-CsOnlineVoiceRoute -Identity $routing -NumberPattern '.*' -OnlinePstnGatewayList @{ add = @($gateways | ForEach-Object { $_.Identity }) } -OnlinePstnUsages @{ add = $routing } -Priority 1 | Out-Null",
            "Write-Done " + say("voice route \(v("$routing"))", "route vocale \(v("$routing"))"),
        ]).map { "    " + $0 }
        lines += ["}", "if (-not (Get-CsOnlineVoiceRoutingPolicy -Identity $routing -ErrorAction SilentlyContinue)) {"]
        lines += change("$routing", "create the voice routing policy", "créer la stratégie de routage vocal", [
            "New-CsOnlineVoiceRoutingPolicy -Identity $routing -OnlinePstnUsages $routing | Out-Null",
            "Write-Done " + say("voice routing policy \(v("$routing"))", "stratégie de routage vocal \(v("$routing"))"),
        ]).map { "    " + $0 }
        lines += [
            "}",
            PowerShellText.comment(BilingualText("The numbers are your carrier's: the file has one row per user, with the columns UserPrincipalName and PhoneNumber (E.164).",
                                                 "Les numéros sont ceux de votre opérateur : le fichier a une ligne par utilisateur, avec les colonnes UserPrincipalName et PhoneNumber (E.164).")[language]),
            "$numbersFile = \(Self.directRoutingNumbersFile)",
            "if (-not (Test-Path -LiteralPath $numbersFile) -and $PSScriptRoot) { $numbersFile = Join-Path -Path $PSScriptRoot -ChildPath $numbersFile }",
            "$assignLocation = (@($LocationIds.Values) | Select-Object -First 1)",
            "foreach ($row in @(Import-Csv -LiteralPath $numbersFile -Encoding UTF8)) {",
            "    $upn = $row.UserPrincipalName",
            "    $number = $row.PhoneNumber",
            "    if (Get-CsPhoneNumberAssignment -AssignedPstnTargetId $upn) { Write-Kept $upn } else {",
        ]
        lines += assignment(identity: "$upn", number: "$number", type: "DirectRouting", location: "$assignLocation").map { "        " + $0 }
        lines += ["    }"]
        lines += change("$upn", "grant the voice routing policy", "accorder la stratégie de routage vocal", [
            "Grant-CsOnlineVoiceRoutingPolicy -Identity $upn -PolicyName $routing",
            "Write-Done " + say("\(v("$upn")) voice routing policy \(v("$routing"))", "\(v("$upn")) stratégie de routage vocal \(v("$routing"))"),
        ]).map { "    " + $0 }
        lines.append("}")
        return lines
    }

    /// Operator Connect: the operator is chosen and the numbers ordered in the Teams admin center;
    /// the numbers it delivers are then assigned like Microsoft's.
    func operatorConnectNumbers() -> [String] {
        var lines = todo("Choose your operator and order its numbers (Teams admin center > Voice > Operators); its numbers then appear under Phone numbers, and this section assigns them.",
                         "Choisissez votre opérateur et commandez ses numéros (centre d'administration Teams > Voix > Opérateurs) ; ses numéros apparaissent alors sous Numéros de téléphone, et cette partie les attribue.")
        lines += [
            "$free = @(Get-CsPhoneNumberAssignment -NumberType OperatorConnect -CapabilitiesContain UserAssignment -PstnAssignmentStatus Unassigned -Top 1000)",
            "$assignLocation = (@($LocationIds.Values) | Select-Object -First 1)",
            "$next = 0",
            "foreach ($upn in $Users) {",
            "    if (Get-CsPhoneNumberAssignment -AssignedPstnTargetId $upn) { Write-Kept $upn; continue }",
            "    if ($next -ge $free.Count) { " + stop("No free Operator Connect number left: order more from your operator, then run the script again.",
                                                       "Plus aucun numéro Operator Connect libre : commandez-en d'autres à votre opérateur, puis relancez le script.") + " }",
            "    $number = $free[$next].TelephoneNumber",
        ]
        lines += assignment(identity: "$upn", number: "$number", type: "OperatorConnect", location: "$assignLocation").map { "    " + $0 }
        lines += ["    $next++", "}"]
        return lines
    }
}
