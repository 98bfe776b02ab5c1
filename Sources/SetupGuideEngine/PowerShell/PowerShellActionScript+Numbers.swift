internal import Foundation
internal import SetupGuideModel

// The PowerShell of the actions on phone numbers: one self-contained method per action.
extension PowerShellActionScript {
    /// `numbers.search`.
    func numbersSearch() -> [String] {
        let kind = NumberKind(rawValue: text("type")) ?? .user
        let numberType = searchType(kind, step: step)
        let quantity = value("quantity").flatMap(\.literal).flatMap(PowerShellText.integer) ?? value("quantity")?.code ?? "1"
        var order = "New-CsOnlineTelephoneNumberOrder -Name \(PowerShellText.quoted("setup-guide \(step.id)")) -Description \(PowerShellText.quoted(step.title)) -Country \(code("country", plan.options.country.code)) -NumberType \(PowerShellText.quoted(numberType)) -Quantity \(quantity)"
        if let address = value("address") { order += " -CivicAddressId $AddressIds[\(address.code)]" }
        if let area = value("areaCode")?.literal.flatMap(PowerShellText.integer) { order += " -AreaCode \(area)" }
        return [
            "$have = @(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain \(capability(kind)) -Top 1000).Count",
            "if ($have -ge \(quantity)) {",
            "    Write-Kept \"$have numbers\"",
            "    $OrderId = $null",
            "} else {",
            "    # the search reserves the numbers for 10 minutes: the order is completed right after",
            "    $OrderId = " + order,
            "    Write-Done \"search order $OrderId\"",
            "}",
        ]
    }

    /// `numbers.acquire`.
    func numbersAcquire() -> [String] {
        return [
            "if ($OrderId) {",
            "    Complete-CsOnlineTelephoneNumberOrder -OrderId $OrderId",
            "    Write-Done \"numbers of order $OrderId acquired\"",
            "}",
        ]
    }

    /// `numbers.release`.
    func numbersRelease() -> [String] {
        return ["if ($OrderId) { Clear-CsOnlineTelephoneNumberOrder -OrderId $OrderId; Write-Done \"order $OrderId released\" }"]
    }

    /// `numbers.request`.
    func numbersRequest() -> [String] {
        return todo("Send the request form for \(text("quantity")) \(text("type").isEmpty ? "user" : text("type")) numbers in \(text("city")) (Teams admin center > Voice > Phone numbers).",
                    "Envoyez le formulaire de demande de \(text("quantity")) numéros (\(text("type").isEmpty ? "user" : text("type"))) à \(text("city")) (centre d'administration Teams > Voix > Numéros de téléphone).")
    }

    /// `numbers.port`.
    func numbersPort() -> [String] {
        return todo("Port \(text("quantity")) numbers from \(text("carrier")) with the porting wizard (Teams admin center > Voice > Phone numbers > Port); over 999 numbers, send a manual port order with the signed letter of authorisation.",
                    "Transférez \(text("quantity")) numéros depuis \(text("carrier")) avec l'assistant de portage (centre d'administration Teams > Voix > Numéros de téléphone > Transférer) ; au-delà de 999, envoyez une commande manuelle avec la lettre d'autorisation signée.")
    }

    /// `numbers.assign`.
    func numbersAssign() -> [String] {
        var assign = "Set-CsPhoneNumberAssignment -Identity $upn -PhoneNumber $free[$next].TelephoneNumber -PhoneNumberType CallingPlan"
        if let location = value("location") {
            assign += " -LocationId $LocationIds[\(location.code)]"
        } else if let address = value("address") {
            assign += " -LocationId (Get-CsOnlineLisCivicAddress -CivicAddressId $AddressIds[\(address.code)]).DefaultLocationId"
        }
        return [
            "$free = @(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain UserAssignment -PstnAssignmentStatus Unassigned -Top 1000)",
            "$next = 0",
            "foreach ($upn in \(users(value("users")))) {",
            "    if (Get-CsPhoneNumberAssignment -AssignedPstnTargetId $upn) { Write-Kept $upn; continue }",
            "    if ($next -ge $free.Count) { throw " + PowerShellText.quoted(BilingualText("No free Calling Plan number left: get more numbers first.",
                                                                                  "Plus aucun numéro libre : obtenez d'abord d'autres numéros.")[language]) + " }",
            "    " + assign,
            "    Write-Done \"$upn $($free[$next].TelephoneNumber)\"",
            "    $next++",
            "}",
        ]
    }

    /// `numbers.unassign`.
    func numbersUnassign() -> [String] {
        return ["Remove-CsPhoneNumberAssignment -Identity \(code("user", "")) -RemoveAll", "Write-Done " + code("user", "")]
    }
}
