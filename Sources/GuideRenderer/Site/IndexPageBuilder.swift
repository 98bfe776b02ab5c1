import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// Builds the values of the index page: for each language, the countries' checklists and the guides.
public struct IndexPageBuilder: Sendable {
    /// One checklist page the index links to.
    public struct Entry: Sendable, Equatable {
        /// The country.
        public var country: Country
        /// The page's language.
        public var language: Language
        /// The page's file name.
        public var file: String
        /// How many steps its plan has.
        public var steps: Int
        /// How many notices its plan carries.
        public var notices: Int

        /// Creates an entry.
        public init(country: Country, language: Language, file: String, steps: Int, notices: Int) {
            self.country = country
            self.language = language
            self.file = file
            self.steps = steps
            self.notices = notices
        }
    }

    /// The guides, every language.
    public var guides: [Guide]
    /// The pages, in the order to list them.
    public var entries: [Entry]

    /// Creates a builder.
    public init(guides: [Guide], entries: [Entry]) {
        self.guides = guides
        self.entries = entries
    }

    /// The template values; the page's own language is that of the first entry.
    public func build() -> TemplateValue {
        var languages: [Language] = []
        for entry in entries where !languages.contains(entry.language) { languages.append(entry.language) }
        let first = SiteText(language: languages.first ?? .french)
        let sections: [TemplateValue] = languages.map { language in
            let text = SiteText(language: language)
            // by name as a reader of that language looks for it: "États-Unis" among the E
            let ordered = entries.filter { $0.language == language }.sorted {
                $0.country.name(in: language).compare(
                    $1.country.name(in: language), options: [.caseInsensitive, .diacriticInsensitive],
                    locale: Locale(identifier: language.rawValue)) == .orderedAscending
            }
            let countries: [TemplateValue] = ordered.map { entry in
                [
                    "href": .text(entry.file),
                    "lang": .text(language.rawValue),
                    "code": .text(entry.country.code),
                    "name": .text(entry.country.name(in: language)),
                    "stepsLabel": .text(text.steps(entry.steps)),
                    "hasNotices": .flag(entry.notices > 0),
                    "noticeLabel": .text(BilingualText("read the notice", "lire l'avertissement")[text.language]),
                ]
            }
            let guides: [TemplateValue] = self.guides.filter { $0.language == language }.map { guide in
                var value: TemplateValue = ["title": .text(guide.title), "stepsLabel": .text(text.steps(guide.steps.count))]
                if !guide.description.isEmpty { value["description"] = .text(guide.description) }
                return value
            }
            return [
                "lang": .text(language.rawValue),
                "anchor": .text("lang-\(language.rawValue)"),
                "heading": .text(BilingualText("In English", "En français")[text.language]),
                "intro": .text(BilingualText(
                    "One checklist per country: the steps in that country's order, each moved step with the reason, and the steps left out.",
                    "Une liste par pays : les étapes dans l'ordre de ce pays, la raison de chaque déplacement, et les étapes écartées.")[text.language]),
                "countriesHeading": .text(BilingualText("Checklists by country", "Listes par pays")[text.language]),
                "guidesHeading": .text(BilingualText("Guides", "Guides")[text.language]),
                "countries": .list(countries),
                "guides": .list(guides),
            ]
        }
        return [
            "lang": .text((languages.first ?? .french).rawValue),
            "title": .text(first.siteTitle),
            "assets": ["css": .text("\(SitePaths.assets)/style.css"), "js": .text("\(SitePaths.assets)/checklist.js")],
            "languages": .list(sections),
            "hasSeveralLanguages": .flag(languages.count > 1),
        ]
    }
}
