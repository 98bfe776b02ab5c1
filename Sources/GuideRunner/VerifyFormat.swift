import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

/// Output formats of `verify`.
enum VerifyFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case html
    case junit
    case markdown

    /// Prints `report` in this format on standard output, or writes it to `out` (exit 2 when it cannot).
    func write(_ report: VerificationReport, to out: String?, language: Language) throws {
        let text: String
        switch self {
        case .text: text = VerificationTextRenderer(style: out == nil ? TerminalStyle.detect() : TerminalStyle(colours: false)).render(report)
        case .json: text = try VerificationJSONRenderer().render(report)
        case .html: text = VerificationHTMLRenderer().render(report)
        case .junit: text = VerificationJUnitRenderer().render(report)
        case .markdown: text = VerificationMarkdownRenderer().render(report)
        }
        guard let out else { return FileHandle.standardOutput.write(Data(text.utf8)) }
        do {
            try OutputFile.write(Array(text.utf8), to: URL(fileURLWithPath: out))
        } catch {
            throw CommandFailure(exitCode: 2, message: BilingualText("Error: ", "Erreur : ")[language] + error.message(in: language))
        }
    }
}

/// `--report-resources`: the phases' times, the total, the peak memory and the slowest checks, on standard error.
enum ResourceUsage {
    static func print(_ timings: [(phase: String, seconds: TimeInterval)], since started: Date, slowest: CheckTimes) {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMB = Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        let peakMB = Double(usage.ru_maxrss) / 1_048_576  // bytes on macOS
        #endif
        let phases = timings.map { String(format: "%@ %.3fs", $0.phase, $0.seconds) }.joined(separator: ", ")
        printError(String(format: "resources: %@; total %.3fs; peak RSS %.1f MB", phases, Date().timeIntervalSince(started), peakMB))
        for (check, seconds) in slowest.top(5) { printError(String(format: "  check %@ %.3fs", check, seconds)) }
    }
}

extension VerificationRun {
    /// The run, its errors `verify`'s failures; `timing` gathers each check's time when given.
    static func checked(_ session: PlanSession, source: Source, timing: CheckTimes?) throws(CommandFailure) -> VerificationRun {
        let timer: (@Sendable (String, Double) -> Void)? = timing.map { times in { @Sendable in times.add($0, $1) } }
        do {
            return try VerificationRun(session, source: source, onTiming: timer)
        } catch {
            throw CommandFailure(error, language: session.language, codes: .verify)
        }
    }
}
