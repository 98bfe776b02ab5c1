public import Foundation
public import SetupGuideModel
internal import SetupGuideParsing
internal import SetupGuidePlanning
public import SetupGuideVerification
public import SetupGuideFleet

/// `fleet verify`'s work: every client folder of a fleet folder verified against its own plan,
/// in parallel on every core, each client's failure kept to that client.
///
/// For each client the country, connectivity, features and answers come from, in order: its
/// entry in `fleet.yaml`, the answers file that entry names, the manifest of `export collect`
/// (the country only), the `defaults:` of `fleet.yaml`, then the command line.
///
/// ```swift
/// let run = try FleetRun(folder: URL(fileURLWithPath: "clients"), path: "clients", request: request)
/// exit(run.report.status == .complete ? 0 : 1)
/// ```
public struct FleetRun: Sendable {
    /// What stops the whole run, before any client is verified.
    public enum Failure: Error, Sendable {
        /// The guides or the country catalogue cannot be used.
        case session(SessionError)
        /// The fleet folder cannot be listed.
        case unreadableFolder(path: String)
        /// `fleet.yaml` is malformed.
        case fleetFile(Diagnostic)
        /// The fleet folder holds no client folder: an empty fleet is not a complete one.
        case noClients(path: String)
        /// The command line names a country the catalogue lacks.
        case unknownCountry(String, valid: [String])
    }

    /// The report: each client worst first, each check across the fleet.
    public let report: FleetReport

    /// The client folders of `folder`: its sub-folders, hidden ones aside, sorted by name.
    public static func clientFolders(in folder: URL) throws(Failure) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw .unreadableFolder(path: folder.path)
        }
        return names.filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
                && isFolder.boolValue
        }.sorted()
    }

    /// Verifies every client of `folder` (shown as `path`); `request` gives the language, the
    /// content and the last-resort country, features and connectivity; `progress` is told
    /// (done, total) after each client, from any thread.
    public init(folder: URL, path: String, request: PlanRequest, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(Failure) {
        let language = request.language ?? .fromEnvironment()
        let content: ContentSet
        do {
            content = try PlanSession.loadContent(request.content)
        } catch {
            throw .session(error)
        }
        if let code = request.country, content.countries.country(code) == nil {
            throw .unknownCountry(code, valid: content.countries.codes)
        }
        let fleetURL = folder.appendingPathComponent(FleetFile.fileName)
        var fleet = FleetFile()
        if FileManager.default.fileExists(atPath: fleetURL.path) {
            do {
                fleet = try FleetFile.load(from: fleetURL, displayPath: Self.join(path, FleetFile.fileName))
            } catch {
                throw .fleetFile(error.diagnostic)
            }
        }
        let names = try Self.clientFolders(in: folder)
        if names.isEmpty { throw .noClients(path: path) }
        let context = Context(content: content, fleet: fleet, request: request, language: language, folder: folder, path: path)
        let done = Locked(0)
        let clients = Workers.map(names.count) { index in
            let client = context.verify(names[index])
            let count = done.withLock { value -> Int in
                value += 1
                return value
            }
            progress?(count, names.count)
            return client
        }
        report = FleetReport(folder: path, clients: clients, language: language)
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

/// What every client's verification shares, and the plans made so far (one per country,
/// connectivity and features).
private final class Context: Sendable {
    let content: ContentSet
    let fleet: FleetFile
    let request: PlanRequest
    let language: Language
    let folder: URL
    let path: String
    private let plans = Locked<[String: Result<Plan, SessionError>]>([:])
    private let answersFiles = Locked<[String: Result<AnswersFile, ContentError>]>([:])

    init(content: ContentSet, fleet: FleetFile, request: PlanRequest, language: Language, folder: URL, path: String) {
        self.content = content
        self.fleet = fleet
        self.request = request
        self.language = language
        self.folder = folder
        self.path = path
    }

    /// One client, whatever happens: a report, or the reason it could not be made.
    func verify(_ name: String) -> FleetReport.Client {
        let url = folder.appendingPathComponent(name)
        let manifest = ExportManifest.read(in: url).manifest
        let entry = fleet.clients[name] ?? manifest?.tenantId.flatMap { fleet.clients[$0] } ?? FleetFile.Entry()
        func unusable(_ reason: BilingualText, country: String? = nil) -> FleetReport.Client {
            FleetReport.Client(folder: name, manifest: manifest, country: country, reason: ControlCharacters.replacing(reason[language]))
        }
        var answers = AnswersFile()
        if let file = entry.answers ?? fleet.defaults.answers {
            switch answersFile(file) {
            case .success(let read): answers = read
            case .failure(let error): return unusable(Self.describe(error.diagnostic))
            }
        }
        let manifestCountry = manifest?.country.flatMap { $0.isEmpty ? nil : $0.uppercased() }
        guard let code = entry.country ?? answers.country ?? manifestCountry ?? fleet.defaults.country ?? request.country else {
            return unusable(.init("no country: the manifest gives none; add 'country:' for this client to fleet.yaml, or give --country",
                                  "aucun pays : le manifeste n'en donne pas ; ajoutez « country: » pour ce client dans fleet.yaml, ou indiquez --country"))
        }
        let featureNames = entry.features ?? (answers.features.isEmpty ? nil : answers.features) ?? fleet.defaults.features
            ?? request.features.map(\.rawValue)
        let connectivityName = entry.connectivity ?? answers.connectivity ?? fleet.defaults.connectivity ?? request.connectivity?.rawValue
        let plan: Plan
        switch self.plan(country: code, connectivity: connectivityName, features: featureNames) {
        case .success(let made): plan = made
        case .failure(let error): return unusable(Self.reason(error), country: code)
        }
        let session = PlanSession(plan: plan, content: content, answers: answers, language: language)
        do {
            try session.checkAnswers()
            let run = try VerificationRun(session, source: .exports(url, path: FleetRun.join(path, name)))
            return FleetReport.Client(folder: name, report: run.report)
        } catch {
            return unusable(Self.reason(error), country: code)
        }
    }

    private func answersFile(_ written: String) -> Result<AnswersFile, ContentError> {
        if let known = answersFiles.withLock({ $0[written] }) { return known }
        let url = written.hasPrefix("/") ? URL(fileURLWithPath: written) : folder.appendingPathComponent(written)
        let read: Result<AnswersFile, ContentError>
        do {
            read = .success(try AnswersFile.load(from: url, displayPath: written.hasPrefix("/") ? written : FleetRun.join(path, written)))
        } catch {
            read = .failure(error)
        }
        answersFiles.withLock { $0[written] = read }
        return read
    }

    private func plan(country code: String, connectivity: String?, features: [String]) -> Result<Plan, SessionError> {
        let key = [code.uppercased(), connectivity ?? "", features.sorted().joined(separator: ",")].joined(separator: "|")
        if let known = plans.withLock({ $0[key] }) { return known }
        let made: Result<Plan, SessionError>
        do throws(SessionError) {
            let country = try PlanSession.country(code, in: content.countries)
            var chosen: Set<Feature> = []
            for name in features {
                guard let feature = Feature(rawValue: name) else { throw .unknownFeature(name) }
                chosen.insert(feature)
            }
            var reach = Connectivity.callingPlan
            if let connectivity {
                guard let known = Connectivity(rawValue: connectivity) else { throw .unknownConnectivity(connectivity) }
                reach = known
            }
            made = .success(try PlanSession.plan(
                PlanOptions(country: country, connectivity: reach, features: chosen), content: content, folder: request.content,
                language: language))
        } catch {
            made = .failure(error)
        }
        plans.withLock { $0[key] = made }
        return made
    }

    private static func describe(_ diagnostic: Diagnostic) -> BilingualText {
        .init("\(diagnostic.location): \(diagnostic.message)", "\(diagnostic.location): \(diagnostic.messageFrench ?? diagnostic.message)")
    }

    /// One line for the client's row: the first problem, and how many more there are.
    private static func reason(_ error: SessionError) -> BilingualText {
        switch error {
        case .unusableExports(let problems) where !problems.isEmpty:
            let more = problems.count - 1
            return .init(problems[0].formatted(in: .english) + (more > 0 ? " (and \(more) more)" : ""),
                         problems[0].formatted(in: .french) + (more > 0 ? " (et \(more) autre\(more > 1 ? "s" : ""))" : ""))
        case .unreadableAnswers(let diagnostic), .planning(let diagnostic): return describe(diagnostic)
        default:
            let text = error.text
            return .init(text.english.split(whereSeparator: \.isNewline).joined(separator: "; "),
                         text.french.split(whereSeparator: \.isNewline).joined(separator: " ; "))
        }
    }
}

extension PlanSession {
    /// A session over a plan already made from `content`, for the clients of a fleet, which
    /// share their content and their plans.
    init(plan: Plan, content: ContentSet, answers: AnswersFile, language: Language) {
        self.plan = plan
        self.content = content
        self.answers = answers
        self.language = language
        self.record = nil
    }
}
