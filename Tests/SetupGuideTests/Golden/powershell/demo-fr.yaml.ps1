# Mise en place de Teams Phone pour France (FR)
# Connectivité : Forfait d'appels · fonctions : aucune
# Écrit par setup-guide à partir des guides ; chaque étape vérifie avant de créer : le script peut être relancé.
# Essayez-le d'abord avec -WhatIf : il dit alors ce qu'il changerait, sans rien changer.
#Requires -Modules MicrosoftTeams, Microsoft.Graph.Authentication, Microsoft.Graph.Users, Microsoft.Graph.Users.Actions, Microsoft.Graph.Identity.DirectoryManagement

[CmdletBinding(SupportsShouldProcess = $true)]
param(
    # Importer les utilisateurs: Fichier CSV des utilisateurs
    [string] $ImportUsers_File = 'demo-users.csv'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$AddressIds = @{}
$LocationIds = @{}
$Users = @()
function Write-Step([string] $Text) { Write-Host ''; Write-Host ('== ' + $Text) }
function Write-Done([string] $Text) { Write-Host ('   fait : ' + $Text) }
function Write-Kept([string] $Text) { Write-Host ('   déjà là : ' + $Text) }
function Write-Todo([string] $Text) { Write-Host ('   à faire à la main : ' + $Text) }
# Un arrêt propre : ce qu'il faut faire, puis comment relancer le script (ce qui est fait est gardé).
function Stop-Plan([string] $Text) {
    Write-Warning $Text
    Write-Host ('Relancez le script une fois cela fait : ' + $MyInvocation.ScriptName)
    exit 2
}

# Connexion, ou vérification de la connexion : Teams, et Graph avec les droits que les écritures demandent.
try { Get-CsTenant | Out-Null } catch { Connect-MicrosoftTeams | Out-Null }
$GraphScopes = @('User.ReadWrite.All', 'Organization.Read.All')
$context = Get-MgContext
if (-not $context -or @($GraphScopes | Where-Object { $context.Scopes -notcontains $_ }).Count -gt 0) { Connect-MgGraph -Scopes $GraphScopes -NoWelcome }
# Les licences qui donnent Système téléphonique, offres groupées comprises (référence des plans de service de Microsoft).
$PhoneSystemSkus = @(
    'MCOEV'
    'M365EDU_A5_FACULTY'
    'M365EDU_A5_STUDENT'
    'BUSINESS_VOICE_MED2_TELCO'
    'BUSINESS_VOICE_DIRECTROUTING'
    'BUSINESS_VOICE_DIRECTROUTING_MED'
    'BUSINESS_VOICE_MED2'
    'BUSINESS_VOICE'
    'SPE_E5'
    'Microsoft_365_E5_(no_Teams)'
    'Microsoft_365_E5'
    'DEVELOPERPACK_E5'
    'O365_w/o_Teams_Bundle_M5'
    'O365_w/o_Teams_Bundle_M5_(500_seats_min)_HUB'
    'Microsoft_365_E5_EEA_(no_Teams)_with_Calling_Minutes'
    'Microsoft_365_E5_EEA_(no_Teams)_without_Audio_Conferencing'
    'Microsoft_365_E5_EEA_(no_Teams)_without_Audio_Conferencing_(500_seats_min)_HUB'
    'SPE_E5_CALLINGMINUTES'
    'SPE_E5_NOPSTNCONF'
    'Microsoft_365_E5_without_Audio_Conferencing'
    'SPE_E5_USGOV_GCCHIGH'
    'M365_G5_GCC'
    'M365_G5_GOV'
    'MCOEV_DOD'
    'MCOEV_FACULTY'
    'MCOEV_GOV'
    'MCOEV_GCCHIGH'
    'MCOEVSMB_1'
    'MCOEV_STUDENT'
    'MCOEV_TELSTRA'
    'MCOEV_USGOV_DOD'
    'MCOEV_USGOV_GCCHIGH'
    'MTR_PREM'
    'Microsoft_Teams_Rooms_Pro'
    'Microsoft_Teams_Rooms_Pro_FAC'
    'Microsoft_Teams_Rooms_Pro_GCC'
    'Microsoft_Teams_Rooms_Pro_without_Audio_Conferencing'
    'MEETING_ROOM'
    'MEETING_ROOM_GOV'
    'MEETING_ROOM_GOV_NOAUDIOCONF'
    'MEETING_ROOM_NOAUDIOCONF'
    'MCOCAP'
    'MCOCAP_FACULTY'
    'MCOCAP_GOV'
    'ENTERPRISEPREMIUM_FACULTY'
    'ENTERPRISEPREMIUM_STUDENT'
    'ENTERPRISEPREMIUM'
    'Office_365_w/o_Teams_Bundle_E5'
    'Office_365_E5_EEA_(no_Teams)_without_Audio_Conferencing'
    'ENTERPRISEPREMIUM_NOPSTNCONF'
    'ENTERPRISEPREMIUM_GOV'
    'ENTERPRISEPREMIUM_NOPSTNCONF_NOPBI_GOV'
    'MCOTEAMS_ESSENTIALS'
)

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
$usersFile = $ImportUsers_File
if (-not (Test-Path -LiteralPath $usersFile) -and $PSScriptRoot) { $usersFile = Join-Path -Path $PSScriptRoot -ChildPath $usersFile }
$UserRows = @(Import-Csv -LiteralPath $usersFile -Encoding UTF8)
$Users = @($UserRows | ForEach-Object { $_.UserPrincipalName })
foreach ($row in $UserRows) {
    $current = Get-MgUser -UserId $row.UserPrincipalName -Property UsageLocation
    if ($current.UsageLocation -eq $row.UsageLocation) { Write-Kept "$($row.UserPrincipalName) $($row.UsageLocation)"; continue }
    if ($PSCmdlet.ShouldProcess($row.UserPrincipalName, 'régler le pays d''utilisation')) {
        Update-MgUser -UserId $row.UserPrincipalName -UsageLocation $row.UsageLocation
        Write-Done ('' + $row.UserPrincipalName + ' pays d''utilisation ' + $row.UsageLocation)
    }
}

# ============================================================================
# Étape 4/9: Acheter et attribuer les licences Système téléphonique et forfait d'appels [licences]
# ============================================================================
Write-Step '4/9 Acheter et attribuer les licences Système téléphonique et forfait d''appels'
# L'achat se fait dans le centre d'administration Microsoft 365 (Facturation > Acheter des services) : 15 × MCOEV
$units = 0
foreach ($owned in @(Get-MgSubscribedSku -All | Where-Object { $PhoneSystemSkus -contains $_.SkuPartNumber })) { $units += $owned.PrepaidUnits.Enabled }
if ($units -lt 15) {
    Stop-Plan ('Le client a ' + $units + ' licences qui donnent MCOEV, il en faut 15 : achetez-les dans le centre d''administration Microsoft 365 (Facturation > Acheter des services), puis relancez le script.')
}
Write-Kept ('MCOEV : ' + $units)
# L'achat se fait dans le centre d'administration Microsoft 365 (Facturation > Acheter des services) : 15 × MCOPSTN2
$units = 0
foreach ($owned in @(Get-MgSubscribedSku -All | Where-Object { @('MCOPSTN2') -contains $_.SkuPartNumber })) { $units += $owned.PrepaidUnits.Enabled }
if ($units -lt 15) {
    Stop-Plan ('Le client a ' + $units + ' licences qui donnent MCOPSTN2, il en faut 15 : achetez-les dans le centre d''administration Microsoft 365 (Facturation > Acheter des services), puis relancez le script.')
}
Write-Kept ('MCOPSTN2 : ' + $units)
$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'MCOEV'
foreach ($upn in $Users) {
    $owned = @((Get-MgUserLicenseDetail -UserId $upn).SkuPartNumber | Where-Object { $PhoneSystemSkus -contains $_ })
    if ($owned.Count -gt 0) { Write-Kept "$upn $($owned -join ', ')"; continue }
    if (-not $sku) { Stop-Plan ('' + $upn + ' n''a aucune licence qui donne MCOEV, et le client n''a pas de MCOEV à attribuer : achetez-la, puis relancez le script.') }
    if ($PSCmdlet.ShouldProcess($upn, 'attribuer la licence MCOEV')) {
        Set-MgUserLicense -UserId $upn -AddLicenses @(@{ SkuId = $sku.SkuId }) -RemoveLicenses @() | Out-Null
        Write-Done "$upn $($sku.SkuPartNumber)"
    }
}
$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'MCOPSTN2'
foreach ($upn in $Users) {
    $owned = @((Get-MgUserLicenseDetail -UserId $upn).SkuPartNumber | Where-Object { @('MCOPSTN2') -contains $_ })
    if ($owned.Count -gt 0) { Write-Kept "$upn $($owned -join ', ')"; continue }
    if (-not $sku) { Stop-Plan ('' + $upn + ' n''a aucune licence qui donne MCOPSTN2, et le client n''a pas de MCOPSTN2 à attribuer : achetez-la, puis relancez le script.') }
    if ($PSCmdlet.ShouldProcess($upn, 'attribuer la licence MCOPSTN2')) {
        Set-MgUserLicense -UserId $upn -AddLicenses @(@{ SkuId = $sku.SkuId }) -RemoveLicenses @() | Out-Null
        Write-Done "$upn $($sku.SkuPartNumber)"
    }
}

# ============================================================================
# Étape 5/9: Ajouter et valider les adresses d'urgence [emergency-addresses]
# ↳ Le formulaire de demande de numéros doit indiquer l'adresse d'urgence des numéros.
# ============================================================================
Write-Step '5/9 Ajouter et valider les adresses d''urgence'
$address = @(Get-CsOnlineLisCivicAddress | Where-Object Description -eq 'Siège Lyon') | Select-Object -First 1
if ($address) { Write-Kept ('Siège Lyon') } else {
    if ($PSCmdlet.ShouldProcess('Siège Lyon', 'créer l''adresse d''urgence')) {
        $address = New-CsOnlineLisCivicAddress -CompanyName 'Fabrikam Conseil' -CountryOrRegion 'FR' -HouseNumber '12' -StreetName 'Rue de la République' -City 'Lyon' -PostalCode '69002' -Latitude '45.7640' -Longitude '4.8357' -Description 'Siège Lyon'
        Write-Done ('Siège Lyon')
    }
}
if ($address) { $AddressIds['Siège Lyon'] = $address.CivicAddressId }
$location = $null
if ($AddressIds['Siège Lyon']) {
    $location = @(Get-CsOnlineLisLocation -CivicAddressId $AddressIds['Siège Lyon'] | Where-Object Location -eq '3e étage') | Select-Object -First 1
    if ($location) { Write-Kept ('3e étage') } else {
        if ($PSCmdlet.ShouldProcess('3e étage', 'créer l''emplacement')) {
            $location = New-CsOnlineLisLocation -CivicAddressId $AddressIds['Siège Lyon'] -Location '3e étage'
            Write-Done ('3e étage')
        }
    }
}
if ($location) { $LocationIds['3e étage'] = $location.LocationId }
foreach ($id in @($AddressIds.Values)) {
    $checked = Get-CsOnlineLisCivicAddress -CivicAddressId $id
    $deadline = (Get-Date).AddMinutes(2)
    while ($checked.ValidationStatus -notin @('Valid', 'Invalid') -and (Get-Date) -lt $deadline) {
        Write-Host ('   Microsoft valide l''adresse ' + $checked.Description + ' (état : ' + $checked.ValidationStatus + ')')
        Start-Sleep -Seconds 15
        $checked = Get-CsOnlineLisCivicAddress -CivicAddressId $id
    }
    if ($checked.ValidationStatus -eq 'Invalid') {
        Stop-Plan ('L''adresse ' + $checked.Description + ' n''est pas valide : corrigez-la avec Set-CsOnlineLisCivicAddress -CivicAddressId ' + $id + ' (ou dans le centre d''administration Teams), puis relancez le script.')
    }
    if ($checked.ValidationStatus -ne 'Valid') {
        Stop-Plan ('L''adresse ' + $checked.Description + ' est encore ' + $checked.ValidationStatus + ' : Microsoft valide seul les nouvelles adresses, ce qui peut prendre du temps. Relancez le script plus tard ; il garde ce qui est fait.')
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
$assignLocation = $LocationIds['3e étage']
$next = 0
foreach ($upn in $Users) {
    if (Get-CsPhoneNumberAssignment -AssignedPstnTargetId $upn) { Write-Kept $upn; continue }
    if ($next -ge $free.Count) { Stop-Plan 'Plus aucun numéro libre : obtenez d''abord d''autres numéros, puis relancez le script.' }
    $number = $free[$next].TelephoneNumber
    if ($PSCmdlet.ShouldProcess($upn, ('attribuer le numéro ' + $number))) {
        if ($assignLocation) {
            Set-CsPhoneNumberAssignment -Identity $upn -PhoneNumber $number -PhoneNumberType CallingPlan -LocationId $assignLocation
        } else {
            Set-CsPhoneNumberAssignment -Identity $upn -PhoneNumber $number -PhoneNumberType CallingPlan
        }
        Write-Done ($upn + ' ' + $number)
    }
    $next++
}

# ============================================================================
# Étape 9/9: Prévenir les utilisateurs de leur nouveau numéro [notify-users]
# ============================================================================
Write-Step '9/9 Prévenir les utilisateurs de leur nouveau numéro'
Write-Todo 'Annoncez à chacun son numéro (setup-guide run écrit un courriel par utilisateur dans sa boîte d''envoi).'

Write-Host ''
Write-Host 'Toutes les étapes du plan ont été exécutées.'
