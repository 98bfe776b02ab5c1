# Mise en place de Teams Phone pour France (FR)
# Connectivité : Forfait d'appels · fonctions : aucune
# Écrit par setup-guide à partir des guides ; chaque étape vérifie avant de créer : le script peut être relancé.
# Avant de lancer : Connect-MicrosoftTeams ; Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All
#Requires -Modules MicrosoftTeams, Microsoft.Graph.Users, Microsoft.Graph.Identity.DirectoryManagement

[CmdletBinding()]
param()

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$AddressIds = @{}
$LocationIds = @{}
$Users = @()
function Write-Step([string] $Text) { Write-Host ''; Write-Host ('== ' + $Text) }
function Write-Done([string] $Text) { Write-Host ('   done: ' + $Text) }
function Write-Kept([string] $Text) { Write-Host ('   already there: ' + $Text) }
function Write-Todo([string] $Text) { Write-Host ('   to do by hand: ' + $Text) }

# ============================================================================
# Étape 1/9: Vérifier la disponibilité dans votre pays [country-availability]
# ============================================================================
Write-Step '1/9 Vérifier la disponibilité dans votre pays'
# Pays de l'organisation : FR

# ============================================================================
# Étape 2/9: Choisir le raccordement au réseau téléphonique [pstn-connectivity]
# ============================================================================
Write-Step '2/9 Choisir le raccordement au réseau téléphonique'
# Connexion au réseau téléphonique : calling-plan

# ============================================================================
# Étape 3/9: Importer les utilisateurs [import-users]
# ============================================================================
Write-Step '3/9 Importer les utilisateurs'
# Les utilisateurs existent déjà dans Microsoft 365 ; le fichier les nomme avec leur pays d'utilisation.
$UserRows = @(Import-Csv -LiteralPath 'content/examples/demo-users.csv' -Encoding UTF8)
$Users = @($UserRows | ForEach-Object { $_.UserPrincipalName })
foreach ($row in $UserRows) {
    $current = Get-MgUser -UserId $row.UserPrincipalName -Property UsageLocation
    if ($current.UsageLocation -eq $row.UsageLocation) { Write-Kept "$($row.UserPrincipalName) $($row.UsageLocation)"; continue }
    Update-MgUser -UserId $row.UserPrincipalName -UsageLocation $row.UsageLocation
    Write-Done "$($row.UserPrincipalName) usage location $($row.UsageLocation)"
}

# ============================================================================
# Étape 4/9: Acheter et attribuer les licences Système téléphonique et forfait d'appels [licences]
# ============================================================================
Write-Step '4/9 Acheter et attribuer les licences Système téléphonique et forfait d''appels'
# L'achat se fait dans le centre d'administration Microsoft 365 (Facturation > Acheter des services) : 15 × MCOEV
$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'MCOEV'
if (-not $sku -or $sku.PrepaidUnits.Enabled -lt 15) {
    throw 'Achetez 15 licences MCOEV dans le centre d''administration Microsoft 365, puis relancez le script.'
}
Write-Kept ('MCOEV: ' + $sku.PrepaidUnits.Enabled)
# L'achat se fait dans le centre d'administration Microsoft 365 (Facturation > Acheter des services) : 15 × MCOPSTN2
$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'MCOPSTN2'
if (-not $sku -or $sku.PrepaidUnits.Enabled -lt 15) {
    throw 'Achetez 15 licences MCOPSTN2 dans le centre d''administration Microsoft 365, puis relancez le script.'
}
Write-Kept ('MCOPSTN2: ' + $sku.PrepaidUnits.Enabled)
$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'MCOEV'
foreach ($upn in $Users) {
    if ((Get-MgUserLicenseDetail -UserId $upn).SkuPartNumber -contains $sku.SkuPartNumber) { Write-Kept "$upn $($sku.SkuPartNumber)"; continue }
    Set-MgUserLicense -UserId $upn -AddLicenses @(@{ SkuId = $sku.SkuId }) -RemoveLicenses @() | Out-Null
    Write-Done "$upn $($sku.SkuPartNumber)"
}
$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'MCOPSTN2'
foreach ($upn in $Users) {
    if ((Get-MgUserLicenseDetail -UserId $upn).SkuPartNumber -contains $sku.SkuPartNumber) { Write-Kept "$upn $($sku.SkuPartNumber)"; continue }
    Set-MgUserLicense -UserId $upn -AddLicenses @(@{ SkuId = $sku.SkuId }) -RemoveLicenses @() | Out-Null
    Write-Done "$upn $($sku.SkuPartNumber)"
}

# ============================================================================
# Étape 5/9: Ajouter et valider les adresses d'urgence [emergency-addresses]
# ↳ Le formulaire de demande de numéros doit indiquer l'adresse d'urgence des numéros.
# ============================================================================
Write-Step '5/9 Ajouter et valider les adresses d''urgence'
$address = @(Get-CsOnlineLisCivicAddress | Where-Object Description -eq 'Siège Lyon') | Select-Object -First 1
if ($address) { Write-Kept ('Siège Lyon') } else {
    $address = New-CsOnlineLisCivicAddress -CompanyName 'Fabrikam Conseil' -CountryOrRegion 'FR' -HouseNumber '12' -StreetName 'Rue de la République' -City 'Lyon' -PostalCode '69002' -Latitude '45.7640' -Longitude '4.8357' -Description 'Siège Lyon'
    Write-Done ('Siège Lyon')
}
$AddressIds['Siège Lyon'] = $address.CivicAddressId
$location = @(Get-CsOnlineLisLocation -CivicAddressId $AddressIds['Siège Lyon'] | Where-Object Location -eq '3e étage') | Select-Object -First 1
if ($location) { Write-Kept ('3e étage') } else {
    $location = New-CsOnlineLisLocation -CivicAddressId $AddressIds['Siège Lyon'] -Location '3e étage'
    Write-Done ('3e étage')
}
$LocationIds['3e étage'] = $location.LocationId
foreach ($id in @($AddressIds.Values)) {
    $checked = Get-CsOnlineLisCivicAddress -CivicAddressId $id
    if ($checked.ValidationStatus -ne 'Valid') {
        throw ('Adresse non valide : ' + $checked.Description + '. Corrigez-la, ou ouvrez une demande de service (une demande de validation aux États-Unis).')
    }
    Write-Kept ($checked.Description + ' ' + $checked.ValidationStatus)
}

# ============================================================================
# Étape 6/9: Prévoir une adresse d'urgence par zone d'indicatif [area-code-addresses]
# ↳ Chaque numéro demandé doit recevoir une adresse située dans la zone de son indicatif.
# ============================================================================
Write-Step '6/9 Prévoir une adresse d''urgence par zone d''indicatif'
# Étape manuelle : faite par une personne (voir le guide). Notez qui l'a faite et quand.

# ============================================================================
# Étape 7/9: Demander de nouveaux numéros par formulaire [user-numbers-request]
# ============================================================================
Write-Step '7/9 Demander de nouveaux numéros par formulaire'
# Étape manuelle : faite par une personne (voir le guide). Notez qui l'a faite et quand.
Write-Todo 'Envoyez le formulaire de demande de 13 numéros (user) à Lyon (centre d''administration Teams > Voix > Numéros de téléphone).'

# ============================================================================
# Étape 8/9: Attribuer les numéros et les adresses d'urgence [assign-numbers]
# ============================================================================
Write-Step '8/9 Attribuer les numéros et les adresses d''urgence'
$free = @(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain UserAssignment -PstnAssignmentStatus Unassigned -Top 1000)
$next = 0
foreach ($upn in $Users) {
    if (Get-CsPhoneNumberAssignment -AssignedPstnTargetId $upn) { Write-Kept $upn; continue }
    if ($next -ge $free.Count) { throw 'Plus aucun numéro libre : obtenez d''abord d''autres numéros.' }
    Set-CsPhoneNumberAssignment -Identity $upn -PhoneNumber $free[$next].TelephoneNumber -PhoneNumberType CallingPlan -LocationId $LocationIds['3e étage']
    Write-Done "$upn $($free[$next].TelephoneNumber)"
    $next++
}

# ============================================================================
# Étape 9/9: Prévenir les utilisateurs de leur nouveau numéro [notify-users]
# ============================================================================
Write-Step '9/9 Prévenir les utilisateurs de leur nouveau numéro'
Write-Todo 'Annoncez à chacun son numéro (setup-guide run écrit un courriel par utilisateur dans sa boîte d''envoi).'

Write-Host ''
Write-Host 'Toutes les étapes du plan ont été exécutées.'
