internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// The PowerShell exports `verify --export DIR` reads, one file per cmdlet, and the fields it
/// reads from each.
///
/// Each file is named after its cmdlet, `Get-CsOnlineUser.json` or `Get-CsOnlineUser.csv`; other
/// fields are skipped without being decoded, which keeps large exports cheap to read.
public enum ExportCmdlet: String, Sendable, Equatable, CaseIterable, Codable {
    /// Users and resource accounts, with their voice features and usage location.
    case onlineUser = "Get-CsOnlineUser"
    /// Telephone numbers, their assignment and emergency location.
    case phoneNumberAssignment = "Get-CsPhoneNumberAssignment"
    /// Emergency (civic) addresses and their validation.
    case civicAddress = "Get-CsOnlineLisCivicAddress"
    /// Places inside the addresses.
    case location = "Get-CsOnlineLisLocation"
    /// Licences bought (Microsoft Graph).
    case subscribedSku = "Get-MgSubscribedSku"

    /// The cmdlet a file in an export folder is named after (`Get-CsOnlineUser.json` or `.csv`,
    /// any case); `nil` for any other name.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        guard let match = Self.allCases.first(where: {
            lower == $0.rawValue.lowercased() + ".json" || lower == $0.rawValue.lowercased() + ".csv"
        }) else { return nil }
        self = match
    }

    /// The fields read, as the cmdlet spells them; a dot reaches into a nested object.
    public var fields: [String] {
        switch self {
        case .onlineUser:
            ["UserPrincipalName", "DisplayName", "LineURI", "EnterpriseVoiceEnabled", "FeatureTypes", "UsageLocation",
             "AccountType", "AccountEnabled", "Identity", "ObjectId", "Guid", "ApplicationId", "Department",
             "SoftDeletionTimestamp"]
        case .phoneNumberAssignment:
            ["TelephoneNumber", "NumberType", "ActivationState", "PstnAssignmentStatus", "Capability", "AssignedPstnTargetId",
             "City", "CivicAddressId", "LocationId", "IsoCountryCode", "PortInOrderStatus", "NumberSource"]
        case .civicAddress:
            ["CivicAddressId", "CompanyName", "HouseNumber", "StreetName", "City", "StateOrProvince", "PostalCode",
             "CountryOrRegion", "Latitude", "Longitude", "Description", "Elin", "ValidationStatus", "DefaultLocationId"]
        case .location:
            ["LocationId", "CivicAddressId", "Location", "CountryOrRegion"]
        case .subscribedSku:
            ["SkuPartNumber", "PrepaidUnits.Enabled", "ConsumedUnits"]
        }
    }

    /// Fields that hold a list; `Export-Csv` users join them with `;`.
    public var listFields: Set<String> {
        switch self {
        case .onlineUser: ["FeatureTypes"]
        case .phoneNumberAssignment: ["Capability"]
        default: []
        }
    }

    /// Other column names a CSV may use for a field, such as `Enabled` for `PrepaidUnits.Enabled`
    /// after a `Select-Object` that flattened it.
    public var csvAliases: [String: String] {
        switch self {
        case .subscribedSku: ["prepaidunitsenabled": "PrepaidUnits.Enabled", "enabled": "PrepaidUnits.Enabled"]
        case .onlineUser: ["lineuri": "LineURI"]
        // Export-CsAcquiredPhoneNumber's own column names, which Get-CsPhoneNumberAssignment's
        // reference gives as the same attributes ("also supported AssignmentStatus", …).
        case .phoneNumberAssignment:
            ["assignmentstatus": "PstnAssignmentStatus", "targetid": "AssignedPstnTargetId", "acquiredcapabilities": "Capability"]
        default: [:]
        }
    }

    /// Groups of fields a check cannot do without: when no record of a file has any field of a
    /// group (a `Select-Object` cut it), the file is refused, naming them, rather than read as
    /// "no licence" or "not assigned". Either field of a group is enough.
    public var neededFields: [[String]] {
        switch self {
        case .onlineUser: [["FeatureTypes"]]
        // The status alone, or the holder alone, tells assigned numbers from free ones.
        case .phoneNumberAssignment: [["PstnAssignmentStatus", "AssignedPstnTargetId"]]
        case .civicAddress: [["ValidationStatus"]]
        case .location: []
        case .subscribedSku: [["PrepaidUnits.Enabled"]]
        }
    }

    /// Fields whose absence from a whole file leaves some checks short: a warning names them.
    public var expectedFields: [String] {
        switch self {
        case .onlineUser: ["UsageLocation", "AccountType"]
        case .phoneNumberAssignment: ["LocationId", "CivicAddressId", "AssignedPstnTargetId", "PstnAssignmentStatus"]
        default: []
        }
    }
}
