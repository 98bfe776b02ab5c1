public import Foundation
public import SetupGuideModel
public import SetupGuideParsing
public import SetupGuidePlanning
public import SetupGuideEngine
public import SetupGuideVerification

/// The parts of a session that other actions (the static site, the wizard's tenant) use alone.
extension PlanSession {
    /// The guides and countries under `url`; their errors, when there are any, are thrown.
    public static func loadContent(_ url: URL) throws(SessionError) -> ContentSet {
        let content = ContentSet.load(paths: [url])
        let errors = content.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw .contentErrors(errors) }
        return content
    }

    /// The country of the catalogue with this code.
    public static func country(_ code: String, in catalogue: CountryCatalogue) throws(SessionError) -> Country {
        guard let country = catalogue.country(code) else { throw .unknownCountry(code, valid: catalogue.codes) }
        return country
    }

    /// The plan of `content` (read from `folder`) for these options.
    public static func plan(_ options: PlanOptions, content: ContentSet, folder: URL, language: Language) throws(SessionError) -> Plan {
        let steps = content.steps(in: language)
        guard !steps.isEmpty else { throw .noGuides(language, folder: folder.path) }
        switch Planner().plan(steps, options: options, language: language) {
        case .success(let plan): return plan
        case .failure(let diagnostic): throw .planning(diagnostic)
        }
    }

    /// The one merge of answers for checks: each step's latest journal answers, then the answers
    /// file's, input by input, over them. (The command line gives no step answers.)
    public static func binding(journal: [JournalEntry], answers: AnswersFile) -> CheckBinding {
        var merged: [String: [String: String]] = [:]
        for entry in journal where !entry.inputs.isEmpty { merged[entry.stepID] = entry.inputs }
        for (step, inputs) in answers.inputs { merged[step, default: [:]].merge(inputs) { $1 } }
        var skipped: [String: String] = [:]
        for entry in journal { skipped[entry.stepID] = entry.status == .skipped ? (entry.note ?? "") : nil }
        return CheckBinding(answers: merged, skipped: skipped)
    }

    /// Opens the tenant read-only (so it never waits for nor blocks a writer for long, and never
    /// changes it) and reads what it recorded.
    public static func readTenant(at url: URL, clock: (any TenantClock)? = nil, countries: CountryCatalogue)
        throws(SessionError) -> (tenant: RehearsalTenant, record: TenantRecord)
    {
        do {
            let tenant = try RehearsalTenant(
                at: url, readOnly: true, clock: clock ?? SystemClock(), countries: { countries.country($0) })
            let organisation = try tenant.organisation()
            let journal = (try? tenant.entries()) ?? []
            return (tenant, TenantRecord(country: organisation.country, connectivity: organisation.connectivity, journal: journal))
        } catch let error as TenantStoreError {
            throw .tenant(error)
        } catch {
            throw .tenantUnreadable(path: url.path, reason: "\(error)")
        }
    }
}
