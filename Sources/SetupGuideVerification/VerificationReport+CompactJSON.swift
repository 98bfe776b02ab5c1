internal import SetupGuideModel

/// The report as compact JSON, written by hand: the text `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]` (keys in order, absent values left out), byte for
/// byte, as the tests check, at a fraction of its cost.
///
/// A fleet run stores every client's report (`fleet verify --store`): with `JSONEncoder`,
/// encoding 1,000 reports took a quarter of the whole verification's time. `Codable` stays the
/// way reports are read back, so the two cannot drift apart unseen: a field added to a report
/// and not here fails ``VerificationReportCompactJSONTests``.
extension VerificationReport {
    /// The compact JSON text of the report.
    public func compactJSON() -> String {
        var out = JSONOutput(capacity: 8192)
        out.object {
            $0.key("connectivity"); $0.string(connectivity)
            $0.key("country"); $0.string(country)
            $0.key("features"); $0.strings(features)
            $0.key("language"); $0.string(language)
            if let leftOut {
                $0.key("leftOut")
                $0.array(leftOut) { out, item in
                    out.object {
                        $0.key("count"); $0.int(item.count)
                        $0.key("reason"); $0.string(item.reason)
                        $0.key("users"); $0.strings(item.users)
                        $0.key("why"); $0.string(item.why)
                    }
                }
            }
            if let manifest { $0.key("manifest"); manifest.write(to: &$0) }
            $0.key("schema"); $0.int(schema)
            $0.key("source")
            $0.object {
                if let files = source.files { $0.key("files"); $0.stringMap(files) }
                $0.key("kind"); $0.string(source.kind)
                $0.key("path"); $0.string(source.path)
            }
            $0.key("status"); $0.string(status.rawValue)
            $0.key("steps")
            $0.array(steps) { out, step in
                out.object {
                    $0.key("checks")
                    $0.array(step.checks) { out, check in check.write(to: &out) }
                    $0.key("id"); $0.string(step.id)
                    $0.key("status"); $0.string(step.status)
                    $0.key("title"); $0.string(step.title)
                }
            }
            $0.key("totals")
            $0.object {
                $0.key("checks"); $0.int(totals.checks)
                $0.key("failed"); $0.int(totals.failed)
                $0.key("failures"); $0.int(totals.failures)
                $0.key("notApplicable"); $0.int(totals.notApplicable)
                $0.key("passed"); $0.int(totals.passed)
            }
            if let warnings {
                $0.key("warnings")
                $0.array(warnings) { out, warning in
                    out.object {
                        if let field = warning.field { $0.key("field"); $0.string(field) }
                        $0.key("file"); $0.string(warning.file)
                        $0.key("kind"); $0.string(warning.kind)
                        if let line = warning.line { $0.key("line"); $0.int(line) }
                        $0.key("message"); $0.string(warning.message)
                        $0.key("severity"); $0.string(warning.severity)
                    }
                }
            }
        }
        return out.text
    }
}

extension VerificationReport.CheckReport {
    fileprivate func write(to out: inout JSONOutput) {
        out.object {
            $0.key("arguments"); $0.stringMap(arguments)
            $0.key("check"); $0.string(check)
            if let done { $0.key("done"); $0.int(done) }
            $0.key("failures")
            $0.array(failures) { out, failure in failure.write(to: &out) }
            if let fix { $0.key("fix"); fix.write(to: &$0) }
            $0.key("status"); $0.string(status)
            $0.key("summary"); $0.string(summary)
            if let total { $0.key("total"); $0.int(total) }
        }
    }
}

extension VerificationReport.Failure {
    fileprivate func write(to out: inout JSONOutput) {
        out.object {
            if let address { $0.key("address"); $0.string(address) }
            if let dependents { $0.key("dependents"); $0.strings(dependents) }
            if let displayName { $0.key("displayName"); $0.string(displayName) }
            if let fix { $0.key("fix"); fix.write(to: &$0) }
            if let holder { $0.key("holder"); $0.string(holder) }
            $0.key("kind"); $0.string(kind)
            $0.key("reason"); $0.string(reason)
            $0.key("subject"); $0.string(subject)
        }
    }
}

extension VerificationReport.Fix {
    fileprivate func write(to out: inout JSONOutput) {
        out.object {
            if let command { $0.key("command"); $0.string(command) }
            if let doneWhen { $0.key("doneWhen"); $0.string(doneWhen) }
            $0.key("step"); $0.string(step)
            if let todo { $0.key("todo"); $0.string(todo) }
        }
    }
}

extension ExportManifest {
    fileprivate func write(to out: inout JSONOutput) {
        out.object {
            if let collectedAt { $0.key("collectedAt"); $0.string(collectedAt) }
            if let country { $0.key("country"); $0.string(country) }
            if let counts { $0.key("counts"); $0.intMap(counts) }
            if let formatVersion { $0.key("formatVersion"); $0.int(formatVersion) }
            if let modules { $0.key("modules"); $0.stringMap(modules) }
            if let powerShell { $0.key("powerShell"); $0.string(powerShell) }
            if let tenantId { $0.key("tenantId"); $0.string(tenantId) }
            if let tenantName { $0.key("tenantName"); $0.string(tenantName) }
            if let tool { $0.key("tool"); $0.string(tool) }
        }
    }
}
