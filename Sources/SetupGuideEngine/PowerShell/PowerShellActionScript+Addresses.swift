internal import Foundation
internal import SetupGuideModel

// The PowerShell of the actions on emergency addresses and places: one self-contained method per action.
extension PowerShellActionScript {
    /// `addresses.create`.
    func addressesCreate() -> [String] {
        let description = value("description") ?? value("company") ?? .literal("")
        var create = "New-CsOnlineLisCivicAddress -CompanyName \(code("company", "")) -CountryOrRegion \(code("country", plan.options.country.code))"
        let fields = [("houseNumber", "HouseNumber"), ("street", "StreetName"), ("city", "City"), ("state", "StateOrProvince"),
                      ("postalCode", "PostalCode"), ("latitude", "Latitude"), ("longitude", "Longitude"), ("elin", "Elin")]
        for (name, parameter) in fields { if let field = value(name) { create += " -\(parameter) \(field.code)" } }
        create += " -Description \(description.code)"
        return [
            "$address = @(Get-CsOnlineLisCivicAddress | Where-Object Description -eq \(description.code)) | Select-Object -First 1",
            "if ($address) { Write-Kept (\(description.code)) } else {",
            "    $address = " + create,
            "    Write-Done (\(description.code))",
            "}",
            "$AddressIds[\(description.code)] = $address.CivicAddressId",
        ]
    }

    /// `addresses.validate`.
    func addressesValidate() -> [String] {
        return [
            "foreach ($id in @($AddressIds.Values)) {",
            "    $checked = Get-CsOnlineLisCivicAddress -CivicAddressId $id",
            "    if ($checked.ValidationStatus -ne 'Valid') {",
            "        throw (" + PowerShellText.quoted(BilingualText("Address not valid: ", "Adresse non valide : ")[language]) + " + $checked.Description + "
                + PowerShellText.quoted(BilingualText(". Correct it, or open a service request (a validation request in the US).",
                                          ". Corrigez-la, ou ouvrez une demande de service (une demande de validation aux États-Unis).")[language]) + ")",
            "    }",
            "    Write-Kept ($checked.Description + ' ' + $checked.ValidationStatus)",
            "}",
        ]
    }

    /// `addresses.remove`.
    func addressesRemove() -> [String] {
        return [
            "$address = @(Get-CsOnlineLisCivicAddress | Where-Object Description -eq \(code("address", ""))) | Select-Object -First 1",
            "if ($address) { Remove-CsOnlineLisCivicAddress -CivicAddressId $address.CivicAddressId; Write-Done 'address removed' }",
        ]
    }

    /// `locations.create`.
    func locationsCreate() -> [String] {
        let address = code("address", "")
        let name = code("name", "")
        return [
            "$location = @(Get-CsOnlineLisLocation -CivicAddressId $AddressIds[\(address)] | Where-Object Location -eq \(name)) | Select-Object -First 1",
            "if ($location) { Write-Kept (\(name)) } else {",
            "    $location = New-CsOnlineLisLocation -CivicAddressId $AddressIds[\(address)] -Location \(name)",
            "    Write-Done (\(name))",
            "}",
            "$LocationIds[\(name)] = $location.LocationId",
        ]
    }

    /// `locations.remove`.
    func locationsRemove() -> [String] {
        return [
            "$location = @(Get-CsOnlineLisLocation -CivicAddressId $AddressIds[\(code("address", ""))] | Where-Object Location -eq \(code("name", ""))) | Select-Object -First 1",
            "if ($location) { Remove-CsOnlineLisLocation -LocationId $location.LocationId; Write-Done 'place removed' }",
        ]
    }
}
