public import Foundation
internal import SetupGuideModel
internal import SetupGuideParsing
internal import SetupGuideImport
internal import SetupGuideVerification
internal import SetupGuideEngine

/// The readers of untrusted input, each as one function of bytes that libFuzzer can drive and
/// the tests can replay (`Tests/FuzzCorpus/<target>/`).
///
/// Each entry calls the library as a command would, then states what came of it: a result, or
/// the problems that refused the input. A crash, a trap or a hang is the only failure; every
/// refusal must say what and where.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A guide: Markdown, front matter and `<!-- step -->` annotations, then lint.
    case guide
    /// An answers file (YAML).
    case answers
    /// A `ConvertTo-Json` export. The first byte picks the cmdlet; the rest is the file.
    case exportJSON = "export-json"
    /// An `Export-Csv` export. The first byte picks the cmdlet; the rest is the file.
    case exportCSV = "export-csv"
    /// A UTF-16 export (Windows PowerShell's default). The first byte picks the cmdlet, JSON or
    /// CSV, and little or big endian; the rest is the UTF-16 text after the byte order mark.
    case exportUTF16 = "export-utf16"
    /// A Microsoft Learn (DocFX) article or a page copied as text, imported, written back as a
    /// guide that must load again, and as JSON that must parse.
    case docfx
    /// The users CSV of `tenant users` and the wizard.
    case usersCSV = "users-csv"

    /// Runs the target on one input.
    public func run(_ data: Data) -> FuzzOutcome {
        switch self {
        case .guide: Self.guide(data)
        case .answers: Self.answers(data)
        case .exportJSON, .exportCSV, .exportUTF16: Self.export(exportFile(data)!)
        case .docfx: Self.docfx(data)
        case .usersCSV: Self.users(data)
        }
    }

    // MARK: - Targets

    static func guide(_ data: Data) -> FuzzOutcome {
        let document = data.withUnsafeBytes { MarkdownParser().parse(bytes: $0.bindMemory(to: UInt8.self), path: "fuzz.md") }
        let loaded = GuideLoader().load(document)
        var problems = loaded.diagnostics.map(FuzzOutcome.Problem.init)
        if let guide = loaded.guide {
            let content = ContentSet(countries: CountryCatalogue([]), guides: [guide])
            problems += Linter().lint(content).map(FuzzOutcome.Problem.init)
            return FuzzOutcome(result: "\(guide.steps.count) steps", problems: problems)
        }
        return FuzzOutcome(result: nil, problems: problems)
    }

    static func answers(_ data: Data) -> FuzzOutcome {
        // as AnswersFile.load reads a file
        guard let text = String(data: data, encoding: .utf8) else {
            return FuzzOutcome(result: nil, problems: [.init(place: "answers.yaml:1:1", line: 1, message: "not UTF-8")])
        }
        do {
            let answers = try AnswersFile.parse(text, path: "answers.yaml")
            return FuzzOutcome(result: "\(answers.inputs.count) steps answered", problems: [])
        } catch {
            return FuzzOutcome(result: nil, problems: [.init(error.diagnostic)])
        }
    }

    enum Endianness { case littleEndian, bigEndian }

    /// Reads the input as `verify --export` reads the file of that name in its folder, without
    /// writing it: `ExportFolder.read(_:named:)` is the reading `read()` does for each file once it
    /// is mapped (same decoding, records, notes and problems).
    static func export(_ file: (cmdlet: ExportCmdlet, name: String, body: Data)) -> FuzzOutcome {
        let (cmdlet, name, body) = file
        let (snapshot, problems) = ExportScratch.reader.read(body, named: name)
        let count = snapshot.recordCounts.values.reduce(0, +)
        return FuzzOutcome(
            result: problems.isEmpty ? "\(count) records of \(cmdlet.rawValue)" : nil,
            problems: problems.map { problem in
                FuzzOutcome.Problem(
                    place: problem.file + (problem.line.map { ":\($0)" } ?? ""), line: problem.line ?? 1,
                    message: problem.message.english)
            })
    }

    /// For the export targets, the file an input stands for; `nil` for the other targets.
    func exportFile(_ data: Data) -> (cmdlet: ExportCmdlet, name: String, body: Data)? {
        switch self {
        case .exportJSON: Self.exportFile(data, fileExtension: "json", utf16: nil)
        case .exportCSV: Self.exportFile(data, fileExtension: "csv", utf16: nil)
        case .exportUTF16:
            Self.exportFile(
                data, fileExtension: (data.first ?? 0) & 0x40 == 0 ? "json" : "csv",
                utf16: (data.first ?? 0) & 0x80 == 0 ? .littleEndian : .bigEndian)
        default: nil
        }
    }

    /// The cmdlet the first byte picks, the file's name, and its bytes.
    static func exportFile(_ data: Data, fileExtension: String, utf16: Endianness?) -> (ExportCmdlet, String, Data) {
        let cmdlets = ExportCmdlet.allCases
        let cmdlet = cmdlets[Int((data.first ?? 0) & 0x3F) % cmdlets.count]
        var body = Data(data.dropFirst())
        switch utf16 {
        case .littleEndian?: body = Data([0xFF, 0xFE]) + body
        case .bigEndian?: body = Data([0xFE, 0xFF]) + body
        case nil: break
        }
        return (cmdlet, "\(cmdlet.rawValue).\(fileExtension)", body)
    }

    /// For the export targets: whether the input read in memory gives exactly what the same
    /// bytes give when written as a file into a folder and read by `ExportFolder.read()` (the
    /// snapshot with its records and notes, and the problems). The tests check it on the corpus,
    /// so that the fuzzer's shortcut never drifts from what `verify --export` does.
    public func readsAsFile(_ data: Data) -> Bool {
        guard let file = exportFile(data) else { return true }
        let (name, body) = (file.name, file.body)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "setup-guide-fuzz-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try body.write(to: folder.appendingPathComponent(name))
        } catch {
            fatalError("fuzz: cannot write into \(folder.path): \(error)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let reader = ExportFolder(url: folder)
        let fromFile = reader.read()
        let inMemory = reader.read(body, named: name)
        return fromFile.snapshot == inMemory.snapshot && fromFile.problems == inMemory.problems
    }

    static func docfx(_ data: Data) -> FuzzOutcome {
        let base = "https://learn.microsoft.com/fr-fr/microsoftteams/"
        let article = data.withUnsafeBytes {
            ArticleImporter(baseURL: base).importArticle(bytes: $0.bindMemory(to: UInt8.self), path: "article.md")
        }
        // the guide written from it must read back as a guide
        let guideText = GuideWriter(baseURL: base).write(article)
        let reread = GuideLoader().load(MarkdownParser().parse(guideText, path: "imported.md"))
        if !article.steps.isEmpty, reread.guide == nil {
            fatalError("fuzz: the imported guide does not load: \(reread.diagnostics.map(\.description))")
        }
        // and its JSON must be JSON
        let json = ImportJSONWriter().write(article)
        if (try? JSONSerialization.jsonObject(with: Data(json), options: [.fragmentsAllowed])) == nil {
            fatalError("fuzz: import wrote invalid JSON: \(String(decoding: json.prefix(300), as: UTF8.self))")
        }
        return FuzzOutcome(
            result: article.steps.isEmpty ? nil : "\(article.steps.count) steps", problems: article.diagnostics.map(FuzzOutcome.Problem.init))
    }

    static func users(_ data: Data) -> FuzzOutcome {
        let text = String(decoding: data, as: UTF8.self)
        do {
            let users = try UserFile().users(in: text)
            return FuzzOutcome(result: "\(users.count) users", problems: [])
        } catch {
            return FuzzOutcome(
                result: nil,
                problems: [.init(place: "users.csv:\(error.line)" + (error.field.map { " (\($0))" } ?? ""), line: error.line, message: error.reason[.english])])
        }
    }
}

/// What one input gave: a result, or the problems that refused it (or both: a guide with
/// warnings).
public struct FuzzOutcome: Sendable {
    /// One problem, as a person would read it.
    public struct Problem: Sendable {
        /// `file:line` or `file:line:column`.
        public var place: String
        /// The line, 1-based.
        public var line: Int
        /// What is wrong.
        public var message: String

        init(place: String, line: Int, message: String) {
            self.place = place
            self.line = line
            self.message = message
        }

        init(_ diagnostic: Diagnostic) {
            place = diagnostic.location.description
            line = diagnostic.location.line
            message = diagnostic.message
        }
    }

    /// What was read, when something was.
    public var result: String?
    /// The problems found.
    public var problems: [Problem]

    /// Whether the outcome accounts for the input: something was read, or at least one problem
    /// says what is wrong and on which line.
    public var isExplained: Bool {
        let located = problems.allSatisfy { $0.line >= 1 && !$0.message.isEmpty && !$0.place.isEmpty }
        return located && (result != nil || !problems.isEmpty)
    }

    /// One line for the replay driver.
    public var summary: String {
        let head = result ?? "refused"
        guard let first = problems.first else { return head }
        return "\(head); \(problems.count) problem(s), first: \(first.place): \(first.message.prefix(200))"
    }
}

/// The folder the export targets' inputs are read as if they were in; never read or written.
enum ExportScratch {
    static let reader = ExportFolder(url: URL(fileURLWithPath: "exports", isDirectory: true))
}
