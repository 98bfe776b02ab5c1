public import Foundation
public import SetupGuideModel
import SetupGuideParsing
import SetupGuidePlanning

/// `benchmark`'s measurements: the Markdown parse alone, the load of a content set, and a plan
/// for every country of it, each timed. It prints nothing; scripts/bench-parse.sh reads the
/// command's lines.
public struct ParseBenchmark: Sendable {
    /// Seconds spent parsing the files already in memory.
    public var parseSeconds: Double
    /// Megabytes parsed.
    public var parsedMegabytes: Double
    /// Markdown blocks the parse made.
    public var blocks: Int
    /// Guides loaded.
    public var guides: Int
    /// Megabytes the load read.
    public var loadedMegabytes: Double
    /// Steps in the guides loaded.
    public var steps: Int
    /// Diagnostics of the load.
    public var diagnostics: Int
    /// Seconds spent loading (read, cmark, DocFX, annotations).
    public var loadSeconds: Double
    /// Countries planned for.
    public var countries: Int
    /// Seconds spent planning every country in every language.
    public var planSeconds: Double
    /// Steps of all those plans.
    public var plannedSteps: Int

    /// Measures the guides in `paths` (folders are searched for .md files), countries read from
    /// `fallbackCountries` when the paths hold none.
    public init(paths urls: [URL], fallbackCountries: URL) {
        let files = urls.flatMap { url -> [URL] in
            let found = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }
            return found ?? [url]
        }
        let data = files.compactMap { try? Data(contentsOf: $0) }
        let parseStart = Date()
        // on the large-stack workers, as every parse of untrusted Markdown
        let blockCounts = Workers.map(data.count) { index in
            data[index].withUnsafeBytes {
                MarkdownParser().parse(bytes: $0.bindMemory(to: UInt8.self), path: files[index].path)
            }.blocks.count
        }
        parseSeconds = Date().timeIntervalSince(parseStart)
        parsedMegabytes = Double(data.reduce(0) { $0 + $1.count }) / 1_048_576
        blocks = blockCounts.reduce(0, +)
        let start = Date()
        let content = ContentSet.load(paths: urls, fallbackCountries: fallbackCountries)
        let loaded = Date()
        var planned = 0
        for language in content.languages {
            let steps = content.steps(in: language)
            for country in content.countries.countries {
                let options = PlanOptions(country: country, connectivity: .callingPlan, features: Set(Feature.allCases))
                if case .success(let plan) = Planner().plan(steps, options: options, language: language) {
                    planned += plan.steps.count
                }
            }
        }
        planSeconds = Date().timeIntervalSince(loaded)
        loadSeconds = loaded.timeIntervalSince(start)
        guides = content.guides.count
        loadedMegabytes = Double(content.bytesRead) / 1_048_576
        steps = content.guides.reduce(0) { $0 + $1.steps.count }
        diagnostics = content.diagnostics.count
        countries = content.countries.countries.count
        plannedSteps = planned
    }
}
