import ArgumentParser
import Foundation
import GuideRenderer
import SetupGuide

/// A command that failed: what to print on standard error, and the exit code documented for it.
struct CommandFailure: Error {
    /// The process's exit status.
    var exitCode: Int32
    /// The lines to print on standard error (nothing when empty).
    var message: String

    /// The exit codes one command documents for each kind of session error.
    struct Codes {
        var usage: Int32 = 64
        var invalidInput: Int32 = 2
        var content: Int32 = 1
        var tenantUnusable: Int32 = 2
        /// The wizard prints tenant problems without "Error: " and says how to choose another.
        var wizard = false

        /// `plan` and `export`: the defaults.
        static let standard = Codes()
        /// `run`: an unusable tenant is 3.
        static let run = Codes(tenantUnusable: 3, wizard: true)
        /// `verify`: 1 means gaps, so broken guides are unusable input.
        static let verify = Codes(content: 2)
    }

    /// Creates a failure.
    init(exitCode: Int32, message: String) {
        self.exitCode = exitCode
        self.message = message
    }

    /// The failure a session error means for a command: its diagnostics with file, line and
    /// column, then what is wrong, with the flag that sets it right.
    init(_ error: SessionError, language: Language, codes: Codes = .standard) {
        let printer = DiagnosticPrinter(style: TerminalStyle.detect(fileDescriptor: STDERR_FILENO), language: language)
        var lines = error.diagnostics.map { printer.format($0) }
        let prefix = BilingualText("Error: ", "Erreur : ")[language]
        var text = error.text[language]
        if case .tenant(let store) = error { text = store.commandLineMessage(in: language) }
        switch error {
        case .noCountry:
            lines.append(prefix + BilingualText("Give --country (or 'country:' in the answers file).",
                                                "Indiquez --country (ou « country: » dans le fichier de réponses).")[language])
        case .tenantWithoutCountry:
            lines.append(prefix + text + BilingualText("; give --country", " ; indiquez --country")[language])
        case .unknownCountry, .unknownFeature, .unknownConnectivity:
            lines.append(prefix + text)
        case .unreadableAnswers, .planning: break
        case .invalidAnswers, .unusableExports, .contentErrors, .noGuides: lines.append(text)
        case .tenant where codes.wizard: lines.append(text)
        case .tenantUnreadable where codes.wizard:
            lines.append(text + BilingualText(" Choose another place with --tenant.", " Choisissez un autre emplacement avec --tenant.")[language])
        case .tenant, .tenantUnreadable: lines.append(prefix + text)
        }
        let code: Int32 =
            switch error.kind {
            case .usage: codes.usage
            case .invalidInput: codes.invalidInput
            case .content: codes.content
            case .tenantUnusable: codes.tenantUnusable
            }
        self.init(exitCode: code, message: lines.joined(separator: "\n"))
    }
}

extension PlanSession {
    /// Opens a session for a command, its errors turned into the command's failures, and its
    /// plan's reasons naming the flags that change them.
    static func opened(
        _ request: PlanRequest, codes: CommandFailure.Codes = .standard,
        tenant: (CountryCatalogue) throws(SessionError) -> TenantRecord? = { _ in nil }
    ) throws(CommandFailure) -> PlanSession {
        let (answers, language): (AnswersFile, Language)
        do {
            (answers, language) = try readAnswers(request)
        } catch {
            throw CommandFailure(error, language: request.language ?? .fromEnvironment(), codes: codes)
        }
        do {
            var session = try PlanSession(request, answers: answers, language: language, tenant: tenant)
            session.plan = session.plan.namingFlags()
            return session
        } catch {
            throw CommandFailure(error, language: language, codes: codes)
        }
    }

    /// `checkAnswers`, its refusal a command failure.
    func refuseInvalidAnswers(codes: CommandFailure.Codes = .standard) throws(CommandFailure) {
        do { try checkAnswers() } catch { throw CommandFailure(error, language: language, codes: codes) }
    }
}
