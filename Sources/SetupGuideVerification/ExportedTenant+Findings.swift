internal import SetupGuideModel
internal import SetupGuideEngine

extension ExportedTenant: FindingDescribing {
    /// Holders, addresses and their dependents, free numbers and SKUs, from the exports.
    public func findingDirectory() -> FindingDirectory {
        var directory = FindingDirectory()
        directory.numberType = switch chosenConnectivity {
        case .callingPlan: "CallingPlan"
        case .operatorConnect: "OperatorConnect"
        case .directRouting: "DirectRouting"
        }
        for account in accounts {
            if let name = account.displayName, !name.isEmpty { directory.names[account.key] = name }
        }
        var dependents: [String: [String]] = [:]
        for number in numbers {
            directory.numberPlaces[number.telephoneNumber] = (number.country, number.city, number.location)
            if let assignee = number.assignee {
                let known = accountIndex[Self.folded(assignee)].map { accounts[$0] }
                directory.holders[number.telephoneNumber] = (known?.upn ?? assignee, known?.displayName)
            }
            if number.status == "Unassigned", number.kind == .user {
                directory.freeUserNumbers[number.country.uppercased(), default: []].append(number.telephoneNumber)
            }
            if let location = number.location, let address = locationAddress[location.lowercased()] {
                dependents[address, default: []].append(number.telephoneNumber)
                if let holder = directory.holders[number.telephoneNumber] { dependents[address, default: []].append(holder.upn) }
            }
        }
        for (id, record) in addressRecords {
            let street = [record.houseNumber, record.streetName].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: " ")
            let town = [record.postalCode, record.city].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: " ")
            let text = [record.description, street, town].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: ", ")
            directory.addresses[id] = .init(
                text: text, dependents: Array(Set(dependents[id] ?? [])).sorted(),
                status: record.validationStatus == "Validated" ? "Valid" : record.validationStatus ?? "NotValidated",
                country: record.countryOrRegion, city: record.city, defaultLocation: Self.identifier(record.defaultLocationID))
        }
        directory.skus = skuParts.map { ($0.partNumber, $0.enabled, $0.counts) }
        return directory
    }
}
