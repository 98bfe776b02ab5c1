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

    static func more(_ count: Int, _ language: Language) -> String {
        BilingualText("… and \(count) more (see --format json)", "… et \(count) de plus (voir --format json)")[language]
    }
}
