internal import SetupGuideModel
internal import SetupGuidePlanning

/// A user of the rehearsal tenant, as a Microsoft 365 user export lists it.
public struct TenantUser: Sendable, Equatable, Codable {
    /// The sign-in name, such as `ana@contoso.fr`; unique, compared without case.
    public var userPrincipalName: String
    /// The name people see.
    public var displayName: String
    /// ISO country code where the user's licences are used; `nil` until set.
    public var usageLocation: String?
    /// The user's city.
    public var city: String?
    /// The user's department.
    public var department: String?
    /// A language tag such as `fr-FR`.
    public var preferredLanguage: String?

    /// Creates a user.
    public init(
        userPrincipalName: String, displayName: String, usageLocation: String? = nil, city: String? = nil,
        department: String? = nil, preferredLanguage: String? = nil
    ) {
        self.userPrincipalName = userPrincipalName
        self.displayName = displayName
        self.usageLocation = usageLocation
        self.city = city
        self.department = department
        self.preferredLanguage = preferredLanguage
    }
}
