internal import Foundation
internal import SetupGuideModel

// The PowerShell of the actions on phone numbers: one self-contained method per action.
extension PowerShellActionScript {
    /// How long the script waits for a search order to be reserved before it stops (minutes).
    static let searchWaitMinutes = 5

    /// `numbers.search`: which search key the country allows for the number type is asked of
    /// Get-CsOnlineTelephoneNumberType at run time, then the order is polled until it is reserved.
    func numbersSearch() -> [String] {
        let kind = NumberKind(rawValue: text("type")) ?? .user
        let numberType = searchType(kind, step: step)
        let country = code("country", plan.options.country.code)
        let quantity = value("quantity").flatMap(\.literal).flatMap(PowerShellText.integer) ?? value("quantity")?.code ?? "1"
        let quantityText = quantity.hasPrefix("$") ? v(quantity) : quantity
        let order = "New-CsOnlineTelephoneNumberOrder -Name \(PowerShellText.quoted("setup-guide \(step.id)")) -Description \(PowerShellText.quoted(step.title)) -Country \(country) -NumberType \(PowerShellText.quoted(numberType)) -Quantity \(quantity)"
        // The US page's own example: user numbers there are searched by civic address or prefix
        // ({CivicAddress, Prefix}), the prefix being 1 and the area code (-NumberPrefix 1425).
        let usUser = plan.options.country.code == "US" && kind == .user
        let area = value("areaCode")?.literal.flatMap(PowerShellText.integer)
        let prefix = usUser ? area.map { "1" + $0 } : nil
        let civic: String = value("address").map { "$AddressIds[\($0.code)]" }
            ?? (value("city").map { "(@(Get-CsOnlineLisCivicAddress -City \($0.code) -ValidationStatus Valid) | Select-Object -First 1 -ExpandProperty CivicAddressId)" }
                ?? "(@($AddressIds.Values) | Select-Object -First 1)")
        var lines = [
            "$OrderId = $null",
            "$Order = $null",
            "$have = @(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain \(capability(kind)) -Top 1000).Count",
            "if ($have -ge \(quantity)) {",
            "    Write-Kept " + say("\(v("$have")) numbers", "\(v("$have")) numéros"),
            "} else {",
            "    $offer = @(Get-CsOnlineTelephoneNumberType -Country \(country) | Where-Object NumberType -eq \(PowerShellText.quoted(numberType))) | Select-Object -First 1",
            "    if (-not $offer) { " + stop("Microsoft offers no \(numberType) numbers in this country: use the request form (Teams admin center > Voice > Phone numbers), then run the script again.",
                                              "Microsoft ne propose pas de numéros \(numberType) dans ce pays : utilisez le formulaire de demande (centre d'administration Teams > Voix > Numéros de téléphone), puis relancez le script.") + " }",
            "    $allowed = @($offer.AllowedSearchType)",
            "    $civic = \(civic)",
            "    if ($offer.RequiresCivicAddress -and -not $civic) { " + stop("These numbers need a validated emergency address: add it (Teams admin center > Locations > Emergency addresses), then run the script again.",
                                                                            "Ces numéros demandent une adresse d'urgence validée : ajoutez-la (centre d'administration Teams > Emplacements > Adresses d'urgence), puis relancez le script.") + " }",
        ]
        var branches: [(condition: String, call: String)] = []
        if let prefix {
            branches.append(("$allowed -contains 'Prefix' -and $civic", order + " -NumberPrefix \(prefix) -CivicAddressId $civic"))
            branches.append(("$allowed -contains 'Prefix' -and -not $offer.RequiresCivicAddress", order + " -NumberPrefix \(prefix)"))
        }
        branches.append(("$civic -and $allowed -contains 'CivicAddress'", order + " -CivicAddressId $civic"))
        if !usUser {
            // the area code asked for, or the first the offer lists
            lines.append("    $area = " + (area ?? "(@($offer.AreaCode) | Select-Object -First 1)"))
            branches.append(("$area -and @($allowed | Where-Object { $_ -like 'AreaCode*' }).Count -gt 0", order + " -AreaCode $area"))
        }
        lines.append("    $search = " + say("search of \(quantityText) \(numberType) numbers", "recherche de \(quantityText) numéros \(numberType)"))
        for (index, branch) in branches.enumerated() {
            lines.append("    " + (index == 0 ? "if" : "} elseif") + " (\(branch.condition)) {")
            lines.append("        if ($PSCmdlet.ShouldProcess(\(country), $search)) { $OrderId = \(branch.call) }")
        }
        lines += [
            "    } else {",
            "        $allowedText = $allowed -join ', '",
            "        " + stop("No search this country allows for these numbers fits the answers (allowed: \(v("$allowedText"))). Give an emergency address or an area code, or use the request form.",
                              "Aucune recherche permise dans ce pays pour ces numéros ne correspond aux réponses (permises : \(v("$allowedText"))). Donnez une adresse d'urgence ou un indicatif, ou utilisez le formulaire de demande."),
            "    }",
            "    if ($OrderId) {",
            "        # the search runs in the background: wait, bounded, until Microsoft has reserved the numbers",
            "        $deadline = (Get-Date).AddMinutes(\(Self.searchWaitMinutes))",
            "        while ($true) {",
            "            $Order = Get-CsOnlineTelephoneNumberOrder -OrderId $OrderId -OrderType Search",
            "            if (@('Reserved', 'Expired', 'Error') -contains $Order.Status) { break }",
            "            if ((Get-Date) -ge $deadline) { " + stop("The search order \(v("$OrderId")) is still \(v("$Order.Status")) after \(Self.searchWaitMinutes) minutes: see Teams admin center > Voice > Phone numbers > Order history, then run the script again.",
                                                                  "La commande de recherche \(v("$OrderId")) est encore \(v("$Order.Status")) après \(Self.searchWaitMinutes) minutes : voyez le centre d'administration Teams > Voix > Numéros de téléphone > Historique des commandes, puis relancez le script.") + " }",
            "            Write-Host " + say("   waiting for the search to reserve the numbers (status: \(v("$Order.Status")))", "   attente de la réservation des numéros (état : \(v("$Order.Status")))"),
            "            Start-Sleep -Seconds 10",
            "        }",
            "        if ($Order.Status -eq 'Expired') { " + stop("The reservation of order \(v("$OrderId")) expired before it was completed: run the script again for a new search.",
                                                                "La réservation de la commande \(v("$OrderId")) a expiré avant d'être finalisée : relancez le script pour une nouvelle recherche.") + " }",
            "        if ($Order.Status -eq 'Error') { " + stop("The search order \(v("$OrderId")) failed (\(v("$Order.ErrorCode"))): change the area code or address, or use the request form, then run the script again.",
                                                              "La commande de recherche \(v("$OrderId")) a échoué (\(v("$Order.ErrorCode"))) : changez d'indicatif ou d'adresse, ou utilisez le formulaire de demande, puis relancez le script.") + " }",
            "        Write-Done " + say("numbers reserved by order \(v("$OrderId")) until \(v("$Order.ReservationExpiryDate"))", "numéros réservés par la commande \(v("$OrderId")) jusqu'à \(v("$Order.ReservationExpiryDate"))"),
            "    }",
            "}",
        ]
        return lines
    }

    /// `numbers.acquire`: completes the reserved order, and only while the reservation holds.
    func numbersAcquire() -> [String] {
        return [
            "if ($OrderId -and $Order) {",
            "    if (([datetime]$Order.ReservationExpiryDate).ToUniversalTime() -le (Get-Date).ToUniversalTime()) {",
            "        " + stop("The reservation of order \(v("$OrderId")) has expired: run the script again for a new search.",
                              "La réservation de la commande \(v("$OrderId")) a expiré : relancez le script pour une nouvelle recherche."),
            "    }",
        ] + change("$OrderId", "complete the number order", "finaliser la commande de numéros", [
            "Complete-CsOnlineTelephoneNumberOrder -OrderId $OrderId",
            "Write-Done " + say("numbers of order \(v("$OrderId")) acquired", "numéros de la commande \(v("$OrderId")) acquis"),
        ]).map { "    " + $0 } + ["}"]
    }

    /// `numbers.release`.
    func numbersRelease() -> [String] {
        return ["if ($OrderId) {"] + change("$OrderId", "release the number order", "libérer la commande de numéros", [
            "Clear-CsOnlineTelephoneNumberOrder -OrderId $OrderId",
            "Write-Done " + say("order \(v("$OrderId")) released", "commande \(v("$OrderId")) libérée"),
        ]).map { "    " + $0 } + ["}"]
    }

    /// `numbers.request`.
    func numbersRequest() -> [String] {
        let type = text("type").isEmpty ? "user" : text("type")
        return todo("Send the request form for \(text("quantity")) \(type) numbers in \(text("city")) (Teams admin center > Voice > Phone numbers).",
                    "Envoyez le formulaire de demande de \(text("quantity")) numéros (\(type)) à \(text("city")) (centre d'administration Teams > Voix > Numéros de téléphone).")
    }

    /// `numbers.port`.
    func numbersPort() -> [String] {
        return todo("Port \(text("quantity")) numbers from \(text("carrier")) with the porting wizard (Teams admin center > Voice > Phone numbers > Port); over 999 numbers, send a manual port order with the signed letter of authorisation.",
                    "Transférez \(text("quantity")) numéros depuis \(text("carrier")) avec l'assistant de portage (centre d'administration Teams > Voix > Numéros de téléphone > Transférer) ; au-delà de 999, envoyez une commande manuelle avec la lettre d'autorisation signée.")
    }

    /// `numbers.assign`: each user gets a free Calling Plan number, with the emergency location
    /// given, or else the one this script created.
    func numbersAssign() -> [String] {
        var location = "(@($LocationIds.Values) | Select-Object -First 1)"
        if let given = value("location") {
            location = "$LocationIds[\(given.code)]"
        } else if let address = value("address") {
            location = "(Get-CsOnlineLisCivicAddress -CivicAddressId $AddressIds[\(address.code)]).DefaultLocationId"
        }
        var lines = [
            "$free = @(Get-CsPhoneNumberAssignment -NumberType CallingPlan -CapabilitiesContain UserAssignment -PstnAssignmentStatus Unassigned -Top 1000)",
            "$assignLocation = \(location)",
        ]
        if !plan.options.country.addressAtAcquisition, plan.options.country.holds(.emergencyCalling) {
            lines.append("if (-not $assignLocation) { " + stop("In this country the emergency address is given at assignment: add the address and its place first, then run the script again.",
                                                                "Dans ce pays, l'adresse d'urgence se donne à l'attribution : ajoutez d'abord l'adresse et son emplacement, puis relancez le script.") + " }")
        }
        lines += [
            "$next = 0",
            "foreach ($upn in \(users(value("users")))) {",
            "    if (Get-CsPhoneNumberAssignment -AssignedPstnTargetId $upn) { Write-Kept $upn; continue }",
            "    if ($next -ge $free.Count) { " + stop("No free Calling Plan number left: get more numbers first, then run the script again.",
                                                       "Plus aucun numéro libre : obtenez d'abord d'autres numéros, puis relancez le script.") + " }",
            "    $number = $free[$next].TelephoneNumber",
        ]
        lines += assignment(identity: "$upn", number: "$number", type: "CallingPlan", location: "$assignLocation").map { "    " + $0 }
        lines += ["    $next++", "}"]
        return lines
    }

    /// `numbers.unassign`.
    func numbersUnassign() -> [String] {
        return change(code("user", ""), "remove the phone number", "retirer le numéro", [
            "Remove-CsPhoneNumberAssignment -Identity \(code("user", "")) -RemoveAll",
            "Write-Done " + code("user", ""),
        ])
    }

    /// One number assigned, with `-LocationId` when `location` (a PowerShell expression) holds one.
    func assignment(identity: String, number: String, type: String, location: String?) -> [String] {
        let assign = "Set-CsPhoneNumberAssignment -Identity \(identity) -PhoneNumber \(number) -PhoneNumberType \(type)"
        var lines: [String]
        if let location {
            lines = ["if (\(location)) {", "    \(assign) -LocationId \(location)", "} else {", "    \(assign)", "}"]
        } else {
            lines = [assign]
        }
        lines.append("Write-Done (\(identity) + ' ' + \(number))")
        return change(identity, "assign the number \(v(number))", "attribuer le numéro \(v(number))", lines)
    }
}
