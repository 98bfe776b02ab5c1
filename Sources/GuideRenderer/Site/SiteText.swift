import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// The words the site adds around the guides, in French and English.
///
/// They reach templates as `t.name`, so a branded template can use them or write its own.
struct SiteText: Sendable {
    let language: Language

    var colon: String { BilingualText(": ", " : ")[language] }
    var siteTitle: String { BilingualText("Teams Phone setup checklists", "Listes de contrôle Teams Phone")[language] }

    func pageTitle(_ country: Country) -> String {
        BilingualText("Teams Phone checklist — \(country.name(in: language))", "Liste de contrôle Teams Phone — \(country.name(in: language))")[language]
    }

    /// "Connectivity: Calling Plan · Features: Call queues", in words.
    func subtitle(_ options: PlanOptions) -> String {
        let features =
            options.features.isEmpty
            ? BilingualText("none", "aucune")[language] : options.features.sorted { $0.rawValue < $1.rawValue }.map(featureName).joined(separator: ", ")
        return BilingualText("Connectivity: ", "Connectivité : ")[language] + options.connectivity.label(in: language) + " · "
            + BilingualText("Features: ", "Fonctions : ")[language] + features
    }

    /// The same line as markup, each choice followed by the command-line flag that makes it in a
    /// `span.flag`, which the print stylesheet hides: words on paper, flags on screen for whoever
    /// runs the command again.
    func subtitleHTML(_ options: PlanOptions) -> String {
        func flag(_ text: String) -> String { " <span class=\"flag\">(\(HTMLEscaping.escape(text)))</span>" }
        let features =
            options.features.isEmpty
            ? HTMLEscaping.escape(BilingualText("none", "aucune")[language])
            : options.features.sorted { $0.rawValue < $1.rawValue }
                .map { HTMLEscaping.escape(featureName($0)) + flag("--feature \($0.rawValue)") }.joined(separator: ", ")
        return HTMLEscaping.escape(BilingualText("Connectivity: ", "Connectivité : ")[language] + options.connectivity.label(in: language))
            + flag("--connectivity \(options.connectivity.rawValue)") + " · "
            + HTMLEscaping.escape(BilingualText("Features: ", "Fonctions : ")[language]) + features
    }

    /// A feature in words.
    func featureName(_ feature: Feature) -> String {
        switch feature {
        case .audioConferencing: BilingualText("Audio Conferencing", "Audioconférence")[language]
        case .callQueues: BilingualText("Call queues", "Files d'attente d'appels")[language]
        case .autoAttendants: BilingualText("Auto attendants", "Standards automatiques")[language]
        case .tollFree: BilingualText("Toll-free numbers", "Numéros gratuits")[language]
        case .porting: BilingualText("Number porting", "Portage des numéros")[language]
        }
    }

    func tasks(_ count: Int) -> String {
        count == 1 ? BilingualText("1 task", "1 tâche")[language] : BilingualText("\(count) tasks", "\(count) tâches")[language]
    }

    func steps(_ count: Int) -> String {
        count == 1 ? BilingualText("1 step", "1 étape")[language] : BilingualText("\(count) steps", "\(count) étapes")[language]
    }

    func state(_ state: StepStatus.State) -> String {
        switch state {
        case .done: BilingualText("Done in the tenant", "Fait dans le client")[language]
        case .notDone: BilingualText("Not done in the tenant", "Pas fait dans le client")[language]
        case .notApplicable: BilingualText("Not applicable to this tenant", "Sans objet pour ce client")[language]
        case .unknown: BilingualText("No check can tell", "Aucune vérification ne peut le dire")[language]
        }
    }

    func findings(_ count: Int) -> String {
        count == 1 ? BilingualText("1 item to fix", "1 élément à reprendre")[language] : BilingualText("\(count) items to fix", "\(count) éléments à reprendre")[language]
    }

    func moreFindings(_ count: Int) -> String {
        count == 1 ? BilingualText("… and 1 more", "… et 1 autre")[language] : BilingualText("… and \(count) more", "… et \(count) autres")[language]
    }

    /// "Tenant Contoso, read on 20 November 2026 at 14:02 UTC: 12 done, 5 not done, 3 not applicable".
    func tenantSummary(name: String, date: Date, counts: [StepStatus.State: Int]) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language == .french ? "fr_FR" : "en_GB")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = language == .french ? "d MMMM yyyy 'à' HH:mm 'UTC'" : "d MMMM yyyy 'at' HH:mm 'UTC'"
        let done = counts[.done, default: 0], notDone = counts[.notDone, default: 0]
        let notApplicable = counts[.notApplicable, default: 0], unknown = counts[.unknown, default: 0]
        return BilingualText(
            "Tenant \(name), read on \(formatter.string(from: date)): \(done) done, \(notDone) not done, \(notApplicable) not applicable, \(unknown) without a check",
            "Client \(name), relevé le \(formatter.string(from: date)) : \(done) \(done > 1 ? "faites" : "faite"), \(notDone) à faire, \(notApplicable) sans objet, \(unknown) sans vérification")[language]
    }

    /// The same summary as markup, each count a link: the plan's step and task totals to the
    /// contents and to the steps, and each state's count to the first step in that state, so the
    /// reader goes from "3 à faire" to the first of them. `first` gives that step's id by state.
    func tenantSummaryHTML(
        name: String, date: Date, counts: [StepStatus.State: Int], first: [StepStatus.State: String], steps: Int, tasks: Int
    ) -> String {
        func link(_ text: String, _ target: String?) -> String {
            guard let target else { return HTMLEscaping.escape(text) }
            return "<a href=\"#\(HTMLEscaping.escape(target))\">\(HTMLEscaping.escape(text))</a>"
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language == .french ? "fr_FR" : "en_GB")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = language == .french ? "d MMMM yyyy 'à' HH:mm 'UTC'" : "d MMMM yyyy 'at' HH:mm 'UTC'"
        let french = language == .french
        let parts: [(StepStatus.State, String)] = [
            (.done, french ? "\(counts[.done, default: 0]) \(counts[.done, default: 0] > 1 ? "faites" : "faite")" : "\(counts[.done, default: 0]) done"),
            (.notDone, french ? "\(counts[.notDone, default: 0]) à faire" : "\(counts[.notDone, default: 0]) not done"),
            (.notApplicable, french ? "\(counts[.notApplicable, default: 0]) sans objet" : "\(counts[.notApplicable, default: 0]) not applicable"),
            (.unknown, french ? "\(counts[.unknown, default: 0]) sans vérification" : "\(counts[.unknown, default: 0]) without a check"),
        ]
        let states = parts.map { link($0.1, counts[$0.0, default: 0] > 0 ? first[$0.0] : nil) }.joined(separator: ", ")
        let head = BilingualText("Tenant \(name), read on \(formatter.string(from: date))", "Client \(name), relevé le \(formatter.string(from: date))")[language]
        return HTMLEscaping.escape(head) + HTMLEscaping.escape(colon) + link(self.steps(steps), "contents") + " · "
            + link(self.tasks(tasks), "steps") + HTMLEscaping.escape(colon) + states
    }

    /// Labels for templates, as `t.…`.
    var templateValues: TemplateValue {
        [
            "skip": .text(BilingualText("Skip to the steps", "Aller aux étapes")[language]),
            "backToIndex": .text(BilingualText("All checklists", "Toutes les listes")[language]),
            "contents": .text(BilingualText("Steps", "Étapes")[language]),
            "progressTemplate": .text(BilingualText("{done} / {total} tasks done", "{done} / {total} tâches faites")[language]),
            "print": .text(BilingualText("Print", "Imprimer")[language]),
            "reset": .text(BilingualText("Untick all", "Tout décocher")[language]),
            "resetConfirm": .text(BilingualText("Untick every box of this checklist?", "Décocher toutes les cases de cette liste ?")[language]),
            "noScript": .text(BilingualText(
                "JavaScript is off: boxes can be ticked but will not be remembered.",
                "JavaScript est désactivé : les cases se cochent mais ne seront pas retenues.")[language]),
            "removedHeading": .text(BilingualText("Steps left out for this plan", "Étapes écartées pour ce plan")[language]),
            "whyHere": .text(BilingualText("Why here:", "Pourquoi ici :")[language]),
            "manual": .text(BilingualText("done by a person", "à faire à la main")[language]),
            "spends": .text(BilingualText("spends money", "payante")[language]),
            "inputsHeading": .text(BilingualText("Have ready:", "À préparer :")[language]),
            "colon": .text(colon),
            // paper checklists are signed off by hand: who did the step, and when
            "signOff": .text(BilingualText("Done on ____ / ____ / ________   by ______________________",
                                  "Fait le ____ / ____ / ________   par ______________________")[language]),
            "footer": .text(BilingualText(
                "Generated by setup-guide from the Markdown guides. Ticks are kept in this browser only.",
                "Produit par setup-guide à partir des guides Markdown. Les cases cochées ne sont gardées que dans ce navigateur.")[language]),
        ]
    }
}
