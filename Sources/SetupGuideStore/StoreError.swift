public import SetupGuideModel
public import Foundation

/// Why the store refused or failed; every message is bilingual and never holds a password.
package enum StoreError: Error, Sendable, Equatable {
    /// Someone else changed the record since the caller read it; nothing was written.
    case conflict(Conflict)
    /// The `--store` value (or `SETUP_GUIDE_STORE`) cannot be used; `store` is already redacted.
    case badLocation(store: String, reason: BilingualText)
    /// The store cannot be reached or opened; `store` is redacted.
    case unreachable(store: String, reason: BilingualText)
    /// The store was created by a newer setup-guide.
    case schemaTooNew(store: String, found: Int, known: Int)
    /// A run with this id is already stored; nothing was written.
    case duplicateRun(String)
    /// The run would store the same client twice.
    case duplicateClient(runID: String, tenantID: String)
    /// A value the store cannot take (an empty tenant id, say).
    case invalid(BilingualText)
    /// No run matches.
    case noSuchRun(String)
    /// No note with this id.
    case noSuchNote(String)
    /// The database refused a statement; the server's message (it holds no credentials).
    case database(store: String, message: String)

    /// A change refused because the record moved on since the caller read it.
    package struct Conflict: Sendable, Equatable {
        /// What was being changed, such as "The manual step 'numbers' of client 'contoso'"; the
        /// French wording is feminine (« l'étape », « la note »), as the message agrees with it.
        package var subject: BilingualText
        /// The version the caller read.
        package var expected: Int
        /// The version the store holds.
        package var current: Int
        /// Who wrote the current version, and when; nil when the record is gone.
        package var by: String?
        package var at: Date?
    }

    /// What went wrong and what to do, in `language`.
    package func message(in language: Language) -> String { text[language] }

    /// The message in both languages.
    package var text: BilingualText {
        switch self {
        case .conflict(let conflict):
            let when = conflict.at.map { StoreTime.display($0) } ?? "?"
            let who = conflict.by ?? "?"
            if conflict.current == 0 {
                return .init(
                    "\(conflict.subject.english) was changed: you read version \(conflict.expected), but it no longer exists; nothing was written",
                    "\(conflict.subject.french) a changé : vous avez lu la version \(conflict.expected), qui n'existe plus ; rien n'a été écrit")
            }
            if conflict.expected == 0 {
                return .init(
                    "\(conflict.subject.english) is already recorded (version \(conflict.current), by \(who) at \(when)); nothing was written. Read it, then give --expected-version \(conflict.current) to change it",
                    "\(conflict.subject.french) est déjà enregistrée (version \(conflict.current), par \(who) le \(when)) ; rien n'a été écrit. Lisez-la, puis indiquez --expected-version \(conflict.current) pour la modifier")
            }
            return .init(
                "\(conflict.subject.english) was changed by \(who) at \(when) (version \(conflict.current)) since you read version \(conflict.expected); nothing was written. Read it again, then repeat your change with --expected-version \(conflict.current)",
                "\(conflict.subject.french) a été modifiée par \(who) le \(when) (version \(conflict.current)) depuis que vous avez lu la version \(conflict.expected) ; rien n'a été écrit. Relisez-la, puis refaites votre modification avec --expected-version \(conflict.current)")
        case .badLocation(let store, let reason):
            return .init("the store '\(store)' cannot be used: \(reason.english)", "le stockage '\(store)' est inutilisable : \(reason.french)")
        case .unreachable(let store, let reason):
            return .init("cannot open the store '\(store)': \(reason.english)", "impossible d'ouvrir le stockage '\(store)' : \(reason.french)")
        case .schemaTooNew(let store, let found, let known):
            return .init(
                "the store '\(store)' has schema version \(found), newer than this setup-guide knows (\(known)); update setup-guide",
                "le stockage '\(store)' a la version de schéma \(found), plus récente que celle que connaît ce setup-guide (\(known)) ; mettez setup-guide à jour")
        case .duplicateRun(let id):
            return .init("a run with id '\(id)' is already stored; nothing was written", "une exécution d'identifiant '\(id)' est déjà enregistrée ; rien n'a été écrit")
        case .duplicateClient(let runID, let tenant):
            return .init(
                "run '\(runID)' holds client '\(tenant)' twice; give each client tenant one folder; nothing was written",
                "l'exécution '\(runID)' contient deux fois le client '\(tenant)' ; donnez un seul dossier à chaque client ; rien n'a été écrit")
        case .invalid(let text):
            return text
        case .noSuchRun(let selector):
            return .init("no stored run matches '\(selector)'", "aucune exécution enregistrée ne correspond à '\(selector)'")
        case .noSuchNote(let id):
            return .init("no note has id '\(id)'", "aucune note n'a l'identifiant '\(id)'")
        case .database(let store, let message):
            return .init("the store '\(store)' refused the change: \(message)", "le stockage '\(store)' a refusé la modification : \(message)")
        }
    }
}

/// Times as the store keeps and shows them.
package enum StoreTime {
    /// Milliseconds since 1970, the store's column type on both backends.
    package static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    /// The date of a stored value.
    package static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }
    /// ISO 8601 in UTC, to the second: `2026-11-30T08:15:00Z`.
    package static func display(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }
}
