internal import SetupGuideModel
internal import SetupGuidePlanning
public import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// The verification report as JUnit XML for CI pipelines: one test suite per step, one test case
/// per check; a failing check is a `<failure>` listing its subjects, a check that does not apply
/// is `<skipped>`.
public struct VerificationJUnitRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The XML document.
    public func render(_ report: VerificationReport) -> String {
        let x = ReportEscaping.xml
        let language = Language(rawValue: report.language) ?? .english
        let t = report.totals
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"setup-guide verify \(x(report.country))\" tests=\"\(t.checks)\" failures=\"\(t.failed)\" skipped=\"\(t.notApplicable)\">\n"
        for step in report.steps {
            let failed = step.checks.filter { $0.status == "fail" }.count
            let skipped = step.checks.filter { $0.status == "not-applicable" }.count
            out += "  <testsuite name=\"\(x(step.id))\" tests=\"\(step.checks.count)\" failures=\"\(failed)\" skipped=\"\(skipped)\">\n"
            for check in step.checks {
                let arguments = check.arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
                let name = arguments.isEmpty ? check.check : "\(check.check) (\(arguments))"
                out += "    <testcase classname=\"\(x(step.id))\" name=\"\(x(name))\""
                switch check.status {
                case "fail":
                    out += ">\n      <failure message=\"\(x(check.summary))\" type=\"\(x(check.check))\">"
                    // A CI tool shows each test case alone: "Follow step …" once per case, not per subject.
                    let follow = VerificationWords.stepToFollow(check).map { [x(VerificationWords.followStep($0, language))] } ?? []
                    out += (follow + VerificationWords.fixLines(check.fix, language, withStep: false).map(x) + check.failures.map { failure in
                        let naming = VerificationWords.naming(failure, language)
                        return ([x("\(failure.kind) \(failure.subject): \(failure.reason)" + (naming.isEmpty ? "" : " — " + naming))]
                            + VerificationWords.fixLines(failure.fix, language, withStep: false).map(x)).joined(separator: "&#10;")
                    }).joined(separator: "&#10;")
                    out += "</failure>\n    </testcase>\n"
                case "pass":
                    out += "/>\n"
                default:
                    out += ">\n      <skipped message=\"\(x(check.summary))\"/>\n    </testcase>\n"
                }
            }
            out += "  </testsuite>\n"
        }
        out += exportsSuite(report)
        out += "</testsuites>\n"
        return out
    }
}
