public import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// Names of the files of a site, made from ids that could hold anything.
///
/// Country codes and languages come from content files; a name is built only from letters,
/// digits, `-` and `_`, so it can neither climb out of the site (`../`) nor start at the root.
/// A changed id gets a fingerprint of the original, so two different ids never share a file.
public enum SitePaths {
    /// The index page.
    public static let index = "index.html"
    /// The folder of static files.
    public static let assets = "assets"
    /// The marker that tells a site folder from any other, so a new render may replace it.
    public static let marker = ".setup-guide-site"

    /// The checklist page of a country in a language, such as `fr-FR.html`.
    public static func page(country: String, language: Language) -> String {
        "\(safeComponent(language.rawValue))-\(safeComponent(country)).html"
    }

    /// `id` reduced to letters, digits, `-` and `_`, at most 40 characters; never empty.
    public static func safeComponent(_ id: String) -> String {
        var kept = ""
        for scalar in id.unicodeScalars.prefix(40) {
            let allowed = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            kept.unicodeScalars.append(allowed ? scalar : "_")
        }
        if kept == id && !id.isEmpty { return id }
        return (kept.isEmpty ? "id" : kept) + "-" + String(ContentHash.of(id).prefix(8))
    }

    /// The file `relative` inside `root`, or `nil` when it would land anywhere else.
    public static func resolve(_ relative: String, inside root: URL) -> URL? { OutputFolder.resolve(relative, inside: root) }
}
