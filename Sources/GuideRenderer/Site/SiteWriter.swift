public import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// Writes a rendered site into a folder all at once, with `OutputFolder`: the files go into a
/// hidden folder beside the target, which then takes the target's place, so a failure leaves the
/// old site (or nothing) rather than half a site.
///
/// A folder that exists and holds files is replaced only when an earlier render left its
/// marker in it: `--out ~` must never wipe a home folder.
public struct SiteWriter: Sendable {
    /// Why the site was not written. Nothing was changed in the target.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The target exists and is not a folder made by this command.
        case notASite(String)
        /// A file of the site would land outside the target.
        case unsafePath(String)
        /// The file system refused.
        case io(String, reason: BilingualText)

        /// A sentence for the user, in English.
        public var description: String { message(in: .english) }

        /// A sentence for the user in `language`.
        public func message(in language: Language) -> String {
            switch self {
            case .notASite(let path):
                BilingualText(
                    "'\(path)' exists and was not written by 'setup-guide render'; choose a new or empty folder",
                    "'\(path)' existe et n'a pas été écrit par 'setup-guide render' ; choisissez un dossier nouveau ou vide")[language]
            case .unsafePath(let path):
                BilingualText(
                    "the file '\(path)' would be written outside the output folder; nothing was written",
                    "le fichier '\(path)' serait écrit hors du dossier de sortie ; rien n'a été écrit")[language]
            case .io(let path, let reason):
                BilingualText(
                    "cannot write '\(path)': \(reason.english); nothing was changed",
                    "impossible d'écrire '\(path)' : \(reason.french) ; rien n'a été modifié")[language]
            }
        }
    }

    /// Creates a writer.
    public init() {}

    /// Writes `site` so that `folder` holds exactly its files, through the one folder writer.
    public func write(_ site: RenderedSite, to folder: URL) throws(Failure) {
        let writer = OutputFolder(marker: SitePaths.marker, markerText: "Written by setup-guide render; a new render replaces this folder.\n")
        do {
            try writer.write(site.files.map { OutputFolder.File(path: $0.path, bytes: Array($0.contents.utf8)) }, to: folder)
        } catch {
            switch error {
            case .notOurs(let path): throw .notASite(path)
            case .unsafePath(let path): throw .unsafePath(path)
            case .io(let path, let reason): throw .io(path, reason: reason)
            }
        }
    }
}
