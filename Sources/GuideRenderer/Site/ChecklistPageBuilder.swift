import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// Turns a plan into the values of the checklist page template.
///
/// ```swift
/// let page = ChecklistPageBuilder(plan: plan, guideTitles: ["licences": "Licences"]).build()
/// templates.render("page", page.context)
/// ```
public struct ChecklistPageBuilder: Sendable {
    /// What the builder produced.
    public struct Page: Sendable, Equatable {
        /// The template values.
        public var context: TemplateValue
        /// The browser storage key of the ticks: a fingerprint of the steps, the country and the language.
        public var storageKey: String
        /// How many checkboxes the page has.
        public var taskCount: Int
    }

    /// The plan to show.
    public var plan: Plan
    /// The title of the guide each step comes from, by step id.
    public var guideTitles: [String: String]
    /// Whether raw HTML in guides is written as it is.
    public var allowsRawHTML: Bool
    /// Tenant data to show beside each step, if any.
    public var statusProvider: (any StepStatusProvider)?
    /// The index page, relative to this page.
    public var indexHref: String
    /// The folder of static files, relative to this page.
    public var assetsHref: String
    /// Steps already rendered, by id; the others are rendered here.
    public var renderedSteps: [String: RenderedStep]
    /// The same checklist in other languages: the language and the page's file name.
    public var alternates: [(language: Language, href: String)]

    /// Creates a builder.
    public init(
        plan: Plan, guideTitles: [String: String], allowsRawHTML: Bool = false,
        statusProvider: (any StepStatusProvider)? = nil, indexHref: String = SitePaths.index,
        assetsHref: String = SitePaths.assets, renderedSteps: [String: RenderedStep] = [:],
        alternates: [(language: Language, href: String)] = []
    ) {
        self.plan = plan
        self.guideTitles = guideTitles
        self.allowsRawHTML = allowsRawHTML
        self.statusProvider = statusProvider
        self.indexHref = indexHref
        self.assetsHref = assetsHref
        self.renderedSteps = renderedSteps
        self.alternates = alternates
    }

    /// Builds the page values.
    public func build() -> Page {
        let language = plan.language
        let text = SiteText(language: language)
        let country = plan.options.country
        var fingerprint = ContentHash()
        var steps: [TemplateValue] = []
        var taskCount = 0
        var tally: [StepStatus.State: Int] = [:]
        var firstInState: [StepStatus.State: String] = [:]
        for (index, planned) in plan.steps.enumerated() {
            let step = planned.step
            let rendered = renderedSteps[step.id] ?? RenderedStep(step, language: language, allowsRawHTML: allowsRawHTML)
            let (title, body) = (rendered.title, rendered.body)
            fingerprint.add(rendered.fingerprint)
            var value: TemplateValue = [
                "number": .number(index + 1),
                "id": .text(step.id),
                "title": .html(title),
                // the contents list links each step, and a link cannot hold another link
                "titleText": .text(step.title),
                "guide": .text(guideTitles[step.id] ?? ""),
                "body": .html(body.html),
                "manual": .flag(step.manual),
                "spends": .flag(step.costsMoney),
                "hasInputs": .flag(!step.inputs.isEmpty),
                "inputs": .list(step.inputs.map(input)),
            ]
            if let anchor = step.anchor, anchor != step.id { value["anchor"] = .text(anchor) }
            if let because = planned.because { value["because"] = .text(because) }
            if body.tasks.isEmpty {
                // a step without numbered items still gets one box, so every step can be ticked off
                value["stepBox"] = ["id": .text("\(step.id)-done"), "label": .text(BilingualText("Step done", "Étape faite")[text.language])]
                taskCount += 1
            } else {
                taskCount += body.tasks.count
            }
            if let provider = statusProvider {
                let status = provider.status(of: step, options: plan.options, language: language)
                tally[status.state, default: 0] += 1
                if firstInState[status.state] == nil { firstInState[status.state] = step.id }
                value["status"] = statusValue(status, text: text)
            }
            steps.append(value)
        }
        let storageKey = "setup-guide:\(fingerprint.hex):\(country.code):\(language.rawValue)"
        var context: TemplateValue = [
            "lang": .text(language.rawValue),
            "title": .text(text.pageTitle(country)),
            "heading": .text(text.pageTitle(country)),
            "subtitle": .text(text.subtitle(plan.options)),
            "subtitleHTML": .html(HTML(trusted: text.subtitleHTML(plan.options))),
            "countryCode": .text(country.code),
            "countryName": .text(country.name(in: language)),
            "indexHref": .text(indexHref),
            "assets": ["css": .text("\(assetsHref)/style.css"), "js": .text("\(assetsHref)/checklist.js")],
            "storageKey": .text(storageKey),
            "taskCount": .number(taskCount),
            "notices": .list(plan.notices.map { .text($0) }),
            "steps": .list(steps),
            "hasRemoved": .flag(!plan.removed.isEmpty),
            "alternates": .list(alternates.map { alternate in
                // named in its own language, so a reader who does not read this one finds it
                ["href": .text(alternate.href), "lang": .text(alternate.language.rawValue),
                 "label": .text(BilingualText("In English", "En français")[alternate.language])]
            }),
            "removed": .list(plan.removed.map { ["id": .text($0.step.id), "title": .text($0.step.title), "because": .text($0.because)] }),
        ]
        var labels = text.templateValues
        labels["progressInitial"] = .text(text.tasks(taskCount))
        context["t"] = labels
        if let provider = statusProvider {
            context["tenant"] = [
                "name": .text(provider.tenantName),
                "summary": .text(text.tenantSummary(name: provider.tenantName, date: provider.snapshotDate, counts: tally)),
                "summaryHTML": .html(HTML(trusted: text.tenantSummaryHTML(
                    name: provider.tenantName, date: provider.snapshotDate, counts: tally, first: firstInState,
                    steps: plan.steps.count, tasks: taskCount))),
            ]
        }
        return Page(context: context, storageKey: storageKey, taskCount: taskCount)
    }

    private func input(_ input: StepInput) -> TemplateValue {
        var value: TemplateValue = ["label": .text(input.label)]
        if let help = input.help, !help.isEmpty { value["help"] = .text(help) }
        return value
    }

    /// Natural order: runs of digits compare as numbers, letters without case.
    static func naturalOrder(_ a: String, _ b: String) -> Bool {
        switch a.compare(b, options: [.numeric, .caseInsensitive]) {
        case .orderedAscending: true
        case .orderedDescending: false
        case .orderedSame: a < b
        }
    }

    /// Findings shown under a step; the rest are counted. A tenant of 100,000 users without
    /// numbers would otherwise put 100,000 lines in every page.
    public static let findingsShown = 50

    private func statusValue(_ status: StepStatus, text: SiteText) -> TemplateValue {
        // u2, u10, u1900, u19010 rather than u10, u1900, u19010, u2: the order people count in
        let sorted = status.findings.sorted(by: Self.naturalOrder)
        var findings: [TemplateValue] = sorted.prefix(Self.findingsShown).map { .text($0) }
        if status.findings.count > Self.findingsShown {
            findings.append(.text(text.moreFindings(status.findings.count - Self.findingsShown)))
        }
        var value: TemplateValue = [
            "state": .text(status.state.rawValue),
            "label": .text(text.state(status.state)),
            "hasFindings": .flag(!status.findings.isEmpty),
            "findingsSummary": .text(text.findings(status.findings.count)),
            "findings": .list(findings),
        ]
        if let detail = status.detail, !detail.isEmpty {
            value["detail"] = .text(detail)
        } else if let count = status.count {
            value["detail"] = .text("\(count.done) / \(count.total)")
        }
        return value
    }
}
