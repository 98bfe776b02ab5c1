internal import Foundation
internal import SetupGuideModel

// The PowerShell of the actions on the organisation, licences and users: one self-contained method per action.
extension PowerShellActionScript {
    /// `tenant.set-country`.
    func tenantSetCountry() -> [String] {
        return [PowerShellText.comment(BilingualText("Organisation country: ", "Pays de l'organisation : ")[language] + text("country"))]
    }

    /// `tenant.set-connectivity`.
    func tenantSetConnectivity() -> [String] {
        return [PowerShellText.comment(BilingualText("PSTN connectivity: ", "Connexion au réseau téléphonique : ")[language] + text("connectivity"))]
    }

    /// The SKUs that count for `sku`, as a PowerShell expression: for Phone System, every bundle
    /// that includes it (Microsoft 365 E5 and the others), so a tenant licensed that way passes.
    func covering(_ sku: String) -> String {
        sku == PowerShellLicenceBundles.phoneSystem ? "$PhoneSystemSkus" : "@(\(code("sku", sku)))"
    }

    /// `licences.buy`: checks that enough licences are there; buying is done in the portal.
    func licencesBuy() -> [String] {
        let sku = text("sku")
        let quantity = value("quantity").flatMap(\.literal).flatMap(PowerShellText.integer) ?? value("quantity")?.code ?? "1"
        let quantityText = quantity.hasPrefix("$") ? v(quantity) : quantity
        return [
            PowerShellText.comment(BilingualText("Buying is done in the Microsoft 365 admin center (Billing > Purchase services): ",
                                     "L'achat se fait dans le centre d'administration Microsoft 365 (Facturation > Acheter des services) : ")[language]
                                   + "\(quantity) × \(sku)"),
            "$units = 0",
            "foreach ($owned in @(Get-MgSubscribedSku -All | Where-Object { \(covering(sku)) -contains $_.SkuPartNumber })) { $units += $owned.PrepaidUnits.Enabled }",
            "if ($units -lt \(quantity)) {",
            "    " + stop("The tenant has \(v("$units")) licences that give \(sku), \(quantityText) are needed: buy them in the Microsoft 365 admin center (Billing > Purchase services), then run the script again.",
                          "Le client a \(v("$units")) licences qui donnent \(sku), il en faut \(quantityText) : achetez-les dans le centre d'administration Microsoft 365 (Facturation > Acheter des services), puis relancez le script."),
            "}",
            "Write-Kept " + say("\(sku): \(v("$units"))", "\(sku) : \(v("$units"))"),
        ]
    }

    /// `licences.assign`: a user who already has the SKU, or a bundle that gives it, keeps it.
    func licencesAssign() -> [String] {
        let sku = text("sku")
        return [
            "$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq \(code("sku", sku))",
            "foreach ($upn in \(users(value("users")))) {",
            "    $owned = @((Get-MgUserLicenseDetail -UserId $upn).SkuPartNumber | Where-Object { \(covering(sku)) -contains $_ })",
            "    if ($owned.Count -gt 0) { Write-Kept \"$upn $($owned -join ', ')\"; continue }",
            "    if (-not $sku) { " + stop("\(v("$upn")) has no licence that gives \(sku), and the tenant has no \(sku) to assign: buy it, then run the script again.",
                                           "\(v("$upn")) n'a aucune licence qui donne \(sku), et le client n'a pas de \(sku) à attribuer : achetez-la, puis relancez le script.") + " }",
        ] + change("$upn", "assign the licence \(sku)", "attribuer la licence \(sku)", [
            "Set-MgUserLicense -UserId $upn -AddLicenses @(@{ SkuId = $sku.SkuId }) -RemoveLicenses @() | Out-Null",
            "Write-Done \"$upn $($sku.SkuPartNumber)\"",
        ]).map { "    " + $0 } + ["}"]
    }

    /// `users.import`: the file is a script parameter (by default its name, beside the script),
    /// never a path from the machine that wrote the script.
    func usersImport() -> [String] {
        let file = code("file", "users.csv")
        return [
            PowerShellText.comment(BilingualText("The users already exist in Microsoft 365; the file names them and their usage location.",
                                     "Les utilisateurs existent déjà dans Microsoft 365 ; le fichier les nomme avec leur pays d'utilisation.")[language]),
            "$usersFile = \(file)",
            "if (-not (Test-Path -LiteralPath $usersFile) -and $PSScriptRoot) { $usersFile = Join-Path -Path $PSScriptRoot -ChildPath $usersFile }",
            "$UserRows = @(Import-Csv -LiteralPath $usersFile -Encoding UTF8)",
            "$Users = @($UserRows | ForEach-Object { $_.UserPrincipalName })",
            "foreach ($row in $UserRows) {",
            "    $current = Get-MgUser -UserId $row.UserPrincipalName -Property UsageLocation",
            "    if ($current.UsageLocation -eq $row.UsageLocation) { Write-Kept \"$($row.UserPrincipalName) $($row.UsageLocation)\"; continue }",
        ] + change("$row.UserPrincipalName", "set the usage location", "régler le pays d'utilisation", [
            "Update-MgUser -UserId $row.UserPrincipalName -UsageLocation $row.UsageLocation",
            "Write-Done " + say("\(v("$row.UserPrincipalName")) usage location \(v("$row.UsageLocation"))", "\(v("$row.UserPrincipalName")) pays d'utilisation \(v("$row.UsageLocation"))"),
        ]).map { "    " + $0 } + ["}"]
    }

    /// `users.notify`.
    func usersNotify() -> [String] {
        return todo("Tell each user their number (setup-guide run writes one mail per user in its outbox).",
                    "Annoncez à chacun son numéro (setup-guide run écrit un courriel par utilisateur dans sa boîte d'envoi).")
    }
}
