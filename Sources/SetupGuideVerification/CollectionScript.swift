public import SetupGuideModel
internal import SetupGuideEngine

/// The PowerShell that collects a real tenant's state into the files `verify --export` reads.
///
/// It runs on Windows PowerShell 5.1 and on PowerShell 7. It checks that the modules are
/// installed (and says how to install them when they are not), connects to Teams and to
/// Microsoft Graph only when no session is open, and writes one JSON file per cmdlet of
/// ``ExportCmdlet``: an array even when empty (`ConvertTo-Json -InputObject @(...)`), deep
/// enough for nested values, in UTF-8 without a byte order mark, holding only the properties
/// verify reads. `Get-CsPhoneNumberAssignment` is read page by page (its reference gives 500
/// records by default and 1,000 at most per call), and `Get-MgSubscribedSku` with `-All`.
/// Beside the files it writes ``manifestName``: the tenant, the time, the PowerShell and module
/// versions and each file's record count.
///
/// ```swift
/// let text = CollectionScript(language: .french).script()
/// ```
public struct CollectionScript: Sendable {
    /// The file written beside the exports.
    public static let manifestName = "setup-guide-manifest.json"
    /// The Graph permission the reading needs, the least privileged one that
    /// `Get-MgSubscribedSku`'s reference lists.
    public static let graphScope = "LicenseAssignment.Read.All"
    /// The largest page `Get-CsPhoneNumberAssignment -Top` accepts.
    public static let numberPageSize = 1000
    /// The modules the script uses, with the cmdlets that need each.
    static let modules: [(name: String, why: String)] = [
        ("MicrosoftTeams", "Get-CsOnlineUser, Get-CsPhoneNumberAssignment, Get-CsOnlineLisCivicAddress, Get-CsOnlineLisLocation"),
        ("Microsoft.Graph.Authentication", "Connect-MgGraph"),
        ("Microsoft.Graph.Identity.DirectoryManagement", "Get-MgSubscribedSku"),
    ]

    /// The language of the script's messages.
    public var language: Language

    /// Creates a writer of the script in `language`.
    public init(language: Language) { self.language = language }

    private func say(_ english: String, _ french: String) -> String {
        PowerShellText.quoted(BilingualText(english, french)[language])
    }

    private func properties(_ cmdlet: ExportCmdlet) -> String {
        // a dotted field reaches into a nested object: select the object, which keeps it whole
        var seen: Set<String> = []
        return cmdlet.fields.compactMap { field in
            let top = String(field.split(separator: ".").first ?? Substring(field))
            return seen.insert(top).inserted ? PowerShellText.quoted(top) : nil
        }.joined(separator: ", ")
    }

    /// The whole script.
    public func script() -> String {
        let users = ExportCmdlet.onlineUser, numbers = ExportCmdlet.phoneNumberAssignment
        let addresses = ExportCmdlet.civicAddress, locations = ExportCmdlet.location, skus = ExportCmdlet.subscribedSku
        var lines: [String] = [
            "#Requires -Version 5.1",
            PowerShellText.comment(BilingualText(
                "Collects this tenant's Teams Phone state for 'setup-guide verify --export FOLDER'.",
                "Relève l'état Teams Phone de ce client pour « setup-guide verify --export DOSSIER ».")[language]),
            PowerShellText.comment(BilingualText(
                "It only reads: it changes nothing in the tenant. Runs on Windows PowerShell 5.1 and PowerShell 7.",
                "Il ne fait que lire : il ne change rien dans le client. Fonctionne sous Windows PowerShell 5.1 et PowerShell 7.")[language]),
            "[CmdletBinding()]",
            "param(",
            "    [Parameter()] [string] $OutputFolder = 'exports'",
            ")",
            "",
            "$ErrorActionPreference = 'Stop'",
            "",
            PowerShellText.comment(BilingualText("The modules, each checked before anything runs.",
                                                 "Les modules, vérifiés avant toute chose.")[language]),
        ]
        for module in Self.modules {
            let name = PowerShellText.quoted(module.name)
            let missing = say("The PowerShell module ", "Le module PowerShell ")
            let install = say(" is missing (it provides " + module.why + "). Install it with: Install-Module ",
                              " est absent (il fournit " + module.why + "). Installez-le avec : Install-Module ")
            lines += [
                "if (-not (Get-Module -ListAvailable -Name \(name))) {",
                "    Write-Host -ForegroundColor Red -Object (\(missing) + \(name) + \(install) + \(name) + ' -Scope CurrentUser')",
                "    exit 2",
                "}",
            ]
        }
        lines += [
            "",
            PowerShellText.comment(BilingualText("Connect only when no session is open.", "Se connecter seulement sans session ouverte.")[language]),
            "try {",
            "    $tenant = Get-CsTenant",
            "} catch {",
            "    Write-Host \(say("Connecting to Microsoft Teams...", "Connexion à Microsoft Teams..."))",
            "    Connect-MicrosoftTeams | Out-Null",
            "    $tenant = Get-CsTenant",
            "}",
            "$graph = Get-MgContext",
            "if ($null -eq $graph -or @($graph.Scopes) -notcontains \(PowerShellText.quoted(Self.graphScope))) {",
            "    Write-Host \(say("Connecting to Microsoft Graph (permission \(Self.graphScope))...", "Connexion à Microsoft Graph (autorisation \(Self.graphScope))..."))",
            "    Connect-MgGraph -Scopes \(PowerShellText.quoted(Self.graphScope)) -NoWelcome",
            "    $graph = Get-MgContext",
            "}",
            "Write-Host (\(say("Tenant: ", "Client : ")) + $tenant.DisplayName + ' (' + $graph.TenantId + '), ' + $graph.Account)",
            "",
            "$folder = (New-Item -ItemType Directory -Force -Path $OutputFolder).FullName",
            "$utf8 = New-Object -TypeName System.Text.UTF8Encoding -ArgumentList $false",
            "$counts = [ordered]@{}",
            "function Write-Export {",
            "    param([string] $Cmdlet, [object[]] $Records)",
            "    $path = Join-Path -Path $folder -ChildPath ($Cmdlet + '.json')",
            "    $json = ConvertTo-Json -InputObject @($Records) -Depth 5",
            "    [System.IO.File]::WriteAllText($path, $json, $utf8)",
            "    $counts[$Cmdlet] = @($Records).Count",
            "    Write-Host ($Cmdlet + \(say(": ", " : ")) + @($Records).Count + \(say(" records", " enregistrements")) + ' -> ' + $path)",
            "}",
            "",
            "Write-Host \(say("Reading users...", "Lecture des utilisateurs..."))",
            "$records = @(Get-CsOnlineUser -ResultSize Unlimited | Select-Object -Property \(properties(users)))",
            "Write-Export -Cmdlet \(PowerShellText.quoted(users.rawValue)) -Records $records",
            "",
            PowerShellText.comment(BilingualText(
                "Get-CsPhoneNumberAssignment returns 500 numbers by default and \(Self.numberPageSize) at most: read every page.",
                "Get-CsPhoneNumberAssignment renvoie 500 numéros par défaut et \(Self.numberPageSize) au plus : lire toutes les pages.")[language]),
            "$records = New-Object -TypeName System.Collections.Generic.List[object]",
            "$skip = 0",
            "do {",
            "    Write-Host (\(say("Reading numbers from ", "Lecture des numéros à partir du n° ")) + $skip + '...')",
            "    $page = @(Get-CsPhoneNumberAssignment -Top \(Self.numberPageSize) -Skip $skip)",
            "    foreach ($number in $page) { $records.Add(($number | Select-Object -Property \(properties(numbers)))) }",
            "    $skip += $page.Count",
            "} while ($page.Count -eq \(Self.numberPageSize))",
            "Write-Export -Cmdlet \(PowerShellText.quoted(numbers.rawValue)) -Records $records.ToArray()",
            "",
            "Write-Host \(say("Reading emergency addresses and places...", "Lecture des adresses d'urgence et des lieux..."))",
            "$records = @(Get-CsOnlineLisCivicAddress | Select-Object -Property \(properties(addresses)))",
            "Write-Export -Cmdlet \(PowerShellText.quoted(addresses.rawValue)) -Records $records",
            "$records = @(Get-CsOnlineLisLocation | Select-Object -Property \(properties(locations)))",
            "Write-Export -Cmdlet \(PowerShellText.quoted(locations.rawValue)) -Records $records",
            "",
            "Write-Host \(say("Reading licences...", "Lecture des licences..."))",
            "$records = @(Get-MgSubscribedSku -All | Select-Object -Property \(properties(skus)))",
            "Write-Export -Cmdlet \(PowerShellText.quoted(skus.rawValue)) -Records $records",
            "",
            "$modules = [ordered]@{}",
        ]
        for module in Self.modules {
            lines.append("$modules[\(PowerShellText.quoted(module.name))] = [string](@(Get-Module -ListAvailable -Name \(PowerShellText.quoted(module.name)) | Sort-Object -Property Version -Descending)[0].Version)")
        }
        lines += [
            "$manifest = [ordered]@{",
            "    tool = 'setup-guide export collect'",
            "    formatVersion = 1",
            "    tenantId = [string]$graph.TenantId",
            "    tenantName = [string]$tenant.DisplayName",
            "    country = [string]$tenant.CountryLetterCode",
            "    collectedAt = (Get-Date).ToUniversalTime().ToString('o')",
            "    powerShell = $PSVersionTable.PSVersion.ToString()",
            "    modules = $modules",
            "    counts = $counts",
            "}",
            "$path = Join-Path -Path $folder -ChildPath \(PowerShellText.quoted(Self.manifestName))",
            "[System.IO.File]::WriteAllText($path, (ConvertTo-Json -InputObject $manifest -Depth 5), $utf8)",
            "Write-Host (\(say("Done. Now run: setup-guide verify --export ", "Terminé. Lancez ensuite : setup-guide verify --export ")) + $folder)",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
