import ArgumentParser
import Foundation
import SetupGuide

/// `--tenant PATH`, `--lang`, `--content` and `--format`, shared by every `tenant` command, and
/// the one place that turns engine errors into messages and exit codes.
struct TenantOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The tenant file (default: $XDG_DATA_HOME/setup-guide/tenant.sqlite, else ~/.local/share/setup-guide/tenant.sqlite).",
            valueName: "path"))
    var tenant: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var contentOptions: ContentOptions

    /// Exit code when a rule refused the work.
    static let refused: Int32 = 1
    /// Exit code when the tenant is in use, missing or not a tenant.
    static let unusable: Int32 = 2

    var url: URL {
        if let tenant { return URL(fileURLWithPath: tenant) }
        return TenantLocation.defaultURL()
    }

    /// `SETUP_GUIDE_NOW` (ISO 8601 or seconds since 1970) stops the clock, so scripts and tests
    /// can replay reservations; otherwise the wall clock.
    static func clock() throws -> any TenantClock {
        guard let text = ProcessInfo.processInfo.environment["SETUP_GUIDE_NOW"], !text.isEmpty else { return SystemClock() }
        if let seconds = Double(text) { return FixedClock(Date(timeIntervalSince1970: seconds)) }
        if let date = ISO8601DateFormatter().date(from: text) { return FixedClock(date) }
        throw usageError("SETUP_GUIDE_NOW '\(text)' is neither ISO 8601 nor seconds since 1970")
    }

    /// Opens the tenant and runs `body`, mapping refusals to exit 1 and store errors to exit 2.
    func withTenant<T>(create: Bool = false, readOnly: Bool = false, _ body: (RehearsalTenant, Language) throws -> T) throws -> T {
        let language = languageOption.language()
        let countries: CountryCatalogue
        do {
            countries = try CountryCatalogue.load(from: contentOptions.contentURL.appendingPathComponent("countries.yaml"))
        } catch {
            printError(BilingualText("Cannot read the country catalogue: \(error)", "Impossible de lire le catalogue des pays : \(error)")[language])
            throw ExitCode(Self.unusable)
        }
        do {
            let tenant = try RehearsalTenant(
                at: url, create: create, readOnly: readOnly, clock: try Self.clock(), countries: { countries.country($0) })
            return try body(tenant, language)
        } catch let refusal as EngineRefusal {
            printError(refusal.message(in: language))
            throw ExitCode(Self.refused)
        } catch let error as TenantStoreError {
            printError(error.commandLineMessage(in: language))
            throw ExitCode(Self.unusable)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            // A file the engine could not read or write (a CSV, the outbox, the tenant folder).
            let path = (error as NSError).userInfo[NSFilePathErrorKey] as? String
            let place = path.map { " ('\($0)')" } ?? ""
            printError(BilingualText("Error\(place): \(error.localizedDescription)", "Erreur\(place) : \(error.localizedDescription)")[language])
            throw ExitCode(Self.unusable)
        }
    }

    /// Runs one catalogue action with string arguments and prints what it did.
    func perform(_ action: ActionName, _ arguments: [String: String?]) throws {
        let values = arguments.compactMapValues { $0 }
        try withTenant { tenant, language in
            let outcome = try tenant.perform(action, arguments: values)
            switch format {
            case .text:
                print(outcome.summary.text(in: language) + (outcome.changed ? "" : BilingualText(" (nothing to do)", " (rien à faire)")[language]))
                for key in outcome.values.keys.sorted() where !(outcome.values[key] ?? "").isEmpty && key != "numbers" {
                    print("  \(key): \(outcome.values[key]!)")
                }
                if let numbers = outcome.values["numbers"], !numbers.isEmpty {
                    let list = numbers.split(separator: ",")
                    print("  numbers: " + list.prefix(10).joined(separator: " ") + (list.count > 10 ? " … (+\(list.count - 10))" : ""))
                }
            case .json:
                print(try jsonString(OutcomeDocument(outcome, language: language)))
            }
        }
    }
}
