public import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// `setup-guide-manifest.json`, which the script of `setup-guide export collect` writes beside
/// the exports (``CollectionScript/manifestName``): which tenant, when, with which PowerShell and
/// modules, and how many records each file holds.
///
/// Every field is optional: an admin may edit the file, or an older script may have written it,
/// and a manifest that says less is still worth showing.
public struct ExportManifest: Sendable, Equatable, Codable {
    /// The tool that wrote it (`setup-guide export collect`).
    public var tool: String?
    /// The manifest's own version.
    public var formatVersion: Int?
    /// The Entra tenant id.
    public var tenantId: String?
    /// The tenant's display name.
    public var tenantName: String?
    /// The tenant's country letter code.
    public var country: String?
    /// When the exports were collected (ISO 8601, UTC).
    public var collectedAt: String?
    /// `$PSVersionTable.PSVersion`.
    public var powerShell: String?
    /// Module name → version.
    public var modules: [String: String]?
    /// Cmdlet → records written.
    public var counts: [String: Int]?

    /// Creates a manifest; every field may be left out.
    public init(
        tool: String? = nil, formatVersion: Int? = nil, tenantId: String? = nil, tenantName: String? = nil, country: String? = nil,
        collectedAt: String? = nil, powerShell: String? = nil, modules: [String: String]? = nil, counts: [String: Int]? = nil
    ) {
        self.tool = tool
        self.formatVersion = formatVersion
        self.tenantId = tenantId
        self.tenantName = tenantName
        self.country = country
        self.collectedAt = collectedAt
        self.powerShell = powerShell
        self.modules = modules
        self.counts = counts
    }

    /// Reads the manifest in `folder`: `nil` when there is none, a note when it cannot be read
    /// (a manifest is a help, never a reason to refuse the exports).
    public static func read(in folder: URL) -> (manifest: ExportManifest?, note: ExportNote?) {
        let url = folder.appendingPathComponent(CollectionScript.manifestName)
        guard FileManager.default.fileExists(atPath: url.path) else { return (nil, nil) }
        let display = DisplayPath.of(url)
        do {
            let data = try Data(contentsOf: url)
            guard let bytes = ExportTextDecoder.utf8Bytes(data) else { throw CocoaError(.fileReadCorruptFile) }
            return (try JSONDecoder().decode(ExportManifest.self, from: Data(bytes)), nil)
        } catch {
            return (nil, ExportNote(
                .warning, .manifest, file: display,
                .init("cannot be read as the manifest of setup-guide export collect; it is ignored",
                      "illisible comme manifeste de setup-guide export collect ; il est ignoré")))
        }
    }

    /// A warning for each cmdlet whose count differs from the records its file holds, and for
    /// each counted export that is not in the folder.
    func mismatches(with snapshot: ExportSnapshot, manifestFile: String) -> [ExportNote] {
        guard let counts else { return [] }
        var notes: [ExportNote] = []
        for cmdlet in ExportCmdlet.allCases {
            guard let expected = counts[cmdlet.rawValue] else { continue }
            guard let file = snapshot.files[cmdlet] else {
                notes.append(ExportNote(
                    .warning, .manifest, file: manifestFile, field: cmdlet.rawValue,
                    .init("the manifest counts \(expected) records of \(cmdlet.rawValue), but the folder has no such export",
                          "le manifeste compte \(expected) enregistrements de \(cmdlet.rawValue), mais le dossier n'a pas cet export")))
                continue
            }
            let read = snapshot.recordCounts[cmdlet] ?? 0
            guard read != expected else { continue }
            notes.append(ExportNote(
                .warning, .manifest, file: file,
                .init("holds \(read) records where the manifest counts \(expected): the file was changed or cut after collection; collect again",
                      "contient \(read) enregistrements alors que le manifeste en compte \(expected) : le fichier a été modifié ou tronqué après le relevé ; relancez le relevé")))
        }
        return notes
    }
}
