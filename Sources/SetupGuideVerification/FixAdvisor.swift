internal import SetupGuideModel
internal import SetupGuideEngine

/// Says how to close each gap of a report: the guide step to follow and, where the exports hold
/// what it needs, the one PowerShell line that closes it for that subject.
///
/// Values are quoted with ``PowerShellText``; cmdlets and parameters are those of
/// `scripts/powershell/cmdlets.json` (Set-CsPhoneNumberAssignment sets Assignment and
/// LocationUpdate, Set-MgUserLicense, Get-MgSubscribedSku, Get-MgUserLicenseDetail,
/// Get-CsPhoneNumberAssignment). A gap that needs a judgement (an invalid address, a quota, the
/// wrong country) gets words for a person instead of a command.
///
/// Free numbers are handed out once each, in plan order, so a fix script never gives one
/// number to two users; a subject met twice gets the same fix.
final class FixAdvisor {
    let directory: FindingDirectory
    let language: Language
    private var nextFree: [String: Int] = [:]
    private var given: [String: VerificationReport.Fix] = [:]

    init(directory: FindingDirectory, language: Language) {
        self.directory = directory
        self.language = language
    }

    /// The fix of one failing subject of `check`, found in `step`.
    func fix(_ check: CheckName, arguments: [String: String], subject: String, step: String, country: String) -> VerificationReport.Fix {
        let key = check.rawValue + "|" + (arguments["sku"] ?? "") + "|" + subject
        if let known = given[key] { return known }
        let fix = make(check, arguments: arguments, subject: subject, step: step, country: country)
        given[key] = fix
        return fix
    }

    /// The fix of a failing check that names no subject (licences bought, a bridge number).
    func fix(_ check: CheckName, arguments: [String: String], summary: String, step: String) -> VerificationReport.Fix {
        let sku = arguments["sku"] ?? ""
        switch check {
        case .licencesPurchased:
            return todo(step, .init("buy more \(sku) licences (or a bundle that includes them) in the Microsoft 365 admin centre",
                                    "achetez des licences \(sku) (ou une offre qui les comprend) dans le centre d'administration Microsoft 365"))
        case .numbersAcquired:
            return todo(step, .init("get the missing numbers as this step says, then export again",
                                    "obtenez les numéros manquants comme le dit cette étape, puis refaites l'export"))
        default:
            return VerificationReport.Fix(step: step)
        }
    }

    private func make(_ check: CheckName, arguments: [String: String], subject: String, step: String, country: String) -> VerificationReport.Fix {
        let q = PowerShellText.quoted
        switch check {
        case .usersHaveNumbers:
            guard let number = takeFree(country) else {
                return todo(step, .init("no free user number in the exports: get numbers first, then assign one to \(subject)",
                                        "aucun numéro utilisateur libre dans l'export : obtenez des numéros, puis attribuez-en un à \(subject)"))
            }
            var command = "Set-CsPhoneNumberAssignment -Identity \(q(subject)) -TelephoneNumber \(q(number)) -NumberType \(directory.numberType)"
            if let location = directory.soleLocation(country: country, city: directory.numberPlaces[number]?.city) {
                command += " -LocationId \(q(location))"
            }
            return .init(step: step, command: command,
                         doneWhen: "(Get-CsPhoneNumberAssignment -TelephoneNumber \(q(number))).PstnAssignmentStatus -eq 'UserAssigned'")
        case .numbersHaveEmergencyLocation:
            let place = directory.numberPlaces[subject]
            let hasLocation = place?.location != nil
            // A number out of its area needs an address in its own city; one without a location
            // takes the country's only address, if there is just one.
            let location = directory.soleLocation(country: place?.country ?? country, city: hasLocation ? place?.city ?? "" : nil)
            guard let location else {
                let city = place?.city ?? ""
                return todo(step, hasLocation
                    ? .init("add and validate an emergency address in \(city), then give \(subject) one of its locations",
                            "ajoutez et validez une adresse d'urgence à \(city), puis donnez à \(subject) l'un de ses lieux")
                    : .init("choose the emergency location of \(subject) (Get-CsOnlineLisLocation lists them), then set it",
                            "choisissez le lieu d'urgence de \(subject) (Get-CsOnlineLisLocation les liste), puis appliquez-le"))
            }
            return .init(step: step, command: "Set-CsPhoneNumberAssignment -TelephoneNumber \(q(subject)) -LocationId \(q(location))",
                         doneWhen: "(Get-CsPhoneNumberAssignment -TelephoneNumber \(q(subject))).LocationId -eq \(q(location))")
        case .licencesAssigned, .resourceAccountsLicensed:
            let licence = check == .resourceAccountsLicensed ? Licence.virtualUser : (arguments["sku"].flatMap(Licence.init(rawValue:)) ?? .phoneSystem)
            let part = directory.partNumber(giving: licence)
            return .init(
                step: step,
                command: "Set-MgUserLicense -UserId \(q(subject)) -AddLicenses @(@{ SkuId = (Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq \(q(part))).SkuId }) -RemoveLicenses @()",
                doneWhen: "(Get-MgUserLicenseDetail -UserId \(q(subject))).SkuPartNumber -contains \(q(part))")
        case .addressesValidated:
            let address = directory.addresses[subject]
            let count = address?.dependents.count ?? 0
            return todo(step, .init(
                "correct this address in the Teams admin centre (Locations, Emergency addresses) and validate it, or open a service request; \(count) users and numbers depend on it",
                "corrigez cette adresse dans le centre d'administration Teams (Emplacements, Adresses d'urgence) et validez-la, ou ouvrez une demande de service ; \(count) utilisateurs et numéros en dépendent"))
        case .numbersCountryMatchesUser:
            return todo(step, .init("give \(subject) to a user of its country, or give the user a number of theirs",
                                    "attribuez \(subject) à un utilisateur de son pays, ou donnez à l'utilisateur un numéro du sien"))
        case .usersImported:
            return todo(step, .init("check --country; if \(subject) works in \(country), set their usage location in Microsoft Entra ID",
                                    "vérifiez --country ; si \(subject) travaille en \(country), changez son lieu d'utilisation dans Microsoft Entra ID"))
        case .numbersWithinQuota:
            return todo(step, .init("release the numbers you do not use, or buy the licences the extra numbers need",
                                    "rendez les numéros inutilisés, ou achetez les licences que demandent les numéros en trop"))
        case .licencesPhoneSystemWithCallingPlan:
            let part = directory.partNumber(giving: .phoneSystem)
            return .init(
                step: step,
                command: "Set-MgUserLicense -UserId \(q(subject)) -AddLicenses @(@{ SkuId = (Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq \(q(part))).SkuId }) -RemoveLicenses @()",
                doneWhen: "(Get-MgUserLicenseDetail -UserId \(q(subject))).SkuPartNumber -contains \(q(part))")
        default:
            return VerificationReport.Fix(step: step)
        }
    }

    private func todo(_ step: String, _ text: BilingualText) -> VerificationReport.Fix {
        VerificationReport.Fix(step: step, todo: text[language])
    }

    private func takeFree(_ country: String) -> String? {
        let code = country.uppercased()
        let free = directory.freeUserNumbers[code] ?? []
        let index = nextFree[code] ?? 0
        guard index < free.count else { return nil }
        nextFree[code] = index + 1
        return free[index]
    }
}
