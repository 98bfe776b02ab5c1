public import SetupGuideModel
internal import SetupGuidePlanning

/// The tenant file cannot be used: another process holds it, or it is missing, not a tenant,
/// damaged, read-only, or on a full disk. None of these changes the file.
public enum TenantStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another process is writing the tenant (or reading it while this one wants to write).
    case inUse(path: String)
    /// No tenant exists at the path.
    case missing(path: String)
    /// The file exists but is not a usable tenant.
    case unusable(path: String, reason: BilingualText)
    /// The file is empty (or a SQLite file holding no table): no tenant yet, and a read makes none.
    case empty(path: String)
    /// Another application's SQLite database, left exactly as it was.
    case foreign(path: String, reason: BilingualText)
    /// A newer setup-guide made or changed the tenant.
    case newer(path: String)
    /// The tenant's tables are not the ones setup-guide makes (one added, dropped or renamed).
    case altered(path: String, reason: BilingualText)
    /// SQLite's integrity check found damage.
    case damaged(path: String, problems: Int)
    /// The file, its folder or its disk cannot be written; reading still works.
    case readOnly(path: String)
    /// The disk is full: the action under way was rolled back whole.
    case diskFull(path: String)
    /// The disk refused a write for another reason: the action under way was rolled back whole.
    case writeFailed(path: String, reason: BilingualText)

    /// The message in `language`, with what to do.
    public func message(in language: Language) -> String {
        switch self {
        case .inUse(let path):
            BilingualText(
                "Tenant in use: another setup-guide process has '\(path)' open. Wait for it to finish, or use another tenant file",
                "Client en cours d'utilisation : un autre processus setup-guide a ouvert '\(path)'. Attendez qu'il finisse, ou choisissez un autre fichier client")[language]
        case .missing(let path):
            BilingualText(
                "No tenant at '\(path)'. Create one with 'setup-guide tenant init'",
                "Aucun client à '\(path)'. Créez-en un avec « setup-guide tenant init »")[language]
        case .unusable(let path, let reason):
            BilingualText(
                "Cannot use the tenant at '\(path)': \(reason.english). Move it aside and run 'setup-guide tenant init'",
                "Impossible d'utiliser le client à '\(path)' : \(reason.french). Déplacez-le et lancez « setup-guide tenant init »")[language]
        case .empty(let path):
            BilingualText(
                "'\(path)' is empty: it holds no tenant, and reading it created none. Create one with 'setup-guide tenant init'",
                "'\(path)' est vide : il ne contient aucun client, et la lecture n'en a créé aucun. Créez-en un avec « setup-guide tenant init »")[language]
        case .foreign(let path, let reason):
            BilingualText(
                "'\(path)' is not a setup-guide tenant: \(reason.english). It was left unchanged; choose another tenant file",
                "'\(path)' n'est pas un client setup-guide : \(reason.french). Il n'a pas été modifié ; choisissez un autre fichier client")[language]
        case .newer(let path):
            BilingualText(
                "The tenant at '\(path)' was made by a newer setup-guide. It was left unchanged; upgrade setup-guide to use it",
                "Le client à '\(path)' a été créé par une version plus récente de setup-guide. Il n'a pas été modifié ; mettez setup-guide à jour pour l'utiliser")[language]
        case .altered(let path, let reason):
            BilingualText(
                "The tenant at '\(path)' does not have the tables setup-guide makes (\(reason.english)); it was changed by another program. It was left unchanged; restore a backup copy, or move it aside and run 'setup-guide tenant init'",
                "Le client à '\(path)' n'a pas les tables que crée setup-guide (\(reason.french)) ; un autre programme l'a modifié. Il n'a pas été modifié ; restaurez une sauvegarde, ou déplacez-le et lancez « setup-guide tenant init »")[language]
        case .damaged(let path, let problems):
            BilingualText(
                "The tenant at '\(path)' is damaged (SQLite's integrity check found \(BilingualText.counting(problems, ("problem", "problems"), ("problème", "problèmes")).english)). Nothing was written to it. Restore a backup copy; or save what can be read with 'setup-guide tenant recover --from \(path) --tenant NEW' and continue with NEW",
                "Le client à '\(path)' est endommagé (la vérification d'intégrité de SQLite a trouvé \(BilingualText.counting(problems, ("problem", "problems"), ("problème", "problèmes")).french)). Rien n'y a été écrit. Restaurez une sauvegarde ; ou récupérez ce qui peut être lu avec « setup-guide tenant recover --from \(path) --tenant NOUVEAU » et continuez avec NOUVEAU")[language]
        case .readOnly(let path):
            BilingualText(
                "The tenant at '\(path)' is read-only (the file, its folder or its disk cannot be written), so it cannot be changed. Commands that only read it still work: 'tenant show', 'tenant check', 'verify --tenant', 'render --tenant'. To change it, make it writable or work on a copy",
                "Le client à '\(path)' est en lecture seule (le fichier, son dossier ou son disque ne peut pas être écrit) : il ne peut pas être modifié. Les commandes qui ne font que le lire fonctionnent encore : « tenant show », « tenant check », « verify --tenant », « render --tenant ». Pour le modifier, rendez-le accessible en écriture ou travaillez sur une copie")[language]
        case .diskFull(let path):
            BilingualText(
                "The disk holding the tenant at '\(path)' is full. The action under way was undone as a whole, and nothing recorded before it was lost. Free some space, then run the same command again: it resumes where it stopped",
                "Le disque du client à '\(path)' est plein. L'action en cours a été annulée en entier, et rien de ce qui était enregistré avant n'a été perdu. Libérez de la place, puis relancez la même commande : elle reprend là où elle s'est arrêtée")[language]
        case .writeFailed(let path, let reason):
            BilingualText(
                "The disk refused to write the tenant at '\(path)' (\(reason.english)). The action under way was undone as a whole, and nothing recorded before it was lost. Check the disk, then run the same command again: it resumes where it stopped",
                "Le disque a refusé d'écrire le client à '\(path)' (\(reason.french)). L'action en cours a été annulée en entier, et rien de ce qui était enregistré avant n'a été perdu. Vérifiez le disque, puis relancez la même commande : elle reprend là où elle s'est arrêtée")[language]
        }
    }

    /// The English message.
    public var description: String { message(in: .english) }
}
