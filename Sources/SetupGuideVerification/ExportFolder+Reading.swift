public import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

extension ExportFolder {
    /// Warnings of one file, one per field and value: a new enum value on 100,000 numbers is one
    /// warning naming the first record and counting the others, not 100,000 lines.
    struct NoteTally {
        private(set) var notes: [ExportNote] = []
        private var counts: [Int] = []
        private var index: [String: Int] = [:]

        mutating func add(_ note: ExportNote) {
            let key = "\(note.kind.rawValue)|\(note.field ?? "")|\(note.message.english)"
            if let position = index[key] {
                counts[position] += 1
                return
            }
            index[key] = notes.count
            notes.append(note)
            counts.append(1)
        }

        /// The notes, each saying how many records it stands for.
        var counted: [ExportNote] {
            zip(notes, counts).map { note, count in
                guard count > 1 else { return note }
                var counted = note
                counted.message = note.message.followed(by: .init(" (\(count) records, the first named here)", " (\(count) enregistrements, le premier cité ici)"))
                return counted
            }
        }
    }

    /// Reads one file into its own snapshot: records, problems, notes, users left out. The file
    /// is mapped, and its bytes read as `read(_:named:)` reads bytes held in memory.
    func readFile(_ cmdlet: ExportCmdlet, at file: URL, display: String) -> (ExportSnapshot, [ExportProblem]) {
        let mapped: MappedFile
        do {
            mapped = try MappedFile(path: file.path)
        } catch {
            return (ExportSnapshot(), [ExportProblem(.unreadableFile, file: display, .init("cannot be read", "illisible"))])
        }
        return withExtendedLifetime(mapped) {
            readBytes(cmdlet, mapped.bytes, json: file.pathExtension.lowercased() == "json", display: display, release: mapped.release(upTo:))
        }
    }

    /// Reads one export's bytes into its own snapshot: records, problems, notes, users left out.
    /// `json` says how to parse them (the file's extension); `release` is handed the offset before
    /// which the bytes are done with.
    func readBytes(
        _ cmdlet: ExportCmdlet, _ bytes: UnsafeBufferPointer<UInt8>, json: Bool, display: String, release: ((Int) -> Void)? = nil
    ) -> (ExportSnapshot, [ExportProblem]) {
        var part = ExportSnapshot()
        var problems: [ExportProblem] = []
        var tally = NoteTally()
        var count = 0
        // Per needed field, whether any record had it (a key, even null; a column, even empty).
        var unseen: [(field: String, position: Int)] = []
        for (position, field) in cmdlet.fields.enumerated() {
            if cmdlet.expectedFields.contains(field) || cmdlet.neededFields.contains(where: { $0.contains(field) }) { unseen.append((field, position)) }
        }
        var seen = Set<String>()
        do {
            try Self.forEachRecord(of: cmdlet, in: bytes, json: json, display: display, release: release, notes: { tally.add($0) }) { record in
                count += 1
                if !unseen.isEmpty {
                    unseen.removeAll { (watched: (field: String, position: Int)) -> Bool in
                        guard record.lines[watched.position] > 0 else { return false }
                        seen.insert(watched.field)
                        return true
                    }
                }
                if problems.count < Self.problemLimit { convert(cmdlet, record, file: display, into: &part, problems: &problems, notes: &tally) }
            }
        } catch let problem as ExportProblem {
            // Problems in the records read before the syntax error are worth reporting too.
            return (part, problems.prefix(Self.problemLimit - 1) + [problem])
        } catch {
            return (part, problems + [ExportProblem(.unreadableFile, file: display, .init("cannot be read", "illisible"))])
        }
        part.recordCounts[cmdlet] = count
        if count == 0 {
            if let problem = Self.noRecords(cmdlet, display: display, into: &tally) { problems.append(problem) }
        } else {
            problems += Self.missingColumns(cmdlet, seen: seen, display: display, into: &tally)
        }
        part.notes = tally.counted
        if cmdlet == .onlineUser, display.lowercased().hasSuffix(".csv") {
            let lost = part.users.filter { $0.displayName?.contains("?") == true }
            if let first = lost.first, lost.count * 2 >= part.users.count {
                part.notes.append(ExportNote(
                    .note, .encoding, file: display, line: first.line, field: "DisplayName",
                    .init("\(lost.count) display names hold '?' where letters were, such as '\(first.displayName ?? "")': the export was written in ASCII (Export-Csv's default in Windows PowerShell 5.1), which lost the accents; export with -Encoding UTF8",
                          "\(lost.count) noms affichés ont des '?' à la place de lettres, comme '\(first.displayName ?? "")' : l'export a été écrit en ASCII (la valeur par défaut d'Export-Csv sous Windows PowerShell 5.1), qui a perdu les accents ; exportez avec -Encoding UTF8")))
            }
        }
        return (part, problems)
    }

    /// A file with no records: a note for exports that may well be empty; an error for users
    /// and licences, which a tenant with Teams always has, so that an empty file is never read as
    /// "0 users" or "0 licences bought".
    static func noRecords(_ cmdlet: ExportCmdlet, display: String, into tally: inout NoteTally) -> ExportProblem? {
        switch cmdlet {
        case .onlineUser, .subscribedSku:
            let what = cmdlet == .onlineUser ? BilingualText("users", "utilisateurs") : BilingualText("licences", "licences")
            let connect = cmdlet == .onlineUser
                ? "Connect-MicrosoftTeams" : "Connect-MgGraph -Scopes \(CollectionScript.graphScope)"
            return ExportProblem(
                .emptyFile, file: display,
                .init("holds no records, but a tenant with Teams always has \(what.english): the export did not run as it should (check \(connect)). setup-guide export collect writes every export and checks the connection",
                      "ne contient aucun enregistrement, alors qu'un client avec Teams a toujours des \(what.french) : l'export ne s'est pas déroulé comme prévu (vérifiez \(connect)). setup-guide export collect écrit chaque export et vérifie la connexion"))
        default:
            tally.add(ExportNote(
                .note, .noRecords, file: display,
                .init("holds no records: read as none (\(cmdlet.rawValue) returned nothing; ConvertTo-Json then writes nothing at all)",
                      "ne contient aucun enregistrement : lu comme aucun (\(cmdlet.rawValue) n'a rien renvoyé ; ConvertTo-Json n'écrit alors rien du tout)")))
            return nil
        }
    }

    /// A problem for each needed group of fields that no record holds, and a warning for each
    /// expected one.
    static func missingColumns(_ cmdlet: ExportCmdlet, seen: Set<String>, display: String, into tally: inout NoteTally) -> [ExportProblem] {
        let absentExpected = cmdlet.expectedFields.filter { !seen.contains($0) }
        var problems: [ExportProblem] = []
        for group in cmdlet.neededFields where !group.contains(where: seen.contains) {
            let names = group.joined(separator: ", ")
            let also = absentExpected.filter { !group.contains($0) }
            let more = also.isEmpty ? BilingualText("", "") : .init(" (also missing: \(also.joined(separator: ", ")))", " (manquent aussi : \(also.joined(separator: ", ")))")
            problems.append(ExportProblem(
                .missingColumn, file: display, field: group[0],
                BilingualText("no record has \(names): a Select-Object left it out, and the checks cannot tell without it. Export it too (setup-guide export collect selects every field verify reads)",
                              "aucun enregistrement n'a \(names) : un Select-Object l'a écarté, et les vérifications ne peuvent pas en juger sans. Exportez-le aussi (setup-guide export collect sélectionne chaque champ que verify lit)")
                    .followed(by: more)))
        }
        if problems.isEmpty {
            for field in absentExpected {
                tally.add(ExportNote(
                    .warning, .missingColumn, file: display, field: field,
                    .init("no record has \(field): the checks that need it read every record as without one",
                          "aucun enregistrement n'a \(field) : les vérifications qui en ont besoin lisent chaque enregistrement comme sans")))
            }
        }
        return problems
    }

    /// Records `upn` as left out for `reason`.
    static func leaveOut(_ upn: String, _ reason: ExportSnapshot.LeftOut.Reason, in snapshot: inout ExportSnapshot) {
        if let position = snapshot.leftOut.firstIndex(where: { $0.reason == reason }) {
            snapshot.leftOut[position].users.append(upn)
        } else {
            snapshot.leftOut.append(.init(reason: reason, users: [upn]))
            snapshot.leftOut.sort { ExportSnapshot.LeftOut.Reason.allCases.firstIndex(of: $0.reason)! < ExportSnapshot.LeftOut.Reason.allCases.firstIndex(of: $1.reason)! }
        }
    }

    /// `first` and `second` together, reason by reason.
    static func merged(_ first: [ExportSnapshot.LeftOut], _ second: [ExportSnapshot.LeftOut]) -> [ExportSnapshot.LeftOut] {
        var snapshot = ExportSnapshot()
        snapshot.leftOut = first
        for group in second {
            for upn in group.users { leaveOut(upn, group.reason, in: &snapshot) }
        }
        return snapshot.leftOut
    }

    /// Warnings that the numbers export stopped at a page of `Get-CsPhoneNumberAssignment`:
    /// exactly 500 (its default) or 1,000 (its most per call) records, or users whose LineURI no
    /// number record holds.
    static func cutExportNotes(_ snapshot: ExportSnapshot) -> [ExportNote] {
        guard let file = snapshot.files[.phoneNumberAssignment] else { return [] }
        let count = snapshot.recordCounts[.phoneNumberAssignment] ?? snapshot.numbers.count
        let how = BilingualText(
            "Get every number with setup-guide export collect (it pages with -Top \(CollectionScript.numberPageSize) -Skip N), or Export-CsAcquiredPhoneNumber",
            "Relevez tous les numéros avec setup-guide export collect (il lit page par page avec -Top \(CollectionScript.numberPageSize) -Skip N), ou Export-CsAcquiredPhoneNumber")
        var notes: [ExportNote] = []
        if count == 500 || count == CollectionScript.numberPageSize {
            notes.append(ExportNote(
                .warning, .cutExport, file: file,
                BilingualText("holds exactly \(count) numbers, one page of Get-CsPhoneNumberAssignment (500 by default, \(CollectionScript.numberPageSize) at most per call): the export probably stopped there, and numbers past it read as missing. ",
                              "contient exactement \(count) numéros, une page de Get-CsPhoneNumberAssignment (500 par défaut, \(CollectionScript.numberPageSize) au plus par appel) : l'export s'est sans doute arrêté là, et les numéros suivants paraissent manquer. ")
                    .followed(by: how)))
        }
        guard !snapshot.users.isEmpty else { return notes }
        var known = Set<String>()
        known.reserveCapacity(snapshot.numbers.count)
        for number in snapshot.numbers { known.insert(ExportedTenant.e164(number.telephoneNumber)) }
        var missing: [String] = []
        var firstLine: Int?
        for user in snapshot.users {
            guard let uri = user.lineURI, let number = ExportedTenant.number(fromLineURI: uri), !known.contains(number) else { continue }
            if missing.isEmpty { firstLine = user.line }
            missing.append(user.userPrincipalName)
        }
        guard !missing.isEmpty else { return notes }
        let shown = missing.prefix(5).joined(separator: ", ") + (missing.count > 5 ? ", …" : "")
        notes.append(ExportNote(
            .warning, .cutExport, file: snapshot.files[.onlineUser] ?? file, line: firstLine, field: "LineURI",
            BilingualText("\(missing.count) users have a LineURI that no record of \(file) holds (\(shown)): the numbers export may have stopped at the cmdlet's page size, so these users may hold numbers it does not show. ",
                          "\(missing.count) utilisateurs ont une LineURI qu'aucun enregistrement de \(file) ne contient (\(shown)) : l'export des numéros s'est peut-être arrêté à la taille de page de la cmdlet, ces utilisateurs ont donc peut-être des numéros qu'il ne montre pas. ")
                .followed(by: how)))
        return notes
    }
}
