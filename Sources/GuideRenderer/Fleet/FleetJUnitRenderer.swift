internal import SetupGuideModel
public import SetupGuideFleet

/// A fleet's report as JUnit XML for CI pipelines: one test suite per client, one test case per
/// check of its plan; a failing check is a `<failure>`, a check that does not apply is
/// `<skipped>`, and an unusable client is one test case in `<error>` with the reason.
public struct FleetJUnitRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The XML document.
    public func render(_ report: FleetReport) -> String {
        let x = ReportEscaping.xml
        let language = Language(rawValue: report.language) ?? .english
        var suites = ""
        var (tests, failures, errors, skipped) = (0, 0, 0, 0)
        for client in report.clients {
            let name = x(FleetLabels.client(client))
            guard let verification = client.verification else {
                tests += 1
                errors += 1
                suites += "  <testsuite name=\"\(name)\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
                suites += "    <testcase classname=\"\(x(client.folder))\" name=\"exports\">\n"
                suites += "      <error message=\"\(x(FleetWords.verdict(client)[language]))\" type=\"unusable\"/>\n"
                suites += "    </testcase>\n  </testsuite>\n"
                continue
            }
            let checks = verification.steps.flatMap { step in step.checks.map { (step, $0) } }
            let failed = checks.filter { $0.1.status == "fail" }.count
            let notApplicable = checks.filter { $0.1.status == "not-applicable" }.count
            (tests, failures, skipped) = (tests + checks.count, failures + failed, skipped + notApplicable)
            suites += "  <testsuite name=\"\(name)\" tests=\"\(checks.count)\" failures=\"\(failed)\" errors=\"0\" skipped=\"\(notApplicable)\">\n"
            for (step, check) in checks {
                suites += "    <testcase classname=\"\(x(client.folder)).\(x(step.id))\" name=\"\(x(check.check))\""
                switch check.status {
                case "fail":
                    let subjects = check.failures.map { x("\($0.kind) \($0.subject): \($0.reason)") }.joined(separator: "&#10;")
                    suites += ">\n      <failure message=\"\(x(check.summary))\" type=\"\(x(check.check))\">\(subjects)</failure>\n    </testcase>\n"
                case "pass": suites += "/>\n"
                default: suites += ">\n      <skipped message=\"\(x(check.summary))\"/>\n    </testcase>\n"
                }
            }
            suites += "  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"setup-guide fleet verify\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\">\n"
            + suites + "</testsuites>\n"
    }
}
