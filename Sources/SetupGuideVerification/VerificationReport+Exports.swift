public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

extension VerificationReport {
    /// UPNs listed per reason in ``leftOut``; the count says how many in all.
    public static let leftOutListed = 50

    /// Adds what the exports' reading noticed: warnings and notes, users left out, the manifest.
    /// Fields stay absent when there is nothing to say, so reports without any read as before.
    public mutating func attach(_ snapshot: ExportSnapshot) {
        let language = Language(rawValue: self.language) ?? .english
        if !snapshot.notes.isEmpty {
            warnings = snapshot.notes.map {
                Warning(severity: $0.severity.rawValue, kind: $0.kind.rawValue, file: $0.file, line: $0.line, field: $0.field,
                        message: $0.message.text(in: language))
            }
        }
        if !snapshot.leftOut.isEmpty {
            leftOut = snapshot.leftOut.map {
                LeftOut(reason: $0.reason.rawValue, count: $0.users.count, why: Self.why($0.reason).text(in: language),
                        users: Array($0.users.prefix(Self.leftOutListed)))
            }
        }
        manifest = snapshot.manifest
    }

    /// Why users are left out, for people.
    static func why(_ reason: ExportSnapshot.LeftOut.Reason) -> BilingualText {
        switch reason {
        case .softDeleted:
            .init("soft-deleted users (SoftDeletionTimestamp set), which Get-CsOnlineUser lists by default", "utilisateurs supprimés de façon réversible (SoftDeletionTimestamp renseigné), que Get-CsOnlineUser liste par défaut")
        case .guest:
            .init("guests (AccountType Guest)", "invités (AccountType Guest)")
        case .disabled:
            .init("disabled accounts (AccountEnabled False), other than resource accounts", "comptes désactivés (AccountEnabled False), hors comptes de ressource")
        }
    }
}
