internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// The words for check statuses and report headings, in both languages.
enum VerificationWords {
    static func status(_ raw: String, _ language: Language) -> String {
        switch raw {
        case "pass": BilingualText("PASS", "OK")[language]
        case "fail": BilingualText("FAIL", "ÉCHEC")[language]
        default: BilingualText("N/A", "S.O.")[language]
        }
    }

    static func verdict(_ report: VerificationReport, _ language: Language) -> String {
        let t = report.totals
        if report.status == .complete {
            return BilingualText("Complete: ", "Complet : ")[language]
                + BilingualText.counting(t.passed, ("check passed", "checks passed"), ("vérification réussie", "vérifications réussies"))
                .followed(by: .init(", \(t.notApplicable) not applicable.", ", \(t.notApplicable) sans objet."))
                .text(in: language)
        }
        let failing = BilingualText(
            "\(t.failed) of \(t.checks) checks \(t.failed == 1 ? "fails" : "fail"), ",
            "\(t.failed) \(t.failed <= 1 ? "vérification" : "vérifications") sur \(t.checks) \(t.failed <= 1 ? "échoue" : "échouent"), ")
        return BilingualText("Gaps found: ", "Manques constatés : ")[language]
            + failing.followed(by: .counting(t.failures, ("subject at fault.", "subjects at fault."), ("élément en cause.", "éléments en cause.")))
            .text(in: language)
    }

    /// Who or what the subject is, beyond its id: "held by Hélène Lefèvre (helene.lefevre@…)",
    /// an address's description and street and who depends on it; empty when nothing is known.
    static func naming(_ failure: VerificationReport.Failure, _ language: Language) -> String {
        var parts: [String] = []
        if let holder = failure.holder {
            let name = failure.displayName.map { "\($0) (\(holder))" } ?? holder
            parts.append(BilingualText("held by \(name)", "attribué à \(name)")[language])
        } else if let name = failure.displayName, !name.isEmpty {
            parts.append(name)
        }
        if let address = failure.address, !address.isEmpty { parts.append(address) }
        if let dependents = failure.dependents, !dependents.isEmpty {
            let shown = dependents.prefix(10).joined(separator: ", ") + (dependents.count > 10 ? " …" : "")
            parts.append(BilingualText("used by \(dependents.count): \(shown)", "utilisée par \(dependents.count) : \(shown)")[language])
        }
        return parts.joined(separator: " · ")
    }

    /// The lines that say how to fix a gap: the guide step, then the command or what to do. `withStep: false` leaves out "Follow step …", which a report says
    /// once per step (``stepToFollow(_:)``) rather than under every subject.
    static func fixLines(_ fix: VerificationReport.Fix?, _ language: Language, withStep: Bool = true) -> [String] {
        guard let fix else { return [] }
        var lines: [String] = []
        if withStep, !fix.step.isEmpty { lines.append(followStep(fix.step, language)) }
        if let command = fix.command { lines.append(BilingualText("Fix: ", "Correctif : ")[language] + command) }
        if let todo = fix.todo { lines.append(BilingualText("To do: ", "À faire : ")[language] + todo) }
        return lines
    }

    /// "Follow step …", without the link the HTML report adds.
    static func followStep(_ step: String, _ language: Language) -> String {
        BilingualText("Follow step ", "Suivez l'étape ")[language] + step
    }

    /// The step a check's fixes send people to: the check's own fix, else its first subject's.
    static func stepToFollow(_ check: VerificationReport.CheckReport) -> String? {
        let step = check.fix?.step ?? check.failures.lazy.compactMap(\.fix?.step).first { !$0.isEmpty }
        return step?.isEmpty == false ? step : nil
    }

    static func more(_ count: Int, _ language: Language) -> String {
        BilingualText("… and \(count) more (see --format json)", "… et \(count) de plus (voir --format json)")[language]
    }
}
