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
        // Names: look the few subjects up, rather than every account in the subjects.
        for key in people {
            if let index = accountIndex[key], let name = accounts[index].displayName, !name.isEmpty { directory.names[key] = name }
        }
        // Numbers at fault, by their index: their places and holders.
        for subject in subjects {
            guard let index = numberIndex[subject] else { continue }
            let number = numbers[index]
            directory.numberPlaces[number.telephoneNumber] = (number.country, number.city, number.location)
            if let assignee = number.assignee {
                let known = number.holder.map { accounts[$0] }
                directory.holders[number.telephoneNumber] = (known?.upn ?? assignee, known?.displayName)
            }
        }
        // Free numbers in export order; an address's dependents, when addresses are at fault.
        var dependents: [String: [String]] = [:]
        for index in numbers.indices {
            if numbers[index].kind == .user, numbers[index].status == "Unassigned" {
                let number = numbers[index]
                directory.freeUserNumbers[number.country.uppercased(), default: []].append(number.telephoneNumber)
                directory.numberPlaces[number.telephoneNumber] = (number.country, number.city, number.location)
            }
            if !addressSubjects.isEmpty, let address = numbers[index].locationAddress, addressSubjects.contains(address) {
                let number = numbers[index]
                dependents[address, default: []].append(number.telephoneNumber)
                if let assignee = number.assignee { dependents[address, default: []].append(number.holder.map { accounts[$0].upn } ?? assignee) }
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
