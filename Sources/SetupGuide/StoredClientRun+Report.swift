public import Foundation
public import SetupGuideStore
public import SetupGuideVerification

extension StoredClientRun {
    /// A client's record from its verification report: the tenant id and name from the manifest
    /// (else `folderName`, which must stay the same from one run to the next), the report as JSON,
    /// and one finding per subject at fault of each failing check, or the check alone when it
    /// fails without subjects (licences not bought, say).
    package init(report: VerificationReport, folderName: String, recordedAt: Date = Date()) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let manifest = try report.manifest.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        self.init(
            tenantID: report.manifest?.tenantId.flatMap { $0.isEmpty ? nil : $0 } ?? folderName,
            clientName: report.manifest?.tenantName.flatMap { $0.isEmpty ? nil : $0 } ?? folderName,
            recordedAt: recordedAt, manifestJSON: manifest,
            // JSONEncoder's text, written by hand: encoding 1,000 reports was a quarter of a fleet run
            reportJSON: report.compactJSON(),
            outcome: report.status == .complete ? .complete : .gaps(report.totals.failed),
            findings: Self.findings(of: report))
    }

    /// A folder that could not be verified: no report and no findings, only the reason.
    package static func unusable(tenantID: String, clientName: String, reason: String, manifestJSON: String? = nil, recordedAt: Date = Date()) -> StoredClientRun {
        StoredClientRun(
            tenantID: tenantID, clientName: clientName, recordedAt: recordedAt, manifestJSON: manifestJSON, reportJSON: nil,
            outcome: .unusable(reason: reason), findings: [])
    }

    /// The findings of a report, each once: (check, subject) for each subject at fault, (check, "")
    /// for a failing check without subjects.
    package static func findings(of report: VerificationReport) -> [FindingKey] {
        var keys: Set<FindingKey> = []
        for check in report.steps.flatMap(\.checks) where check.status == "fail" {
            if check.failures.isEmpty {
                keys.insert(FindingKey(check: check.check, subject: ""))
            }
            for failure in check.failures {
                keys.insert(FindingKey(check: check.check, subject: "\(failure.kind):\(failure.subject)"))
            }
        }
        return keys.sorted()
    }
}
