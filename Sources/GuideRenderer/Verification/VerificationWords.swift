internal import SetupGuide

/// The words for check statuses and report headings, in both languages.
enum VerificationWords {
    static func status(_ raw: String, _ language: Language) -> String {
        switch raw {
        case "pass": language.pick("PASS", "OK")
        case "fail": language.pick("FAIL", "ÉCHEC")
        default: language.pick("N/A", "S.O.")
        }
    }

    static func verdict(_ report: VerificationReport, _ language: Language) -> String {
        let t = report.totals
        return report.status == .complete
            ? language.pick(
                "Complete: \(t.passed) checks passed, \(t.notApplicable) not applicable.",
                "Complet : \(t.passed) vérifications réussies, \(t.notApplicable) sans objet.")
            : language.pick(
                "Gaps found: \(t.failed) of \(t.checks) checks fail, \(t.failures) subjects at fault.",
                "Manques constatés : \(t.failed) vérifications sur \(t.checks) échouent, \(t.failures) éléments en cause.")
    }

    static func more(_ count: Int, _ language: Language) -> String {
        language.pick("… and \(count) more (see --format json)", "… et \(count) de plus (voir --format json)")
    }
}
