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
            let matches = names.filter { ExportCmdlet(fileName: $0) == cmdlet }
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
            results.set(position, readFile(cmdlet, at: file, display: display))
        }
        DispatchQueue.concurrentPerform(iterations: files.count, execute: readOne)
        for ((cmdlet, _, display), (part, fileProblems)) in zip(found, results.values) {
            snapshot.files[cmdlet] = display
            // The big files' records move over rather than being copied one by one.
            if snapshot.users.isEmpty { snapshot.users = part.users } else { snapshot.users += part.users }
            if snapshot.numbers.isEmpty { snapshot.numbers = part.numbers } else { snapshot.numbers += part.numbers }
            snapshot.addresses += part.addresses
            snapshot.locations += part.locations
            snapshot.skus += part.skus
            snapshot.recordCounts[cmdlet] = part.recordCounts[cmdlet]
            snapshot.notes += part.notes
            snapshot.leftOut = Self.merged(snapshot.leftOut, part.leftOut)
            problems += fileProblems
        }
        if problems.isEmpty { snapshot.notes += Self.cutExportNotes(snapshot) }
        let (manifest, manifestNote) = ExportManifest.read(in: url)
        snapshot.manifest = manifest
        if let manifestNote { snapshot.notes.append(manifestNote) }
        if let manifest {
            snapshot.notes += manifest.mismatches(
                with: snapshot, manifestFile: DisplayPath.of(url.appendingPathComponent(CollectionScript.manifestName)))
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
    static func forEachRecord(
        of cmdlet: ExportCmdlet, at file: URL, display: String, notes: ((ExportNote) -> Void)? = nil, _ body: (ExportRecord) throws -> Void
    ) throws {
        let mapped = try MappedFile(path: file.path)
        try withExtendedLifetime(mapped) {
            try forEachRecord(
                of: cmdlet, in: mapped.bytes, json: file.pathExtension.lowercased() == "json", display: display,
                release: mapped.release(upTo:), notes: notes, body)
        }
    }

    func convert(
        _ cmdlet: ExportCmdlet, _ record: ExportRecord, file: String, into snapshot: inout ExportSnapshot,
        problems: inout [ExportProblem], notes: inout NoteTally
    ) {
        do {
            var reader = ExportFieldReader(file: file, record: record)
            switch cmdlet {
            case .onlineUser:
                let upn = reader.required("UserPrincipalName")
                var ids: [String] = []
                for name in ["Identity", "ObjectId", "Guid"] { if let id = reader.text(name) { ids.append(id) } }
                let user = ExportSnapshot.User(
                    userPrincipalName: upn ?? "", displayName: reader.text("DisplayName"), lineURI: reader.text("LineURI"),
                    enterpriseVoiceEnabled: reader.bool("EnterpriseVoiceEnabled"), featureTypes: reader.list("FeatureTypes"),
                    usageLocation: reader.text("UsageLocation")?.uppercased(), accountType: reader.choice("AccountType", Allowed.accountType),
                    accountEnabled: reader.bool("AccountEnabled"),
                    ids: ids,
                    applicationID: reader.text("ApplicationId"), department: reader.text("Department"), line: record.line)
                if let upn {
                    // Out of scope, counted apart: soft-deleted users (listed by default since
                    // module 6.1.1), guests, and people whose account is disabled. Resource
                    // accounts are disabled accounts by design, so they stay.
                    let reason: ExportSnapshot.LeftOut.Reason? =
                        reader.isPresent("SoftDeletionTimestamp") ? .softDeleted
                        : user.accountType == "Guest" ? .guest
                        : user.accountEnabled == false && !user.isResourceAccount ? .disabled : nil
                    if let reason {
                        Self.leaveOut(upn, reason, in: &snapshot)
                    } else {
                        snapshot.users.append(user)
                    }
                }
            case .phoneNumberAssignment:
                let number = reader.required("TelephoneNumber")
                let target = reader.text("AssignedPstnTargetId")
                let status = reader.choiceOrUnknown("PstnAssignmentStatus", Allowed.assignmentStatus)
                let entry = ExportSnapshot.Number(
                    telephoneNumber: number ?? "", numberType: reader.choice("NumberType", Allowed.numberType),
                    activationState: reader.choice("ActivationState", Allowed.activationState),
                    // An unknown status is never read as Unassigned: with a holder it is left to
                    // the holder (an assigned number), without one it stays as written.
                    pstnAssignmentStatus: status.known ?? (target == nil ? status.written : nil),
                    capability: reader.list("Capability", allowed: Allowed.capability),
                    assignedPstnTargetID: target, city: reader.text("City"),
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
                    elin: reader.text("Elin"),
                    // The engine's spelling, whichever one the cmdlet page gives.
                    validationStatus: reader.choice("ValidationStatus", Allowed.validationStatus).map { $0 == "Notvalidated" ? "NotValidated" : $0 },
                    defaultLocationID: reader.text("DefaultLocationId"), line: record.line)
                if id != nil { snapshot.addresses.append(address) }
            case .location:
                let id = reader.required("LocationId")
                let location = ExportSnapshot.Location(
                    locationID: id ?? "", civicAddressID: reader.text("CivicAddressId"), name: reader.text("Location"), line: record.line)
                if id != nil { snapshot.locations.append(location) }
            case .subscribedSku:
                let part = reader.required("SkuPartNumber")
                // Licences bought are never guessed: an absent count is an error, not 0 bought.
                let enabled = reader.integer("PrepaidUnits.Enabled")
                if enabled == nil, case .null = record["PrepaidUnits.Enabled"] {
                    reader.problems.append(ExportProblem(
                        .missingField, file: file, line: record.line, field: "PrepaidUnits.Enabled",
                        .init("PrepaidUnits.Enabled (the licences bought) is missing or empty; export PrepaidUnits with ConvertTo-Json -Depth 5, or select @{n='Enabled';e={$_.PrepaidUnits.Enabled}}",
                              "PrepaidUnits.Enabled (les licences achetées) est absent ou vide ; exportez PrepaidUnits avec ConvertTo-Json -Depth 5, ou sélectionnez @{n='Enabled';e={$_.PrepaidUnits.Enabled}}")))
                }
                let consumed = reader.integer("ConsumedUnits")
                if let part, let enabled { snapshot.skus.append(.init(skuPartNumber: part, enabled: enabled, consumed: consumed, line: record.line)) }
            }
            problems += reader.problems
            for note in reader.notes { notes.add(note) }
        }
    }
}
