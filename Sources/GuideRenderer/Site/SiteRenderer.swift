import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// Renders the static site: an index, one checklist page per country and language, and the
/// static files, all in memory so that nothing is written until everything has succeeded.
///
/// ```swift
/// let site = try SiteRenderer(templates: .defaults()).render(content, request: request)
/// try SiteWriter().write(site, to: URL(fileURLWithPath: "site"))
/// ```
public struct SiteRenderer: Sendable {
    /// Why a site could not be made.
    public enum Failure: Error, Sendable, Equatable {
        /// The content has no guide in this language.
        case noGuides(Language)
        /// A country's steps cannot be ordered.
        case planning(Diagnostic)
    }

    /// The templates and static files.
    public var templates: TemplateSet

    /// Creates a renderer.
    public init(templates: TemplateSet) { self.templates = templates }

    /// Renders every page of `request`; pages are made on every core.
    public func render(_ content: ContentSet, request: SiteRequest) throws(Failure) -> RenderedSite {
        var jobs: [(country: Country, language: Language, steps: [Step])] = []
        var guideTitles: [Language: [String: String]] = [:]
        for language in request.languages {
            let guides = content.guides(in: language)
            guard !guides.isEmpty else { throw .noGuides(language) }
            var titles: [String: String] = [:]
            for guide in guides { for step in guide.steps { titles[step.id] = guide.title } }
            guideTitles[language] = titles
            let steps = content.steps(in: language)
            for country in request.countries { jobs.append((country, language, steps)) }
        }
        let work = jobs, titles = guideTitles
        let rendered = renderSteps(of: content, languages: request.languages, allowsRawHTML: request.allowsRawHTML)
        let results = PageSlots(count: work.count)
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            let job = work[index]
            let options = PlanOptions(country: job.country, connectivity: request.connectivity, features: request.features)
            switch Planner().plan(job.steps, options: options, language: job.language) {
            case .failure(let diagnostic):
                results.set(index, .failure(diagnostic))
            case .success(let plan):
                let page = ChecklistPageBuilder(
                    plan: plan, guideTitles: titles[job.language] ?? [:], allowsRawHTML: request.allowsRawHTML,
                    statusProvider: request.statusProvider, renderedSteps: rendered[job.language] ?? [:],
                    alternates: request.languages.filter { $0 != job.language }.map {
                        ($0, SitePaths.page(country: job.country.code, language: $0))
                    }
                ).build()
                let entry = IndexPageBuilder.Entry(
                    country: job.country, language: job.language,
                    file: SitePaths.page(country: job.country.code, language: job.language), steps: plan.steps.count,
                    notices: plan.notices.count)
                results.set(index, .success((entry, templates.render("page", page.context))))
            }
        }
        var entries: [IndexPageBuilder.Entry] = []
        var pages: [RenderedSite.File] = []
        for result in results.values {
            switch result {
            case .failure(let diagnostic): throw .planning(diagnostic)
            case .success(let (entry, html)):
                entries.append(entry)
                pages.append(RenderedSite.File(path: entry.file, contents: html))
            }
        }
        let index = templates.render("index", IndexPageBuilder(guides: content.guides, entries: entries).build())
        var files = [RenderedSite.File(path: SitePaths.index, contents: index)] + pages
        for name in TemplateSet.assetNames {
            files.append(RenderedSite.File(path: "\(SitePaths.assets)/\(name)", contents: templates.assets[name] ?? ""))
        }
        return RenderedSite(files: files)
    }

    /// Every step of every language as HTML, once, on every core.
    private func renderSteps(of content: ContentSet, languages: [Language], allowsRawHTML: Bool) -> [Language: [String: RenderedStep]] {
        let steps = languages.flatMap { language in content.steps(in: language).map { (language, $0) } }
        let slots = ConcurrentResults<RenderedStep>(count: steps.count)
        DispatchQueue.concurrentPerform(iterations: steps.count) { index in
            slots.set(index, RenderedStep(steps[index].1, language: steps[index].0, allowsRawHTML: allowsRawHTML))
        }
        var result: [Language: [String: RenderedStep]] = [:]
        for (index, rendered) in slots.values.enumerated() {
            result[steps[index].0, default: [:]][steps[index].1.id] = rendered
        }
        return result
    }
}

/// Pages made on several threads.
private typealias PageSlots = ConcurrentResults<Result<(IndexPageBuilder.Entry, String), Diagnostic>>
