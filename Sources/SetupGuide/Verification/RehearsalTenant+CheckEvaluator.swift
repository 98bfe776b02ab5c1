public import Foundation

extension RehearsalTenant: CheckEvaluator {
    /// Runs the engine's check and words its verdict as a step status: pass is done, fail is
    /// not done with the subjects at fault, not applicable stays so.
    public func evaluate(_ check: CheckName, arguments: [String: String], options: PlanOptions, language: Language) throws
        -> StepStatus
    {
        let result = try evaluate(
            check, arguments: arguments, context: CheckContext(country: options.country.code, language: language))
        let state: StepStatus.State =
            switch result.status {
            case .pass: .done
            case .fail: .notDone
            case .notApplicable: .notApplicable
            }
        var count: StepStatus.Count?
        if let done = result.done, let total = result.total { count = StepStatus.Count(done: done, total: total) }
        return StepStatus(
            state, detail: result.summary.text(in: language), count: count,
            findings: result.subjects.map { "\($0.id)\(language.pick(": ", " : "))\($0.reason.text(in: language))" })
    }

    /// When the tenant last changed: the later of the file and its write-ahead log.
    public var snapshotDate: Date {
        let files = FileManager.default
        return [url.path, url.path + "-wal"].compactMap {
            (try? files.attributesOfItem(atPath: $0))?[.modificationDate] as? Date
        }.max() ?? Date()
    }
}
