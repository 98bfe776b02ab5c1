internal import Foundation
internal import SetupGuideModel

// The PowerShell of the actions on emergency addresses and places: one self-contained method per action.
extension PowerShellActionScript {
    /// The optional address fields: each is passed only when it has a value, through `$fields`.
    static let optionalAddressFields = [("houseNumber", "HouseNumber"), ("street", "StreetName"), ("city", "City"), ("state", "StateOrProvince"),
                                        ("postalCode", "PostalCode"), ("latitude", "Latitude"), ("longitude", "Longitude"), ("elin", "Elin")]

    /// `addresses.create`: every field given (house number and postcode included) and, outside
    /// the countries that need none, the coordinates.
    func addressesCreate() -> [String] {
        let description = value("description") ?? value("company") ?? .literal("")
        var lines = [
            "$address = @(Get-CsOnlineLisCivicAddress | Where-Object Description -eq \(description.code)) | Select-Object -First 1",
            "if ($address) { Write-Kept (\(description.code)) } else {",
            "    $fields = @{}",
        ]
        var create = "New-CsOnlineLisCivicAddress -CompanyName \(code("company", "")) -CountryOrRegion \(code("country", plan.options.country.code))"
        for (name, parameter) in Self.optionalAddressFields {
            switch value(name) {
            case nil: continue
            case .literal(let text) where text.isEmpty: continue
            case .mayBeEmpty(let variable):
                // asked for, but the admin may leave it empty: passed only when given
                lines.append("    if (\(variable)) { $fields['\(parameter)'] = \(variable) }")
            case .some(let field): create += " -\(parameter) \(field.code)"
            }
        }
        create += " -Description \(description.code)"
        let splat = lines.contains { $0.contains("$fields[") }
        if !splat { lines.removeLast() }
        lines += change(description.code, "create the emergency address", "créer l'adresse d'urgence", [
            "$address = " + create + (splat ? " @fields" : ""),
            "Write-Done (\(description.code))",
        ]).map { "    " + $0 }
        lines += [
            "}",
            "if ($address) { $AddressIds[\(description.code)] = $address.CivicAddressId }",
        ]
        return lines
    }

    /// `addresses.validate`: a new address is `NotValidated` until Microsoft has checked it, which
    /// it does on its own; the script waits a little, then stops cleanly with what to run.
    func addressesValidate() -> [String] {
        return [
            "foreach ($id in @($AddressIds.Values)) {",
            "    $checked = Get-CsOnlineLisCivicAddress -CivicAddressId $id",
            "    $deadline = (Get-Date).AddMinutes(2)",
            "    while ($checked.ValidationStatus -notin @('Valid', 'Invalid') -and (Get-Date) -lt $deadline) {",
            "        Write-Host " + say("   Microsoft is validating the address \(v("$checked.Description")) (status: \(v("$checked.ValidationStatus")))",
                                       "   Microsoft valide l'adresse \(v("$checked.Description")) (état : \(v("$checked.ValidationStatus")))"),
            "        Start-Sleep -Seconds 15",
            "        $checked = Get-CsOnlineLisCivicAddress -CivicAddressId $id",
            "    }",
            "    if ($checked.ValidationStatus -eq 'Invalid') {",
            "        " + stop("The address \(v("$checked.Description")) is not valid: correct it with Set-CsOnlineLisCivicAddress -CivicAddressId \(v("$id")) (or in the Teams admin center), then run the script again.",
                              "L'adresse \(v("$checked.Description")) n'est pas valide : corrigez-la avec Set-CsOnlineLisCivicAddress -CivicAddressId \(v("$id")) (ou dans le centre d'administration Teams), puis relancez le script."),
            "    }",
            "    if ($checked.ValidationStatus -ne 'Valid') {",
            "        " + stop("The address \(v("$checked.Description")) is still \(v("$checked.ValidationStatus")): Microsoft validates new addresses on its own, which can take a while. Run the script again later; it keeps what is done.",
                              "L'adresse \(v("$checked.Description")) est encore \(v("$checked.ValidationStatus")) : Microsoft valide seul les nouvelles adresses, ce qui peut prendre du temps. Relancez le script plus tard ; il garde ce qui est fait."),
            "    }",
            "    Write-Kept ($checked.Description + ' ' + $checked.ValidationStatus)",
            "}",
        ]
    }

    /// `addresses.remove`.
    func addressesRemove() -> [String] {
        return [
            "$address = @(Get-CsOnlineLisCivicAddress | Where-Object Description -eq \(code("address", ""))) | Select-Object -First 1",
            "if ($address) {",
        ] + change(code("address", ""), "remove the emergency address", "supprimer l'adresse d'urgence", [
            "Remove-CsOnlineLisCivicAddress -CivicAddressId $address.CivicAddressId",
            "Write-Done " + say("address removed", "adresse supprimée"),
        ]).map { "    " + $0 } + ["}"]
    }

    /// `locations.create`.
    func locationsCreate() -> [String] {
        let address = code("address", "")
        let name = code("name", "")
        return [
            "$location = $null",
            "if ($AddressIds[\(address)]) {",
            "    $location = @(Get-CsOnlineLisLocation -CivicAddressId $AddressIds[\(address)] | Where-Object Location -eq \(name)) | Select-Object -First 1",
            "    if ($location) { Write-Kept (\(name)) } else {",
        ] + change(name, "create the place", "créer l'emplacement", [
            "$location = New-CsOnlineLisLocation -CivicAddressId $AddressIds[\(address)] -Location \(name)",
            "Write-Done (\(name))",
        ]).map { "        " + $0 } + [
            "    }",
            "}",
            "if ($location) { $LocationIds[\(name)] = $location.LocationId }",
        ]
    }

    /// `locations.remove`.
    func locationsRemove() -> [String] {
        return [
            "$location = @(Get-CsOnlineLisLocation -CivicAddressId $AddressIds[\(code("address", ""))] | Where-Object Location -eq \(code("name", ""))) | Select-Object -First 1",
            "if ($location) {",
        ] + change(code("name", ""), "remove the place", "supprimer l'emplacement", [
            "Remove-CsOnlineLisLocation -LocationId $location.LocationId",
            "Write-Done " + say("place removed", "emplacement supprimé"),
        ]).map { "    " + $0 } + ["}"]
    }
}
