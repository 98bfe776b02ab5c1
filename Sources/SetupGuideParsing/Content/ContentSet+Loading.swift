public import Foundation
public import SetupGuideModel

/// Reading content folders: the country catalogue and every guide, on large-stack workers.
extension ContentSet {
    /// Reads content from folders and files.
    ///
    /// A folder is searched for `countries.yaml` and `licences.yaml` (at its top) and `.md` files
    /// (below it, hidden folders and `examples/` left out). When no catalogue is among `paths`,
    /// `fallbackCountries` is read instead, so that a single guide can be checked against the
    /// shipped countries; likewise the `licences.yaml` beside it stands in for a missing table.
    public static func load(paths: [URL], fallbackCountries: URL? = nil) -> ContentSet {
        var markdown: [URL] = []
        var countriesFile: URL?
        var licencesFile: URL?
        var diagnostics: [Diagnostic] = []
        let files = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path.path, isDirectory: &isDirectory) else {
                diagnostics.append(
                    Diagnostic(.unreadableFile, at: SourceLocation(path: DisplayPath.of(path), line: 1, column: 1),
                               .init("no such file or folder", "fichier ou dossier introuvable"),
                               hint: .init("check the path, or omit it to use the shipped content",
                                           "vérifiez le chemin, ou omettez-le pour utiliser le contenu livré")))
                continue
            }
            if isDirectory.boolValue {
                let catalogue = path.appendingPathComponent("countries.yaml")
                if files.fileExists(atPath: catalogue.path) { countriesFile = catalogue }
                let table = path.appendingPathComponent("licences.yaml")
                if files.fileExists(atPath: table.path) { licencesFile = table }
                markdown += markdownFiles(under: path)
            } else if path.lastPathComponent == "countries.yaml" {
                countriesFile = path
            } else if path.lastPathComponent == "licences.yaml" {
                licencesFile = path
            } else {
                markdown.append(path)
            }
        }
        var catalogue = CountryCatalogue([])
        if let file = countriesFile ?? fallbackCountries {
            let (read, problems) = CountryCatalogue.read(from: file, displayPath: DisplayPath.of(file))
            catalogue = read
            diagnostics += problems
        }
        var licences = LicenceBundles()
        let shippedLicences = fallbackCountries.map { $0.deletingLastPathComponent().appendingPathComponent("licences.yaml") }
        if let file = licencesFile ?? shippedLicences.flatMap({ files.fileExists(atPath: $0.path) ? $0 : nil }) {
            let (read, problems) = LicenceBundles.read(from: file, displayPath: DisplayPath.of(file))
            licences = read
            diagnostics += problems
        }
        let loaded = loadGuides(markdown)
        return ContentSet(
            countries: catalogue, guides: loaded.guides, diagnostics: diagnostics + loaded.diagnostics,
            bytesRead: loaded.bytes, licences: licences)
    }

    /// Parses guide files on every core; results keep the files' order.
    static func loadGuides(_ urls: [URL]) -> (guides: [Guide], diagnostics: [Diagnostic], bytes: Int) {
        // large-stack workers: a guide nested thousands deep must not overflow a Dispatch thread's stack
        let results = Workers.map(urls.count) { index -> (Guide?, [Diagnostic], Int) in
            let url = urls[index]
            let path = DisplayPath.of(url)
            do {
                let document = try MarkdownParser().parseFile(at: url, displayPath: path)
                let result = GuideLoader().load(document)
                let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
                return (result.guide, result.diagnostics, size)
            } catch let error as ContentError {
                return (nil, [error.diagnostic], 0)
            } catch {
                return (nil, [], 0)
            }
        }
        var guides: [Guide] = []
        var diagnostics: [Diagnostic] = []
        var bytes = 0
        for (guide, problems, size) in results {
            if let guide { guides.append(guide) }
            diagnostics += problems
            bytes += size
        }
        return (guides, diagnostics, bytes)
    }

    private static func markdownFiles(under folder: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
        else { return [] }
        var result: [URL] = []
        for case let url as URL in enumerator {
            if url.lastPathComponent == "examples" { enumerator.skipDescendants() }
            if url.pathExtension == "md" { result.append(url) }
        }
        return result.sorted { $0.path < $1.path }
    }
}
