public import SetupGuideModel
public import SetupGuideEngine
public import SetupGuideVerification

/// Why a plan session could not be made: what is wrong, in both languages, and what kind of
/// problem it is, so each command maps kinds to its own exit codes. Messages name no command-line
/// flag; commands add those words when they print.
public enum SessionError: Error, Sendable, Equatable {
    /// The kinds of problem, each with its own exit code in every command.
    public enum Kind: Sendable, Equatable {
        /// The request itself is wrong (an unknown name, a missing country).
        case usage
        /// A file the user gave cannot be used (an unreadable answers file, an answer the wizard would refuse).
        case invalidInput
        /// The guides or the country catalogue have errors, or the steps cannot be ordered.
        case content
        /// The tenant is missing, in use, or not a tenant.
        case tenantUnusable
    }

    /// No country was given, the answers file names none and no tenant recorded one.
    case noCountry
    /// A country code the catalogue does not hold, with the codes it does hold.
    case unknownCountry(String, valid: [String])
    /// A feature name (from an answers file) that is not a feature.
    case unknownFeature(String)
    /// A connectivity name (from an answers file or a tenant) that is not a connectivity.
    case unknownConnectivity(String)
    /// A tenant that recorded no country, when the plan needs it.
    case tenantWithoutCountry(path: String)
    /// The answers file cannot be read or parsed.
    case unreadableAnswers(Diagnostic)
    /// Answers the wizard would refuse, each with its place in the answers file.
    case invalidAnswers([BilingualText])
    /// Exported files that cannot be read, each named with its line and field.
    case unusableExports([ExportProblem])
    /// The guides or the catalogue have errors.
    case contentErrors([Diagnostic])
    /// No guide exists in the language asked for.
    case noGuides(Language, folder: String)
    /// The steps cannot be ordered (a cycle, say).
    case planning(Diagnostic)
    /// The tenant store refused the tenant (in use, missing, not a tenant).
    case tenant(TenantStoreError)
    /// The tenant could not be opened for another reason (a folder that cannot be made, a full disk).
    case tenantUnreadable(path: String, reason: String)

    /// The kind of problem.
    public var kind: Kind {
        switch self {
        case .noCountry, .unknownCountry, .unknownFeature, .unknownConnectivity, .tenantWithoutCountry: .usage
        case .unreadableAnswers, .invalidAnswers, .unusableExports: .invalidInput
        case .contentErrors, .noGuides, .planning: .content
        case .tenant, .tenantUnreadable: .tenantUnusable
        }
    }

    /// The diagnostics behind the error, for printers that show file, line and column.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .unreadableAnswers(let diagnostic), .planning(let diagnostic): [diagnostic]
        case .contentErrors(let diagnostics): diagnostics
        default: []
        }
    }

    /// What is wrong, in both languages (diagnostics are summed up; `diagnostics` has them whole).
    public var text: BilingualText {
        switch self {
        case .noCountry:
            BilingualText("No country given, and the answers file names none", "Aucun pays indiqué, et le fichier de réponses n'en nomme aucun")
        case .unknownCountry(let code, let valid):
            BilingualText("Unknown country '\(code)'. Valid choices: \(valid.joined(separator: " "))",
                          "Pays inconnu '\(code)'. Choix possibles : \(valid.joined(separator: " "))")
        case .unknownFeature(let name):
            BilingualText("Unknown feature '\(name)'. Valid choices: \(Self.list(Feature.allCases.map(\.rawValue)))",
                          "Fonction inconnue '\(name)'. Choix possibles : \(Self.list(Feature.allCases.map(\.rawValue)))")
        case .unknownConnectivity(let name):
            BilingualText("Unknown connectivity '\(name)'. Valid choices: \(Self.list(Connectivity.allCases.map(\.rawValue)))",
                          "Connectivité inconnue '\(name)'. Choix possibles : \(Self.list(Connectivity.allCases.map(\.rawValue)))")
        case .tenantWithoutCountry(let path):
            BilingualText("The tenant '\(path)' has no country recorded", "Le client '\(path)' n'a pas de pays enregistré")
        case .unreadableAnswers(let diagnostic), .planning(let diagnostic):
            BilingualText(diagnostic.message(in: .english), diagnostic.message(in: .french))
        case .invalidAnswers(let problems):
            BilingualText(problems.map(\.english).joined(separator: "\n"), problems.map(\.french).joined(separator: "\n"))
        case .unusableExports(let problems):
            BilingualText(
                (problems.map { $0.formatted(in: .english) } + ["The exports cannot be verified: fix or export again the files named above."])
                    .joined(separator: "\n"),
                (problems.map { $0.formatted(in: .french) }
                    + ["Les exports ne peuvent pas être vérifiés : corrigez ou exportez de nouveau les fichiers ci-dessus."])
                    .joined(separator: "\n"))
        case .contentErrors:
            BilingualText("The guides have errors; run 'setup-guide lint'.", "Les guides comportent des erreurs ; lancez « setup-guide lint ».")
        case .noGuides(_, let folder):
            BilingualText("No guide in this language in \(folder).", "Aucun guide dans cette langue dans \(folder).")
        case .tenant(let error):
            BilingualText(error.message(in: .english), error.message(in: .french))
        case .tenantUnreadable(let path, let reason):
            BilingualText("Cannot open the tenant at '\(path)': \(reason)", "Impossible d'ouvrir le client '\(path)' : \(reason)")
        }
    }

    private static func list(_ names: [String]) -> String { names.joined(separator: ", ") }
}
