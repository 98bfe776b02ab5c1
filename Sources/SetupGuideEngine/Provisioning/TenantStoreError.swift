public import SetupGuideModel
internal import SetupGuidePlanning

/// The tenant file cannot be used: another process holds it, or it is missing or not a tenant.
public enum TenantStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another process is writing the tenant (or reading it while this one wants to write).
    case inUse(path: String)
    /// No tenant exists at the path.
    case missing(path: String)
    /// The file exists but is not a usable tenant.
    case unusable(path: String, reason: BilingualText)

    /// The message in `language`, with what to do.
    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.inUse(let path), .english):
            "Tenant in use: another setup-guide process has '\(path)' open. Wait for it to finish, or use another tenant file"
        case (.inUse(let path), .french):
            "Client en cours d'utilisation : un autre processus setup-guide a ouvert '\(path)'. Attendez qu'il finisse, ou choisissez un autre fichier client"
        case (.missing(let path), .english):
            "No tenant at '\(path)'. Create one with 'setup-guide tenant init'"
        case (.missing(let path), .french):
            "Aucun client à '\(path)'. Créez-en un avec « setup-guide tenant init »"
        case (.unusable(let path, let reason), .english):
            "Cannot use the tenant at '\(path)': \(reason.english). Move it aside and run 'setup-guide tenant init'"
        case (.unusable(let path, let reason), .french):
            "Impossible d'utiliser le client à '\(path)' : \(reason.french). Déplacez-le et lancez « setup-guide tenant init »"
        }
    }

    /// The English message.
    public var description: String { message(in: .english) }
}
