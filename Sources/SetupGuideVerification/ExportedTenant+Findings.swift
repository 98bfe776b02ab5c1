internal import SetupGuideModel
internal import SetupGuideEngine

extension ExportedTenant: FindingDescribing {
    /// Holders, addresses and their dependents, free numbers and SKUs, from the exports: names,
    /// holders and dependents for `subjects` only, free numbers and addresses in full.
    public func findingDirectory(for subjects: Set<String>) -> FindingDirectory {
        let people = Set(subjects.map { $0.lowercased() })
        let addressSubjects = subjects.filter { addressRecords[$0] != nil }
        var directory = FindingDirectory()
        directory.numberType = switch chosenConnectivity {
        case .callingPlan: "CallingPlan"
        case .operatorConnect: "OperatorConnect"
        case .directRouting: "DirectRouting"
        }
        for account in accounts where people.contains(account.key) {
            if let name = account.displayName, !name.isEmpty { directory.names[account.key] = name }
        }
        var dependents: [String: [String]] = [:]
        for number in numbers {
            let free = number.status == "Unassigned" && number.kind == .user
            let atFault = subjects.contains(number.telephoneNumber)
            if free {
                directory.freeUserNumbers[number.country.uppercased(), default: []].append(number.telephoneNumber)
            }
            if free || atFault { directory.numberPlaces[number.telephoneNumber] = (number.country, number.city, number.location) }
            var holder: (upn: String, displayName: String?)?
            if let assignee = number.assignee, atFault || !addressSubjects.isEmpty {
                let known = accountIndex[Self.folded(assignee)].map { accounts[$0] }
                holder = (known?.upn ?? assignee, known?.displayName)
                if atFault { directory.holders[number.telephoneNumber] = holder }
            }
            if !addressSubjects.isEmpty, let location = number.location, let address = locationAddress[location.lowercased()],
                addressSubjects.contains(address)
            {
                dependents[address, default: []].append(number.telephoneNumber)
                if let holder { dependents[address, default: []].append(holder.upn) }
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
