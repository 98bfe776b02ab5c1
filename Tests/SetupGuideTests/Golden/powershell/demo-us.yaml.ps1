# Teams Phone setup for United States (US)
# Connectivity: Calling Plan · features: call-queues
# Written by setup-guide from the guides; each step looks before it creates, so it can run again.
# Before running: Connect-MicrosoftTeams; Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All
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
# Step 1/11: Check availability in your country [country-availability]
# ============================================================================
Write-Step '1/11 Check availability in your country'
# Organisation country: US

# ============================================================================
# Step 2/11: Choose how you connect to the phone network [pstn-connectivity]
# ============================================================================
Write-Step '2/11 Choose how you connect to the phone network'
# PSTN connectivity: calling-plan

# ============================================================================
# Step 3/11: Import users [import-users]
# ============================================================================
Write-Step '3/11 Import users'
# The users already exist in Microsoft 365; the file names them and their usage location.
$UserRows = @(Import-Csv -LiteralPath 'content/examples/demo-users-us.csv' -Encoding UTF8)
$Users = @($UserRows | ForEach-Object { $_.UserPrincipalName })
foreach ($row in $UserRows) {
    $current = Get-MgUser -UserId $row.UserPrincipalName -Property UsageLocation
    if ($current.UsageLocation -eq $row.UsageLocation) { Write-Kept "$($row.UserPrincipalName) $($row.UsageLocation)"; continue }
    Update-MgUser -UserId $row.UserPrincipalName -UsageLocation $row.UsageLocation
    Write-Done "$($row.UserPrincipalName) usage location $($row.UsageLocation)"
}

# ============================================================================
# Step 4/11: Buy and assign Phone System and Calling Plan licences [licences]
# ============================================================================
Write-Step '4/11 Buy and assign Phone System and Calling Plan licences'
# Buying is done in the Microsoft 365 admin center (Billing > Purchase services): 10 × MCOEV
$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'MCOEV'
if (-not $sku -or $sku.PrepaidUnits.Enabled -lt 10) {
    throw 'Buy 10 MCOEV licences in the Microsoft 365 admin center, then run the script again.'
}
Write-Kept ('MCOEV: ' + $sku.PrepaidUnits.Enabled)
# Buying is done in the Microsoft 365 admin center (Billing > Purchase services): 10 × MCOPSTN1
$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'MCOPSTN1'
if (-not $sku -or $sku.PrepaidUnits.Enabled -lt 10) {
    throw 'Buy 10 MCOPSTN1 licences in the Microsoft 365 admin center, then run the script again.'
}
Write-Kept ('MCOPSTN1: ' + $sku.PrepaidUnits.Enabled)
$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'MCOEV'
foreach ($upn in $Users) {
    if ((Get-MgUserLicenseDetail -UserId $upn).SkuPartNumber -contains $sku.SkuPartNumber) { Write-Kept "$upn $($sku.SkuPartNumber)"; continue }
    Set-MgUserLicense -UserId $upn -AddLicenses @(@{ SkuId = $sku.SkuId }) -RemoveLicenses @() | Out-Null
    Write-Done "$upn $($sku.SkuPartNumber)"
}
$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'MCOPSTN1'
foreach ($upn in $Users) {
    if ((Get-MgUserLicenseDetail -UserId $upn).SkuPartNumber -contains $sku.SkuPartNumber) { Write-Kept "$upn $($sku.SkuPartNumber)"; continue }
    Set-MgUserLicense -UserId $upn -AddLicenses @(@{ SkuId = $sku.SkuId }) -RemoveLicenses @() | Out-Null
    Write-Done "$upn $($sku.SkuPartNumber)"
}

# ============================================================================
# Step 5/11: Get new numbers in the admin center [user-numbers]
# ============================================================================
Write-Step '5/11 Get new numbers in the admin center'
$have = @(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain UserAssignment -Top 1000).Count
if ($have -ge 5) {
    Write-Kept "$have numbers"
    $OrderId = $null
} else {
    # the search reserves the numbers for 10 minutes: the order is completed right after
    $OrderId = New-CsOnlineTelephoneNumberOrder -Name 'setup-guide user-numbers' -Description 'Get new numbers in the admin center' -Country 'US' -NumberType 'UserSubscriber' -Quantity 5
    Write-Done "search order $OrderId"
}
if ($OrderId) {
    Complete-CsOnlineTelephoneNumberOrder -OrderId $OrderId
    Write-Done "numbers of order $OrderId acquired"
}

# ============================================================================
# Step 6/11: Get service numbers [service-numbers]
# ============================================================================
Write-Step '6/11 Get service numbers'
$have = @(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain VoiceApplicationAssignment -Top 1000).Count
if ($have -ge 1) {
    Write-Kept "$have numbers"
    $OrderId = $null
} else {
    # the search reserves the numbers for 10 minutes: the order is completed right after
    $OrderId = New-CsOnlineTelephoneNumberOrder -Name 'setup-guide service-numbers' -Description 'Get service numbers' -Country 'US' -NumberType 'VoiceApplicationToll' -Quantity 1
    Write-Done "search order $OrderId"
}
if ($OrderId) {
    Complete-CsOnlineTelephoneNumberOrder -OrderId $OrderId
    Write-Done "numbers of order $OrderId acquired"
}

# ============================================================================
# Step 7/11: Add and validate emergency addresses [emergency-addresses]
# ============================================================================
Write-Step '7/11 Add and validate emergency addresses'
$address = @(Get-CsOnlineLisCivicAddress | Where-Object Description -eq 'Seattle office') | Select-Object -First 1
if ($address) { Write-Kept ('Seattle office') } else {
    $address = New-CsOnlineLisCivicAddress -CompanyName 'Fabrikam Consulting Inc' -CountryOrRegion 'US' -HouseNumber '1200' -StreetName '5th Avenue' -City 'Seattle' -StateOrProvince 'WA' -PostalCode '98101' -Latitude '47.6062' -Longitude '-122.3321' -Description 'Seattle office'
    Write-Done ('Seattle office')
}
$AddressIds['Seattle office'] = $address.CivicAddressId
$location = @(Get-CsOnlineLisLocation -CivicAddressId $AddressIds['Seattle office'] | Where-Object Location -eq 'Floor 12') | Select-Object -First 1
if ($location) { Write-Kept ('Floor 12') } else {
    $location = New-CsOnlineLisLocation -CivicAddressId $AddressIds['Seattle office'] -Location 'Floor 12'
    Write-Done ('Floor 12')
}
$LocationIds['Floor 12'] = $location.LocationId
foreach ($id in @($AddressIds.Values)) {
    $checked = Get-CsOnlineLisCivicAddress -CivicAddressId $id
    if ($checked.ValidationStatus -ne 'Valid') {
        throw ('Address not valid: ' + $checked.Description + '. Correct it, or open a service request (a validation request in the US).')
    }
    Write-Kept ($checked.Description + ' ' + $checked.ValidationStatus)
}

# ============================================================================
# Step 8/11: Assign numbers and emergency addresses [assign-numbers]
# ============================================================================
Write-Step '8/11 Assign numbers and emergency addresses'
$free = @(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain UserAssignment -PstnAssignmentStatus Unassigned -Top 1000)
$next = 0
foreach ($upn in $Users) {
    if (Get-CsPhoneNumberAssignment -AssignedPstnTargetId $upn) { Write-Kept $upn; continue }
    if ($next -ge $free.Count) { throw 'No free Calling Plan number left: get more numbers first.' }
    Set-CsPhoneNumberAssignment -Identity $upn -PhoneNumber $free[$next].TelephoneNumber -PhoneNumberType CallingPlan -LocationId $LocationIds['Floor 12']
    Write-Done "$upn $($free[$next].TelephoneNumber)"
    $next++
}

# ============================================================================
# Step 9/11: Tell users their new number [notify-users]
# ============================================================================
Write-Step '9/11 Tell users their new number'
Write-Todo 'Tell each user their number (setup-guide run writes one mail per user in its outbox).'

# ============================================================================
# Step 10/11: Create a call queue [call-queues]
# ============================================================================
Write-Step '10/11 Create a call queue'
$account = Get-CsOnlineApplicationInstance -Identity 'frontdesk@fabrikam.example' -ErrorAction SilentlyContinue
if ($account) { Write-Kept ('frontdesk@fabrikam.example') } else {
    $account = New-CsOnlineApplicationInstance -UserPrincipalName 'frontdesk@fabrikam.example' -ApplicationId '11cd3e2e-fccb-42ad-ad00-878b93575e07' -DisplayName 'Front desk'
    Write-Done ('frontdesk@fabrikam.example')
}
Update-MgUser -UserId 'frontdesk@fabrikam.example' -UsageLocation 'US'
$virtual = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'PHONESYSTEM_VIRTUALUSER'
if ((Get-MgUserLicenseDetail -UserId 'frontdesk@fabrikam.example').SkuPartNumber -notcontains 'PHONESYSTEM_VIRTUALUSER') {
    Set-MgUserLicense -UserId 'frontdesk@fabrikam.example' -AddLicenses @(@{ SkuId = $virtual.SkuId }) -RemoveLicenses @() | Out-Null
}
$queue = @(Get-CsCallQueue -NameFilter 'Front desk' | Where-Object Name -eq 'Front desk') | Select-Object -First 1
if ($queue) { Write-Kept ('Front desk') } else {
    $agents = @(foreach ($upn in $Users) { (Get-CsOnlineUser -Identity $upn).Identity })
    $queue = New-CsCallQueue -Name 'Front desk' -LanguageId 'en-US' -Users $agents -UseDefaultMusicOnHold $true
    $account = Get-CsOnlineApplicationInstance -Identity 'frontdesk@fabrikam.example'
    New-CsOnlineApplicationInstanceAssociation -Identities @($account.ObjectId) -ConfigurationId $queue.Identity -ConfigurationType CallQueue | Out-Null
    Write-Done ('Front desk')
}

# ============================================================================
# Step 11/11: Assign service numbers [assign-service-numbers]
# ============================================================================
Write-Step '11/11 Assign service numbers'
if (Get-CsPhoneNumberAssignment -AssignedPstnTargetId 'frontdesk@fabrikam.example') { Write-Kept ('frontdesk@fabrikam.example') } else {
    $serviceNumber = (@(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain VoiceApplicationAssignment -PstnAssignmentStatus Unassigned -Top 1000) | Select-Object -First 1 -ExpandProperty TelephoneNumber)
    if (-not $serviceNumber) { throw 'No free service number: get one first.' }
    Set-CsPhoneNumberAssignment -Identity 'frontdesk@fabrikam.example' -PhoneNumber $serviceNumber -PhoneNumberType CallingPlan
    Write-Done ('frontdesk@fabrikam.example' + ' ' + $serviceNumber)
}

Write-Host ''
Write-Host 'All steps of the plan ran.'
