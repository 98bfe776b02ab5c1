public import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

extension ExportFolder {
    /// Reads one export held in memory exactly as the file `name` of this folder would be read by
    /// `read()`: the same cmdlet from the name, the same decoding (byte order mark, UTF-16,
    /// Windows-1252), the same records, notes and problems, the same display path in them. The
    /// folder itself is never touched; no manifest is read, as a folder without one would be.
    ///
    /// ```swift
    /// let (snapshot, problems) = ExportFolder(url: exports).read(data, named: "Get-CsOnlineUser.json")
    /// ```
    ///
    /// The fuzz target (`Sources/SetupGuideFuzzing`) drives the readers through it, with no file
    /// written per input.
    public func read(_ data: Data, named name: String) -> (snapshot: ExportSnapshot, problems: [ExportProblem]) {
        let display = DisplayPath.of(url.appendingPathComponent(name))
        guard let cmdlet = ExportCmdlet(fileName: name) else {
            let expected = ExportCmdlet.allCases.map { $0.rawValue + ".json" }.joined(separator: ", ")
            return (ExportSnapshot(), [ExportProblem(
                .missingExport, file: DisplayPath.of(url),
                .init("no export found; expected files named after their cmdlet, such as \(expected) (or .csv)",
                      "aucun export trouvé ; les fichiers doivent porter le nom de leur cmdlet, comme \(expected) (ou .csv)"))])
        }
        let (part, problems) = data.withUnsafeBytes { raw in
            readBytes(cmdlet, raw.bindMemory(to: UInt8.self), json: name.lowercased().hasSuffix(".json"), display: display)
        }
        var snapshot = part
        // What `read()` adds to a folder of this one file.
        snapshot.files[cmdlet] = display
        if problems.isEmpty { snapshot.notes += Self.cutExportNotes(snapshot) }
        return (snapshot, problems)
    }

    /// Decodes one export's bytes, handing each record to `body` as it is read: what
    /// `forEachRecord(of:at:display:notes:_:)` does once the file is mapped. `release(offset)`
    /// says the bytes before `offset` are done with (a mapped file gives their pages back).
    static func forEachRecord(
        of cmdlet: ExportCmdlet, in fileBytes: UnsafeBufferPointer<UInt8>, json: Bool, display: String,
        release: ((Int) -> Void)? = nil, notes: ((ExportNote) -> Void)? = nil, _ body: (ExportRecord) throws -> Void
    ) throws {
        let decoded: Void? = try ExportTextDecoder.withUTF8Bytes(fileBytes) { bytes, offset in
            // A converted UTF-16 copy leaves the file's own bytes unused from here on.
            if offset == nil { release?(fileBytes.count) }
            // Nothing, or only a byte order mark and a line end: the cmdlet returned nothing
            // (ConvertTo-Json of $null writes nothing at all). The caller says so.
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return }
            if json {
                try JSONExportReader(fields: cmdlet.fields).forEachRecord(
                    in: bytes, file: display, consumed: { if let offset { release?(offset + $0) } }, body)
            } else {
                // Export-Csv -Encoding Default writes the ANSI code page, not UTF-8.
                let utf8 = ExportTextDecoder.isUTF8(bytes)
                let text = utf8 ? Array(bytes) : ExportTextDecoder.windows1252(bytes)
                if offset != nil { release?(fileBytes.count) }
                if !utf8 {
                    notes?(ExportNote(
                        .note, .encoding, file: display,
                        .init("is not UTF-8: read as Windows-1252 (the ANSI code page Export-Csv -Encoding Default writes on a Western European Windows)",
                              "n'est pas en UTF-8 : lu en Windows-1252 (la page de code ANSI qu'écrit Export-Csv -Encoding Default sur un Windows d'Europe occidentale)")))
                }
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
}
