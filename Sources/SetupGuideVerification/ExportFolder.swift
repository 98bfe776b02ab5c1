public import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// Reads a folder of PowerShell exports, one file per cmdlet named after it (`.json` or `.csv`).
///
/// ```swift
/// let result = ExportFolder(url: URL(fileURLWithPath: "exports")).read()
/// if result.problems.isEmpty { let tenant = ExportedTenant(snapshot: result.snapshot, ...) }
/// ```
///
/// Every unusable file is reported, each with its line and field, rather than stopping at the
/// first; a folder with problems is not verified, since a half-read export would report gaps that
/// are not there.
public struct ExportFolder: Sendable {
    /// The folder.
    public let url: URL

    /// At most this many problems are kept per file, so one bad column does not flood the screen.
    public static let problemLimit = 20

    /// Values the cmdlets document, in their own spelling.
    enum Allowed {
        static let accountType = ["User", "ResourceAccount", "Guest", "SfBOnPremUser", "IrregularUser", "Unknown"]
        static let numberType = ["CallingPlan", "DirectRouting", "OperatorConnect"]
        static let activationState = ["Activated", "AssignmentPending", "AssignmentFailed", "UpdatePending", "UpdateFailed"]
        static let assignmentStatus = [
            "Unassigned", "UserAssigned", "ConferenceAssigned", "VoiceApplicationAssigned", "ThirdPartyAppAssigned",
            "PolicyAssigned",
        ]
        static let capability = [
            "UserAssignment", "ConferenceAssignment", "VoiceApplicationAssignment", "ThirdPartyAppAssignment", "PolicyAssignment",
        ]
        static let numberSource = ["Online", "OnPremises"]
        // The cmdlet's own filter spells "Validated" too; both mean the address passed.
        static let validationStatus = ["Valid", "Invalid", "NotValidated", "Validated"]
    }

    /// Creates a reader of `url`.
    public init(url: URL) { self.url = url }

    /// The snapshot, and every problem found; the snapshot is only complete when there are none.
    public func read() -> (snapshot: ExportSnapshot, problems: [ExportProblem]) {
        var snapshot = ExportSnapshot()
        var problems: [ExportProblem] = []
        let folder = DisplayPath.of(url)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        } catch {
            return (snapshot, [ExportProblem(
                .missingExport, file: folder,
                .init("cannot read the folder: check the path given to --export", "impossible de lire le dossier : vérifiez le chemin donné à --export"))])
        }
        var found: [(cmdlet: ExportCmdlet, file: URL, display: String)] = []
        for cmdlet in ExportCmdlet.allCases {
            let matches = names.filter { name in
                let lower = name.lowercased()
                return lower == cmdlet.rawValue.lowercased() + ".json" || lower == cmdlet.rawValue.lowercased() + ".csv"
            }
            if matches.count > 1 {
                problems.append(ExportProblem(
                    .missingExport, file: folder,
                    .init("both \(matches.joined(separator: " and ")) are present: keep one export per cmdlet",
                          "\(matches.joined(separator: " et ")) sont tous deux présents : gardez un seul export par cmdlet")))
                continue
            }
            guard let name = matches.first else { continue }
            let file = url.appendingPathComponent(name)
            found.append((cmdlet, file, DisplayPath.of(file)))
        }
        // One file per core: users and numbers, the two big ones, are read side by side. Each
        // file fills its own snapshot; they are merged in cmdlet order, so the result is the same.
        // Each file gives back its pages as it is parsed (MappedFile), so reading side by side
        // costs no more memory than reading one after the other.
        let files = found
        let results = ConcurrentResults<(ExportSnapshot, [ExportProblem])>(count: files.count)
        let readOne = { @Sendable (position: Int) in
            let (cmdlet, file, display) = files[position]
            var part = ExportSnapshot()
            var fileProblems: [ExportProblem] = []
            do {
                try Self.forEachRecord(of: cmdlet, at: file, display: display) { record in
                    if fileProblems.count < Self.problemLimit { convert(cmdlet, record, file: display, into: &part, problems: &fileProblems) }
                }
            } catch let problem as ExportProblem {
                // Problems in the records read before the syntax error are worth reporting too.
                fileProblems = fileProblems.prefix(Self.problemLimit - 1) + [problem]
            } catch {
                fileProblems.append(ExportProblem(.unreadableFile, file: display, .init("cannot be read", "illisible")))
            }
            results.set(position, (part, fileProblems))
        }
        DispatchQueue.concurrentPerform(iterations: files.count, execute: readOne)
        for ((cmdlet, _, display), (part, fileProblems)) in zip(found, results.values) {
            snapshot.files[cmdlet] = display
            snapshot.users += part.users
            snapshot.numbers += part.numbers
            snapshot.addresses += part.addresses
            snapshot.locations += part.locations
            snapshot.skus += part.skus
            problems += fileProblems
        }
        if snapshot.files.isEmpty, problems.isEmpty {
            let expected = ExportCmdlet.allCases.map { $0.rawValue + ".json" }.joined(separator: ", ")
            problems.append(ExportProblem(
                .missingExport, file: folder,
                .init("no export found; expected files named after their cmdlet, such as \(expected) (or .csv)",
                      "aucun export trouvé ; les fichiers doivent porter le nom de leur cmdlet, comme \(expected) (ou .csv)")))
        }
        return (snapshot, problems)
    }

    /// Decodes one file into records.
    static func records(of cmdlet: ExportCmdlet, at file: URL, display: String) throws -> [ExportRecord] {
        var records: [ExportRecord] = []
        try forEachRecord(of: cmdlet, at: file, display: display) { records.append($0) }
        return records
    }

    /// Decodes one file, handing each record to `body` as it is read. The pages of the file
    /// already parsed are given back as the reading goes, so two large exports read side by side
    /// never sit in memory whole.
    static func forEachRecord(of cmdlet: ExportCmdlet, at file: URL, display: String, _ body: (ExportRecord) throws -> Void) throws {
        let mapped = try MappedFile(path: file.path)
        let json = file.pathExtension.lowercased() == "json"
        let decoded: Void? = try ExportTextDecoder.withUTF8Bytes(mapped.bytes) { bytes, offset in
            // A converted UTF-16 copy leaves the file's own bytes unused from here on.
            if offset == nil { mapped.release(upTo: mapped.bytes.count) }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                throw ExportProblem(
                    .emptyFile, file: display,
                    .init("the file is empty: run the cmdlet again and save its output", "le fichier est vide : relancez la cmdlet et enregistrez sa sortie"))
            }
            if json {
                try JSONExportReader(fields: cmdlet.fields).forEachRecord(
                    in: bytes, file: display, consumed: { if let offset { mapped.release(upTo: offset + $0) } }, body)
            } else {
                let text = String(decoding: bytes, as: UTF8.self)
                if offset != nil { mapped.release(upTo: mapped.bytes.count) }
                for record in try CSVExportReader(cmdlet: cmdlet).records(in: text, file: display) {
                    try body(record)
                }
            }
        }
        guard decoded != nil else {
            throw ExportProblem(
                .unreadableFile, file: display,
                .init("the UTF-16 text has an odd number of bytes: the file is cut short", "le texte UTF-16 a un nombre impair d'octets : le fichier est tronqué"))
        }
    }

    func convert(
        _ cmdlet: ExportCmdlet, _ record: ExportRecord, file: String, into snapshot: inout ExportSnapshot,
        problems: inout [ExportProblem]
    ) {
        do {
            var reader = ExportFieldReader(file: file, record: record)
            switch cmdlet {
            case .onlineUser:
                let upn = reader.required("UserPrincipalName")
                let user = ExportSnapshot.User(
                    userPrincipalName: upn ?? "", displayName: reader.text("DisplayName"), lineURI: reader.text("LineURI"),
                    enterpriseVoiceEnabled: reader.bool("EnterpriseVoiceEnabled"), featureTypes: reader.list("FeatureTypes"),
                    usageLocation: reader.text("UsageLocation")?.uppercased(), accountType: reader.choice("AccountType", Allowed.accountType),
                    accountEnabled: reader.bool("AccountEnabled"),
                    ids: ["Identity", "ObjectId", "Guid"].compactMap { reader.text($0) },
                    applicationID: reader.text("ApplicationId"), department: reader.text("Department"), line: record.line)
                if upn != nil { snapshot.users.append(user) }
            case .phoneNumberAssignment:
                let number = reader.required("TelephoneNumber")
                let entry = ExportSnapshot.Number(
                    telephoneNumber: number ?? "", numberType: reader.choice("NumberType", Allowed.numberType),
                    activationState: reader.choice("ActivationState", Allowed.activationState),
                    pstnAssignmentStatus: reader.choice("PstnAssignmentStatus", Allowed.assignmentStatus),
                    capability: reader.list("Capability", allowed: Allowed.capability),
                    assignedPstnTargetID: reader.text("AssignedPstnTargetId"), city: reader.text("City"),
                    civicAddressID: reader.text("CivicAddressId"), locationID: reader.text("LocationId"),
                    isoCountryCode: reader.text("IsoCountryCode")?.uppercased(), portInOrderStatus: reader.text("PortInOrderStatus"),
                    numberSource: reader.choice("NumberSource", Allowed.numberSource), line: record.line)
                if number != nil { snapshot.numbers.append(entry) }
            case .civicAddress:
                let id = reader.required("CivicAddressId")
                let address = ExportSnapshot.Address(
                    civicAddressID: id ?? "", companyName: reader.text("CompanyName"), houseNumber: reader.text("HouseNumber"),
                    streetName: reader.text("StreetName"), city: reader.text("City"), stateOrProvince: reader.text("StateOrProvince"),
                    postalCode: reader.text("PostalCode"), countryOrRegion: reader.text("CountryOrRegion")?.uppercased(),
                    latitude: reader.decimal("Latitude"), longitude: reader.decimal("Longitude"), description: reader.text("Description"),
                    elin: reader.text("Elin"), validationStatus: reader.choice("ValidationStatus", Allowed.validationStatus),
                    defaultLocationID: reader.text("DefaultLocationId"), line: record.line)
                if id != nil { snapshot.addresses.append(address) }
            case .location:
                let id = reader.required("LocationId")
                let location = ExportSnapshot.Location(
                    locationID: id ?? "", civicAddressID: reader.text("CivicAddressId"), name: reader.text("Location"), line: record.line)
                if id != nil { snapshot.locations.append(location) }
            case .subscribedSku:
                let part = reader.required("SkuPartNumber")
                let enabled = reader.integer("PrepaidUnits.Enabled")
                let consumed = reader.integer("ConsumedUnits")
                if let part { snapshot.skus.append(.init(skuPartNumber: part, enabled: enabled ?? 0, consumed: consumed, line: record.line)) }
            }
            problems += reader.problems
        }
    }
}
