internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// Where the facts `verify` judges come from, since a few checks can only be answered by one.
public enum VerificationSource: Sendable, Equatable {
    /// The embedded rehearsal tenant: it records reservations, requests, notifications and credits.
    case tenant(path: String)
    /// A folder of PowerShell exports, read into an `ExportedTenant`; the cmdlets exported do not
    /// show reservations, request forms, mails sent, credits balance or conferencing settings.
    case exports(path: String, files: [ExportCmdlet: String])

    /// The report's description of the source.
    var reportSource: VerificationReport.Source {
        switch self {
        case .tenant(let path): .init(kind: "tenant", path: path)
        case .exports(let path, let files):
            .init(kind: "exports", path: path, files: Dictionary(uniqueKeysWithValues: files.map { ($0.key.rawValue, $0.value) }))
        }
    }
}
