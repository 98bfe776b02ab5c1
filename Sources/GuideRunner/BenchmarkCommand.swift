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
            let bench = ParseBenchmark(
                paths: paths.map { URL(fileURLWithPath: $0) },
                fallbackCountries: contentOptions.contentURL.appendingPathComponent("countries.yaml"))
            print(String(format: "markdown parse only (cmark + DocFX, files in memory): %.3f s, %.1f MB/s, %d blocks",
                         bench.parseSeconds, bench.parsedMegabytes / bench.parseSeconds, bench.blocks))
            print(String(format: "files %d, %.2f MB, steps %d, diagnostics %d",
                         bench.guides, bench.loadedMegabytes, bench.steps, bench.diagnostics))
            print(String(format: "load (read + cmark + DocFX + annotations): %.3f s, %.1f MB/s",
                         bench.loadSeconds, bench.loadedMegabytes / bench.loadSeconds))
            print(String(format: "plan (%d countries): %.3f s, %d planned steps", bench.countries, bench.planSeconds, bench.plannedSteps))
        }
    }
}
