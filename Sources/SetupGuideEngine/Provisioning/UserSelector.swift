internal import SetupGuideModel
internal import SetupGuidePlanning

/// Which users an action or check applies to, as a guide writes it.
public enum UserSelector: Sendable, Equatable, Hashable {
    /// Every person account (not resource accounts).
    case all
    /// Voice users: the person accounts imported for Teams Phone. The rehearsal tenant imports
    /// only the people who get a phone, so these are all person accounts.
    case voice
    /// People of one department.
    case department(String)
    /// Named users, by user principal name.
    case users([String])

    /// Reads `all`, `voice`, `department:NAME`, or a comma-separated list of UPNs.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces()
        switch trimmed.lowercased() {
        case "": return nil
        case "all": self = .all
        case "voice": self = .voice
        default:
            if trimmed.lowercased().hasPrefix("department:") {
                let name = String(trimmed.dropFirst("department:".count)).trimmingSpaces()
                guard !name.isEmpty else { return nil }
                self = .department(name)
            } else {
                let names = trimmed.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
                guard !names.isEmpty, names.allSatisfy(UserFile.isUserPrincipalName) else { return nil }
                self = .users(names)
            }
        }
    }
}
