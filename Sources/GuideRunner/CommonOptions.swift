import ArgumentParser
import Foundation
import SetupGuide

/// `--content DIR`, shared by every command that reads guides.
struct ContentOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Folder holding countries.yaml and guides/ (default: the shipped content).", valueName: "dir"))
    var content: String?

    /// The content folder to read.
    var contentURL: URL {
        if let content { return URL(fileURLWithPath: content) }
        return ShippedContent.url
    }
}

/// `--lang fr|en`, defaulting to the environment's language.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Language of guides and messages (default: from LANG).", valueName: "lang"))
    var lang: Language?

    /// The language asked for, else the environment's.
    func language() -> Language { lang ?? .fromEnvironment() }
}

/// Output formats for commands whose output can feed tools.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// Where the guides shipped with the package are.
enum ShippedContent {
    /// `SETUP_GUIDE_CONTENT` if set, else the package's own `content/`, else `./content`.
    static var url: URL {
        if let path = ProcessInfo.processInfo.environment["SETUP_GUIDE_CONTENT"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let packageContent = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("content")
        if FileManager.default.fileExists(atPath: packageContent.appendingPathComponent("countries.yaml").path) {
            return packageContent
        }
        return URL(fileURLWithPath: "content")
    }
}

/// A usage error found after parsing (an unknown country, say): printed, then exit 64.
func usageError(_ message: String, in language: Language = .fromEnvironment()) -> ExitCode {
    printError(BilingualText("Error: ", "Erreur : ")[language] + message)
    return ExitCode(64)
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Encodes a value as stable, pretty JSON.
func jsonString(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
