# Teams Phone setup for United States (US)
# Connectivity: Calling Plan · features: call-queues
# Written by setup-guide from the guides; each step looks before it creates, so it can run again.
# Try it first with -WhatIf: it then says what it would change and changes nothing.
#Requires -Modules MicrosoftTeams, Microsoft.Graph.Authentication, Microsoft.Graph.Users, Microsoft.Graph.Users.Actions, Microsoft.Graph.Identity.DirectoryManagement

[CmdletBinding(SupportsShouldProcess = $true)]
param(
    # Import users: Users CSV file
    [string] $ImportUsers_File = 'demo-users-us.csv'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$AddressIds = @{}
$LocationIds = @{}
$Users = @()
function Write-Step([string] $Text) { Write-Host ''; Write-Host ('== ' + $Text) }
function Write-Done([string] $Text) { Write-Host ('   done: ' + $Text) }
function Write-Kept([string] $Text) { Write-Host ('   already there: ' + $Text) }
function Write-Todo([string] $Text) { Write-Host ('   to do by hand: ' + $Text) }
# A clean stop: what to do, then how to run the script again (what is done is kept).
function Stop-Plan([string] $Text) {
    Write-Warning $Text
    Write-Host ('Run the script again when it is done: ' + $MyInvocation.ScriptName)
    exit 2
}

# Connect, or check the connection: Teams, and Graph with the scopes the writes need.
try { Get-CsTenant | Out-Null } catch { Connect-MicrosoftTeams | Out-Null }
$GraphScopes = @('User.ReadWrite.All', 'Organization.Read.All')
$context = Get-MgContext
if (-not $context -or @($GraphScopes | Where-Object { $context.Scopes -notcontains $_ }).Count -gt 0) { Connect-MgGraph -Scopes $GraphScopes -NoWelcome }
# The licences that give Phone System, bundles included (Microsoft's licensing service-plan reference).
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
$usersFile = $ImportUsers_File
if (-not (Test-Path -LiteralPath $usersFile) -and $PSScriptRoot) { $usersFile = Join-Path -Path $PSScriptRoot -ChildPath $usersFile }
$UserRows = @(Import-Csv -LiteralPath $usersFile -Encoding UTF8)
$Users = @($UserRows | ForEach-Object { $_.UserPrincipalName })
foreach ($row in $UserRows) {
    $current = Get-MgUser -UserId $row.UserPrincipalName -Property UsageLocation
    if ($current.UsageLocation -eq $row.UsageLocation) { Write-Kept "$($row.UserPrincipalName) $($row.UsageLocation)"; continue }
    if ($PSCmdlet.ShouldProcess($row.UserPrincipalName, 'set the usage location')) {
        Update-MgUser -UserId $row.UserPrincipalName -UsageLocation $row.UsageLocation
        Write-Done ('' + $row.UserPrincipalName + ' usage location ' + $row.UsageLocation)
    }
}

# ============================================================================
# Step 4/11: Buy and assign Phone System and Calling Plan licences [licences]
# ============================================================================
Write-Step '4/11 Buy and assign Phone System and Calling Plan licences'
# Buying is done in the Microsoft 365 admin center (Billing > Purchase services): 10 × MCOEV
$units = 0
foreach ($owned in @(Get-MgSubscribedSku -All | Where-Object { $PhoneSystemSkus -contains $_.SkuPartNumber })) { $units += $owned.PrepaidUnits.Enabled }
if ($units -lt 10) {
    Stop-Plan ('The tenant has ' + $units + ' licences that give MCOEV, 10 are needed: buy them in the Microsoft 365 admin center (Billing > Purchase services), then run the script again.')
}
Write-Kept ('MCOEV: ' + $units)
# Buying is done in the Microsoft 365 admin center (Billing > Purchase services): 10 × MCOPSTN1
$units = 0
foreach ($owned in @(Get-MgSubscribedSku -All | Where-Object { @('MCOPSTN1') -contains $_.SkuPartNumber })) { $units += $owned.PrepaidUnits.Enabled }
if ($units -lt 10) {
    Stop-Plan ('The tenant has ' + $units + ' licences that give MCOPSTN1, 10 are needed: buy them in the Microsoft 365 admin center (Billing > Purchase services), then run the script again.')
}
Write-Kept ('MCOPSTN1: ' + $units)
$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'MCOEV'
foreach ($upn in $Users) {
    $owned = @((Get-MgUserLicenseDetail -UserId $upn).SkuPartNumber | Where-Object { $PhoneSystemSkus -contains $_ })
    if ($owned.Count -gt 0) { Write-Kept "$upn $($owned -join ', ')"; continue }
    if (-not $sku) { Stop-Plan ('' + $upn + ' has no licence that gives MCOEV, and the tenant has no MCOEV to assign: buy it, then run the script again.') }
    if ($PSCmdlet.ShouldProcess($upn, 'assign the licence MCOEV')) {
        Set-MgUserLicense -UserId $upn -AddLicenses @(@{ SkuId = $sku.SkuId }) -RemoveLicenses @() | Out-Null
        Write-Done "$upn $($sku.SkuPartNumber)"
    }
}
$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'MCOPSTN1'
foreach ($upn in $Users) {
    $owned = @((Get-MgUserLicenseDetail -UserId $upn).SkuPartNumber | Where-Object { @('MCOPSTN1') -contains $_ })
    if ($owned.Count -gt 0) { Write-Kept "$upn $($owned -join ', ')"; continue }
    if (-not $sku) { Stop-Plan ('' + $upn + ' has no licence that gives MCOPSTN1, and the tenant has no MCOPSTN1 to assign: buy it, then run the script again.') }
    if ($PSCmdlet.ShouldProcess($upn, 'assign the licence MCOPSTN1')) {
        Set-MgUserLicense -UserId $upn -AddLicenses @(@{ SkuId = $sku.SkuId }) -RemoveLicenses @() | Out-Null
        Write-Done "$upn $($sku.SkuPartNumber)"
    }
}

# ============================================================================
# Step 5/11: Get new numbers in the admin center [user-numbers]
# ============================================================================
Write-Step '5/11 Get new numbers in the admin center'
$OrderId = $null
$Order = $null
$have = @(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain UserAssignment -Top 1000).Count
if ($have -ge 5) {
    Write-Kept ('' + $have + ' numbers')
} else {
    $offer = @(Get-CsOnlineTelephoneNumberType -Country 'US' | Where-Object NumberType -eq 'UserSubscriber') | Select-Object -First 1
    if (-not $offer) { Stop-Plan 'Microsoft offers no UserSubscriber numbers in this country: use the request form (Teams admin center > Voice > Phone numbers), then run the script again.' }
    $allowed = @($offer.AllowedSearchType)
    $civic = (@(Get-CsOnlineLisCivicAddress -City 'Seattle' -ValidationStatus Valid) | Select-Object -First 1 -ExpandProperty CivicAddressId)
    if ($offer.RequiresCivicAddress -and -not $civic) { Stop-Plan 'These numbers need a validated emergency address: add it (Teams admin center > Locations > Emergency addresses), then run the script again.' }
    $search = 'search of 5 UserSubscriber numbers'
    if ($civic -and $allowed -contains 'CivicAddress') {
        if ($PSCmdlet.ShouldProcess('US', $search)) { $OrderId = New-CsOnlineTelephoneNumberOrder -Name 'setup-guide user-numbers' -Description 'Get new numbers in the admin center' -Country 'US' -NumberType 'UserSubscriber' -Quantity 5 -CivicAddressId $civic }
    } else {
        $allowedText = $allowed -join ', '
        Stop-Plan ('No search this country allows for these numbers fits the answers (allowed: ' + $allowedText + '). Give an emergency address or an area code, or use the request form.')
    }
    if ($OrderId) {
        # the search runs in the background: wait, bounded, until Microsoft has reserved the numbers
        $deadline = (Get-Date).AddMinutes(5)
        while ($true) {
            $Order = Get-CsOnlineTelephoneNumberOrder -OrderId $OrderId -OrderType Search
            if (@('Reserved', 'Expired', 'Error') -contains $Order.Status) { break }
            if ((Get-Date) -ge $deadline) { Stop-Plan ('The search order ' + $OrderId + ' is still ' + $Order.Status + ' after 5 minutes: see Teams admin center > Voice > Phone numbers > Order history, then run the script again.') }
            Write-Host ('   waiting for the search to reserve the numbers (status: ' + $Order.Status + ')')
            Start-Sleep -Seconds 10
        }
        if ($Order.Status -eq 'Expired') { Stop-Plan ('The reservation of order ' + $OrderId + ' expired before it was completed: run the script again for a new search.') }
        if ($Order.Status -eq 'Error') { Stop-Plan ('The search order ' + $OrderId + ' failed (' + $Order.ErrorCode + '): change the area code or address, or use the request form, then run the script again.') }
        Write-Done ('numbers reserved by order ' + $OrderId + ' until ' + $Order.ReservationExpiryDate)
    }
}
if ($OrderId -and $Order) {
    if (([datetime]$Order.ReservationExpiryDate).ToUniversalTime() -le (Get-Date).ToUniversalTime()) {
        Stop-Plan ('The reservation of order ' + $OrderId + ' has expired: run the script again for a new search.')
    }
    if ($PSCmdlet.ShouldProcess($OrderId, 'complete the number order')) {
        Complete-CsOnlineTelephoneNumberOrder -OrderId $OrderId
        Write-Done ('numbers of order ' + $OrderId + ' acquired')
    }
}

# ============================================================================
# Step 6/11: Get service numbers [service-numbers]
# ============================================================================
Write-Step '6/11 Get service numbers'
$OrderId = $null
$Order = $null
$have = @(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain VoiceApplicationAssignment -Top 1000).Count
if ($have -ge 1) {
    Write-Kept ('' + $have + ' numbers')
} else {
    $offer = @(Get-CsOnlineTelephoneNumberType -Country 'US' | Where-Object NumberType -eq 'CallQueueToll') | Select-Object -First 1
    if (-not $offer) { Stop-Plan 'Microsoft offers no CallQueueToll numbers in this country: use the request form (Teams admin center > Voice > Phone numbers), then run the script again.' }
    $allowed = @($offer.AllowedSearchType)
    $civic = (@(Get-CsOnlineLisCivicAddress -City 'Seattle' -ValidationStatus Valid) | Select-Object -First 1 -ExpandProperty CivicAddressId)
    if ($offer.RequiresCivicAddress -and -not $civic) { Stop-Plan 'These numbers need a validated emergency address: add it (Teams admin center > Locations > Emergency addresses), then run the script again.' }
    $area = (@($offer.AreaCode) | Select-Object -First 1)
    $search = 'search of 1 CallQueueToll numbers'
    if ($civic -and $allowed -contains 'CivicAddress') {
        if ($PSCmdlet.ShouldProcess('US', $search)) { $OrderId = New-CsOnlineTelephoneNumberOrder -Name 'setup-guide service-numbers' -Description 'Get service numbers' -Country 'US' -NumberType 'CallQueueToll' -Quantity 1 -CivicAddressId $civic }
    } elseif ($area -and @($allowed | Where-Object { $_ -like 'AreaCode*' }).Count -gt 0) {
        if ($PSCmdlet.ShouldProcess('US', $search)) { $OrderId = New-CsOnlineTelephoneNumberOrder -Name 'setup-guide service-numbers' -Description 'Get service numbers' -Country 'US' -NumberType 'CallQueueToll' -Quantity 1 -AreaCode $area }
    } else {
        $allowedText = $allowed -join ', '
        Stop-Plan ('No search this country allows for these numbers fits the answers (allowed: ' + $allowedText + '). Give an emergency address or an area code, or use the request form.')
    }
    if ($OrderId) {
        # the search runs in the background: wait, bounded, until Microsoft has reserved the numbers
        $deadline = (Get-Date).AddMinutes(5)
        while ($true) {
            $Order = Get-CsOnlineTelephoneNumberOrder -OrderId $OrderId -OrderType Search
            if (@('Reserved', 'Expired', 'Error') -contains $Order.Status) { break }
            if ((Get-Date) -ge $deadline) { Stop-Plan ('The search order ' + $OrderId + ' is still ' + $Order.Status + ' after 5 minutes: see Teams admin center > Voice > Phone numbers > Order history, then run the script again.') }
            Write-Host ('   waiting for the search to reserve the numbers (status: ' + $Order.Status + ')')
            Start-Sleep -Seconds 10
        }
        if ($Order.Status -eq 'Expired') { Stop-Plan ('The reservation of order ' + $OrderId + ' expired before it was completed: run the script again for a new search.') }
        if ($Order.Status -eq 'Error') { Stop-Plan ('The search order ' + $OrderId + ' failed (' + $Order.ErrorCode + '): change the area code or address, or use the request form, then run the script again.') }
        Write-Done ('numbers reserved by order ' + $OrderId + ' until ' + $Order.ReservationExpiryDate)
    }
}
if ($OrderId -and $Order) {
    if (([datetime]$Order.ReservationExpiryDate).ToUniversalTime() -le (Get-Date).ToUniversalTime()) {
        Stop-Plan ('The reservation of order ' + $OrderId + ' has expired: run the script again for a new search.')
    }
    if ($PSCmdlet.ShouldProcess($OrderId, 'complete the number order')) {
        Complete-CsOnlineTelephoneNumberOrder -OrderId $OrderId
        Write-Done ('numbers of order ' + $OrderId + ' acquired')
    }
}

# ============================================================================
# Step 7/11: Add and validate emergency addresses [emergency-addresses]
# ============================================================================
Write-Step '7/11 Add and validate emergency addresses'
$address = @(Get-CsOnlineLisCivicAddress | Where-Object Description -eq 'Seattle office') | Select-Object -First 1
if ($address) { Write-Kept ('Seattle office') } else {
    if ($PSCmdlet.ShouldProcess('Seattle office', 'create the emergency address')) {
        $address = New-CsOnlineLisCivicAddress -CompanyName 'Fabrikam Consulting Inc' -CountryOrRegion 'US' -HouseNumber '1200' -StreetName '5th Avenue' -City 'Seattle' -StateOrProvince 'WA' -PostalCode '98101' -Latitude '47.6062' -Longitude '-122.3321' -Description 'Seattle office'
        Write-Done ('Seattle office')
    }
}
if ($address) { $AddressIds['Seattle office'] = $address.CivicAddressId }
$location = $null
if ($AddressIds['Seattle office']) {
    $location = @(Get-CsOnlineLisLocation -CivicAddressId $AddressIds['Seattle office'] | Where-Object Location -eq 'Floor 12') | Select-Object -First 1
    if ($location) { Write-Kept ('Floor 12') } else {
        if ($PSCmdlet.ShouldProcess('Floor 12', 'create the place')) {
            $location = New-CsOnlineLisLocation -CivicAddressId $AddressIds['Seattle office'] -Location 'Floor 12'
            Write-Done ('Floor 12')
        }
    }
}
if ($location) { $LocationIds['Floor 12'] = $location.LocationId }
foreach ($id in @($AddressIds.Values)) {
    $checked = Get-CsOnlineLisCivicAddress -CivicAddressId $id
    $deadline = (Get-Date).AddMinutes(2)
    while ($checked.ValidationStatus -notin @('Valid', 'Invalid') -and (Get-Date) -lt $deadline) {
        Write-Host ('   Microsoft is validating the address ' + $checked.Description + ' (status: ' + $checked.ValidationStatus + ')')
        Start-Sleep -Seconds 15
        $checked = Get-CsOnlineLisCivicAddress -CivicAddressId $id
    }
    if ($checked.ValidationStatus -eq 'Invalid') {
        Stop-Plan ('The address ' + $checked.Description + ' is not valid: correct it with Set-CsOnlineLisCivicAddress -CivicAddressId ' + $id + ' (or in the Teams admin center), then run the script again.')
    }
    if ($checked.ValidationStatus -ne 'Valid') {
        Stop-Plan ('The address ' + $checked.Description + ' is still ' + $checked.ValidationStatus + ': Microsoft validates new addresses on its own, which can take a while. Run the script again later; it keeps what is done.')
    }
    Write-Kept ($checked.Description + ' ' + $checked.ValidationStatus)
}

# ============================================================================
# Step 8/11: Assign numbers and emergency addresses [assign-numbers]
# ============================================================================
Write-Step '8/11 Assign numbers and emergency addresses'
$free = @(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain UserAssignment -PstnAssignmentStatus Unassigned -Top 1000)
$assignLocation = $LocationIds['Floor 12']
if (-not $assignLocation) { Stop-Plan 'In this country the emergency address is given at assignment: add the address and its place first, then run the script again.' }
$next = 0
foreach ($upn in $Users) {
    if (Get-CsPhoneNumberAssignment -AssignedPstnTargetId $upn) { Write-Kept $upn; continue }
    if ($next -ge $free.Count) { Stop-Plan 'No free Calling Plan number left: get more numbers first, then run the script again.' }
    $number = $free[$next].TelephoneNumber
    if ($PSCmdlet.ShouldProcess($upn, ('assign the number ' + $number))) {
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
    if ($PSCmdlet.ShouldProcess('frontdesk@fabrikam.example', 'create the resource account')) {
        $account = New-CsOnlineApplicationInstance -UserPrincipalName 'frontdesk@fabrikam.example' -ApplicationId '11cd3e2e-fccb-42ad-ad00-878b93575e07' -DisplayName 'Front desk'
        Write-Done ('frontdesk@fabrikam.example')
    }
}
if ($PSCmdlet.ShouldProcess('frontdesk@fabrikam.example', 'set the usage location and the resource account licence')) {
    Update-MgUser -UserId 'frontdesk@fabrikam.example' -UsageLocation 'US'
    $virtual = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'PHONESYSTEM_VIRTUALUSER'
    if ((Get-MgUserLicenseDetail -UserId 'frontdesk@fabrikam.example').SkuPartNumber -notcontains 'PHONESYSTEM_VIRTUALUSER') {
        Set-MgUserLicense -UserId 'frontdesk@fabrikam.example' -AddLicenses @(@{ SkuId = $virtual.SkuId }) -RemoveLicenses @() | Out-Null
    }
}
$queue = @(Get-CsCallQueue -NameFilter 'Front desk' | Where-Object Name -eq 'Front desk') | Select-Object -First 1
if ($queue) { Write-Kept ('Front desk') } else {
    if ($PSCmdlet.ShouldProcess('Front desk', 'create the call queue')) {
        $agents = @(foreach ($upn in $Users) { (Get-CsOnlineUser -Identity $upn).Identity })
        $queue = New-CsCallQueue -Name 'Front desk' -LanguageId 'en-US' -Users $agents -UseDefaultMusicOnHold $true
        $account = Get-CsOnlineApplicationInstance -Identity 'frontdesk@fabrikam.example'
        New-CsOnlineApplicationInstanceAssociation -Identities @($account.ObjectId) -ConfigurationId $queue.Identity -ConfigurationType CallQueue | Out-Null
        Write-Done ('Front desk')
    }
}

# ============================================================================
# Step 11/11: Assign service numbers [assign-service-numbers]
# ============================================================================
Write-Step '11/11 Assign service numbers'
if (Get-CsPhoneNumberAssignment -AssignedPstnTargetId 'frontdesk@fabrikam.example') { Write-Kept ('frontdesk@fabrikam.example') } else {
    $serviceAccount = 'frontdesk@fabrikam.example'
    $serviceNumber = (@(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain VoiceApplicationAssignment -PstnAssignmentStatus Unassigned -Top 1000) | Select-Object -First 1 -ExpandProperty TelephoneNumber)
    if (-not $serviceNumber) { Stop-Plan ('No free service number for ' + $serviceAccount + ': get one first (or give it in the answers), then run the script again.') }
    if ($PSCmdlet.ShouldProcess('frontdesk@fabrikam.example', ('assign the number ' + $serviceNumber))) {
        Set-CsPhoneNumberAssignment -Identity 'frontdesk@fabrikam.example' -PhoneNumber $serviceNumber -PhoneNumberType CallingPlan
        Write-Done ('frontdesk@fabrikam.example' + ' ' + $serviceNumber)
    }
}

Write-Host ''
Write-Host 'All steps of the plan ran.'
