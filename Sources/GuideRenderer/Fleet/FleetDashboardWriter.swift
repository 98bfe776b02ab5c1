public import Foundation
public import SetupGuideModel
public import SetupGuideVerification
public import SetupGuideFleet

/// Writes a fleet's dashboard into a folder: `index.html`, and each verified client's own
/// report page (the HTML of `verify`) under `clients/`.
///
/// It writes only inside the folder: it refuses a folder (or its `clients/`) that is a symbolic
/// link, and a non-empty folder that an earlier dashboard did not make (marked by
/// ``markerName``); files are replaced by renaming, so a link planted in the folder is replaced,
/// never followed.
public struct FleetDashboardWriter: Sendable {
    /// The file that marks a folder as a dashboard's.
    public static let markerName = ".setup-guide-fleet"

    /// Why the folder was refused.
    public enum Failure: Error, Sendable, Equatable {
        /// A symbolic link, or `clients/` in it is one.
        case symbolicLink(String)
        /// Not empty, and not made by an earlier dashboard.
        case notOurs(String)
        /// Cannot be written.
        case unwritable(String)

        /// What to tell the user.
        public var text: BilingualText {
            switch self {
            case .symbolicLink(let path):
                .init("'\(path)' is a symbolic link; the dashboard is written only into a real folder",
                      "« \(path) » est un lien symbolique ; le tableau de bord ne s'écrit que dans un vrai dossier")
            case .notOurs(let path):
                .init("'\(path)' is not empty and holds no earlier dashboard; choose an empty or new folder",
                      "« \(path) » n'est pas vide et ne contient pas de tableau de bord antérieur ; choisissez un dossier vide ou nouveau")
            case .unwritable(let path):
                .init("cannot write '\(path)'", "impossible d'écrire « \(path) »")
            }
        }
    }

    /// Creates a writer.
    public init() {}

    /// The page of a client's own report, relative to the dashboard: its folder name made safe
    /// for a file name, with a hash of the name so that two folders never share a page.
    @Sendable public static func page(of client: FleetReport.Client) -> String? {
        guard client.verification != nil else { return nil }
        let safe = client.folder.lowercased().unicodeScalars.map { scalar -> String in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? String(scalar) : "-"
        }.joined()
        var hash: UInt32 = 2_166_136_261
        for byte in client.folder.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return "clients/" + String(safe.prefix(40)) + "-" + String(repeating: "0", count: 8 - hex.count) + hex + ".html"
    }

    /// Writes the dashboard of `report` into `folder` (shown as `path`).
    public func write(_ report: FleetReport, to folder: URL, path: String) throws(Failure) {
        let manager = FileManager.default
        func isLink(_ url: URL) -> Bool { (try? manager.destinationOfSymbolicLink(atPath: url.path)) != nil }
        if isLink(folder) { throw .symbolicLink(path) }
        let clients = folder.appendingPathComponent("clients")
        if isLink(clients) { throw .symbolicLink(path + "/clients") }
        if let existing = try? manager.contentsOfDirectory(atPath: folder.path), !existing.isEmpty, !existing.contains(Self.markerName) {
            throw .notOurs(path)
        }
        do {
            try manager.createDirectory(at: clients, withIntermediateDirectories: true)
            try Data().write(to: folder.appendingPathComponent(Self.markerName), options: .atomic)
            let pages = VerificationHTMLRenderer()
            for client in report.clients {
                guard let verification = client.verification, let page = Self.page(of: client) else { continue }
                try Data(pages.render(verification).utf8).write(to: folder.appendingPathComponent(page), options: .atomic)
            }
            try Data(FleetDashboardRenderer().render(report).utf8).write(to: folder.appendingPathComponent("index.html"), options: .atomic)
        } catch {
            throw .unwritable(path)
        }
    }
}
