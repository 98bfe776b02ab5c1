import ArgumentParser
import Foundation
import SetupGuide

extension SetupGuideCommand {
    /// Measures parsing, loading and planning; used by scripts/bench-parse.sh, hidden from help.
    struct Benchmark: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "benchmark",
            abstract: "Time the parse, load and plan of guides (for scripts/bench-parse.sh).",
            shouldDisplay: false)

        @Argument(help: "Folders or files of guides.")
        var paths: [String]

        @OptionGroup var contentOptions: ContentOptions

        func run() throws {
            let urls = paths.map { URL(fileURLWithPath: $0) }
            let files = urls.flatMap { url -> [URL] in
                let found = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?
                    .compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }
                return found ?? [url]
            }
            let data = files.compactMap { try? Data(contentsOf: $0) }
            let parseStart = Date()
            let results = ConcurrentResults<Int>(count: data.count)
            DispatchQueue.concurrentPerform(iterations: data.count) { index in
                let document = data[index].withUnsafeBytes {
                    MarkdownParser().parse(bytes: $0.bindMemory(to: UInt8.self), path: files[index].path)
                }
                results.set(index, document.blocks.count)
            }
            let parseSeconds = Date().timeIntervalSince(parseStart)
            let parsedMB = Double(data.reduce(0) { $0 + $1.count }) / 1_048_576
            print(String(format: "markdown parse only (cmark + DocFX, files in memory): %.3f s, %.1f MB/s, %d blocks",
                         parseSeconds, parsedMB / parseSeconds, results.values.reduce(0, +)))
            let start = Date()
            let content = ContentSet.load(
                paths: urls, fallbackCountries: contentOptions.contentURL.appendingPathComponent("countries.yaml"))
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
            let end = Date()
            let megabytes = Double(content.bytesRead) / 1_048_576
            let loadSeconds = loaded.timeIntervalSince(start)
            print(String(format: "files %d, %.2f MB, steps %d, diagnostics %d",
                         content.guides.count, megabytes, content.guides.reduce(0) { $0 + $1.steps.count }, content.diagnostics.count))
            print(String(format: "load (read + cmark + DocFX + annotations): %.3f s, %.1f MB/s", loadSeconds, megabytes / loadSeconds))
            print(String(format: "plan (%d countries): %.3f s, %d planned steps", content.countries.countries.count,
                         end.timeIntervalSince(loaded), planned))
        }
    }
}
