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

    func pick(_ english: String, _ french: String) -> String { language.pick(english, french) }

    var colon: String { pick(": ", " : ") }
    var siteTitle: String { pick("Teams Phone setup checklists", "Listes de contrôle Teams Phone") }

    func pageTitle(_ country: Country) -> String {
        pick("Teams Phone checklist — \(country.name(in: language))", "Liste de contrôle Teams Phone — \(country.name(in: language))")
    }

    func subtitle(_ options: PlanOptions) -> String {
        let features =
            options.features.isEmpty
            ? pick("none", "aucune") : options.features.map(\.rawValue).sorted().joined(separator: ", ")
        return pick("Connectivity: ", "Connectivité : ") + options.connectivity.label(in: language) + " · "
            + pick("Features: ", "Fonctions : ") + features
    }

    func tasks(_ count: Int) -> String {
        count == 1 ? pick("1 task", "1 tâche") : pick("\(count) tasks", "\(count) tâches")
    }

    func steps(_ count: Int) -> String {
        count == 1 ? pick("1 step", "1 étape") : pick("\(count) steps", "\(count) étapes")
    }

    func state(_ state: StepStatus.State) -> String {
        switch state {
        case .done: pick("Done in the tenant", "Fait dans le client")
        case .notDone: pick("Not done in the tenant", "Pas fait dans le client")
        case .notApplicable: pick("Not applicable to this tenant", "Sans objet pour ce client")
        case .unknown: pick("No check can tell", "Aucune vérification ne peut le dire")
        }
    }

    func findings(_ count: Int) -> String {
        count == 1 ? pick("1 item to fix", "1 élément à reprendre") : pick("\(count) items to fix", "\(count) éléments à reprendre")
    }

    func moreFindings(_ count: Int) -> String {
        count == 1 ? pick("… and 1 more", "… et 1 autre") : pick("… and \(count) more", "… et \(count) autres")
    }

    /// "Tenant Contoso, read on 20 November 2026 at 14:02 UTC: 12 done, 5 not done, 3 not applicable".
    func tenantSummary(name: String, date: Date, counts: [StepStatus.State: Int]) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language == .french ? "fr_FR" : "en_GB")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = language == .french ? "d MMMM yyyy 'à' HH:mm 'UTC'" : "d MMMM yyyy 'at' HH:mm 'UTC'"
        let done = counts[.done, default: 0], notDone = counts[.notDone, default: 0]
        let notApplicable = counts[.notApplicable, default: 0], unknown = counts[.unknown, default: 0]
        return pick(
            "Tenant \(name), read on \(formatter.string(from: date)): \(done) done, \(notDone) not done, \(notApplicable) not applicable, \(unknown) without a check",
            "Client \(name), relevé le \(formatter.string(from: date)) : \(done) \(done > 1 ? "faites" : "faite"), \(notDone) à faire, \(notApplicable) sans objet, \(unknown) sans vérification")
    }

    /// Labels for templates, as `t.…`.
    var templateValues: TemplateValue {
        [
            "skip": .text(pick("Skip to the steps", "Aller aux étapes")),
            "backToIndex": .text(pick("All checklists", "Toutes les listes")),
            "contents": .text(pick("Steps", "Étapes")),
            "progressTemplate": .text(pick("{done} / {total} tasks done", "{done} / {total} tâches faites")),
            "print": .text(pick("Print", "Imprimer")),
            "reset": .text(pick("Untick all", "Tout décocher")),
            "resetConfirm": .text(pick("Untick every box of this checklist?", "Décocher toutes les cases de cette liste ?")),
            "noScript": .text(pick(
                "JavaScript is off: boxes can be ticked but will not be remembered.",
                "JavaScript est désactivé : les cases se cochent mais ne seront pas retenues.")),
            "removedHeading": .text(pick("Steps left out for this plan", "Étapes écartées pour ce plan")),
            "whyHere": .text(pick("Why here:", "Pourquoi ici :")),
            "manual": .text(pick("done by a person", "à faire à la main")),
            "spends": .text(pick("spends money", "payante")),
            "inputsHeading": .text(pick("Have ready:", "À préparer :")),
            "colon": .text(colon),
            // paper checklists are signed off by hand: who did the step, and when
            "signOff": .text(pick("Done on ____ / ____ / ________   by ______________________",
                                  "Fait le ____ / ____ / ________   par ______________________")),
            "footer": .text(pick(
                "Generated by setup-guide from the Markdown guides. Ticks are kept in this browser only.",
                "Produit par setup-guide à partir des guides Markdown. Les cases cochées ne sont gardées que dans ce navigateur.")),
        ]
    }
}
