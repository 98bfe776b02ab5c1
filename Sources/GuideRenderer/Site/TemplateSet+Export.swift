public import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

extension TemplateSet {
    /// Writes the shipped templates and static files into `folder`, the starting point for
    /// `--templates`. Refuses before writing anything if one of the files exists already.
    /// - Returns: the names written.
    public static func writeDefaults(to folder: URL) throws(SiteWriter.Failure) -> [String] {
        let files = DefaultTemplates.templates.map { ("\($0.key).mustache", $0.value) } + DefaultTemplates.assets.map { ($0.key, $0.value) }
        let sorted = files.sorted { $0.0 < $1.0 }
        for (name, _) in sorted where FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
            throw .io(folder.appendingPathComponent(name).path, reason: .init("the file exists already", "le fichier existe déjà"))
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, text) in sorted { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        } catch {
            throw .io(folder.path, reason: OutputFolder.reason(error))
        }
        return sorted.map(\.0)
    }
}
