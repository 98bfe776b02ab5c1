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

    /// `licences.buy`.
    func licencesBuy() -> [String] {
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
    }

    /// `licences.assign`.
    func licencesAssign() -> [String] {
        let sku = text("sku")
        return [
            "$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq \(code("sku", sku))",
            "foreach ($upn in \(users(value("users")))) {",
            "    if ((Get-MgUserLicenseDetail -UserId $upn).SkuPartNumber -contains $sku.SkuPartNumber) { Write-Kept \"$upn $($sku.SkuPartNumber)\"; continue }",
            "    Set-MgUserLicense -UserId $upn -AddLicenses @(@{ SkuId = $sku.SkuId }) -RemoveLicenses @() | Out-Null",
            "    Write-Done \"$upn $($sku.SkuPartNumber)\"",
            "}",
        ]
    }

    /// `users.import`.
    func usersImport() -> [String] {
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
    }

    /// `users.notify`.
    func usersNotify() -> [String] {
        return todo("Tell each user their number (setup-guide run writes one mail per user in its outbox).",
                    "Annoncez à chacun son numéro (setup-guide run écrit un courriel par utilisateur dans sa boîte d'envoi).")
    }
}
