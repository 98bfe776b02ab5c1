public import Foundation
public import SetupGuideModel
public import SetupGuideEngine
public import SetupGuideVerification

/// `verify`'s work once its plan session is open: reading the exports or the rehearsal tenant,
/// and every check of the plan against them, timed phase by phase.
public struct VerificationRun {
    /// What is checked.
    public enum Source {
        /// The rehearsal tenant, opened by the session, and its path as the user gave it.
        case tenant(RehearsalTenant, path: String)
        /// A folder of PowerShell exports, and its path as the user gave it.
        case exports(URL, path: String)
    }

    /// The report.
    public let report: VerificationReport
    /// How long each phase took (read, index, checks), in order.
    public let timings: [(phase: String, seconds: TimeInterval)]

    /// Checks `session`'s plan against `source`, with the session's answers bound to the checks;
    /// `onTiming` is told how long each check took.
    public init(_ session: PlanSession, source: Source, onTiming: (@Sendable (String, Double) -> Void)? = nil) throws(SessionError) {
        var timings: [(phase: String, seconds: TimeInterval)] = []
        var mark = Date()
        func lap(_ name: String) {
            timings.append((name, Date().timeIntervalSince(mark)))
            mark = Date()
        }
        let plan = session.plan
        let tenant: any CheckableTenant
        let verificationSource: VerificationSource
        // What reading the exports noticed, added to the report once it is made.
        var read: ExportSnapshot?
        switch source {
        case .tenant(let opened, let path):
            (tenant, verificationSource) = (opened, .tenant(path: path))
        case .exports(let folder, let path):
            let (snapshot, problems) = ExportFolder(url: folder).read()
            lap("read")
            if !problems.isEmpty { throw .unusableExports(problems) }
            let catalogue = session.content.countries
            tenant = ExportedTenant(
                snapshot: snapshot, country: plan.options.country.code, connectivity: plan.options.connectivity,
                features: plan.options.features, countries: { catalogue.country($0) }, licences: session.content.licences)
            verificationSource = .exports(path: path, files: snapshot.files)
            read = snapshot
            lap("index")
        }
        do {
            var made = try Verifier(tenant: tenant, source: verificationSource, binding: session.binding, onTiming: onTiming).verify(plan)
            if let read { made.attach(read) }
            report = made
        } catch let error as TenantStoreError {
            throw .tenant(error)
        } catch {
            throw .tenantUnreadable(path: source.path, reason: "\(error)")
        }
        lap("checks")
        self.timings = timings
    }
}

extension VerificationRun.Source {
    /// The path as the user gave it.
    var path: String {
        switch self {
        case .tenant(_, let path), .exports(_, let path): path
        }
    }
}
