/// What a folder of PowerShell exports says about a tenant, read into typed values.
///
/// These are facts, not requests: a real tenant may break rules the rehearsal tenant enforces
/// (a number in the wrong country, more numbers than the quota), and that is what `verify`
/// reports, so nothing here is checked against the engine's rules.
public struct ExportSnapshot: Sendable, Equatable {
    /// A user or resource account (`Get-CsOnlineUser`).
    public struct User: Sendable, Equatable {
        public var userPrincipalName: String
        public var displayName: String?
        public var lineURI: String?
        public var enterpriseVoiceEnabled: Bool?
        public var featureTypes: [String]
        public var usageLocation: String?
        public var accountType: String?
        public var accountEnabled: Bool?
        /// Object ids the user is known by (`Identity`, `ObjectId`, `Guid`), which numbers name
        /// in `AssignedPstnTargetId`.
        public var ids: [String]
        public var applicationID: String?
        public var line: Int

        /// Whether the user holds any voice licence; users without one are out of scope.
        public var hasVoiceLicence: Bool {
            featureTypes.contains { ["phonesystem", "callingplan", "phonesystemvirtualuser"].contains($0.lowercased()) }
        }

        /// Whether this is a resource account (call queue, auto attendant).
        public var isResourceAccount: Bool { accountType?.lowercased() == "resourceaccount" }
    }

    /// A telephone number (`Get-CsPhoneNumberAssignment`).
    public struct Number: Sendable, Equatable {
        public var telephoneNumber: String
        public var numberType: String?
        public var activationState: String?
        public var pstnAssignmentStatus: String?
        public var capability: [String]
        public var assignedPstnTargetID: String?
        public var city: String?
        public var civicAddressID: String?
        public var locationID: String?
        public var isoCountryCode: String?
        public var portInOrderStatus: String?
        public var numberSource: String?
        public var line: Int
    }

    /// An emergency address (`Get-CsOnlineLisCivicAddress`).
    public struct Address: Sendable, Equatable {
        public var civicAddressID: String
        public var companyName: String?
        public var houseNumber: String?
        public var streetName: String?
        public var city: String?
        public var stateOrProvince: String?
        public var postalCode: String?
        public var countryOrRegion: String?
        public var latitude: Double?
        public var longitude: Double?
        public var description: String?
        public var elin: String?
        public var validationStatus: String?
        public var defaultLocationID: String?
        public var line: Int
    }

    /// A place inside an address (`Get-CsOnlineLisLocation`).
    public struct Location: Sendable, Equatable {
        public var locationID: String
        public var civicAddressID: String?
        public var name: String?
        public var line: Int
    }

    /// Licences of one SKU (`Get-MgSubscribedSku`).
    public struct Sku: Sendable, Equatable {
        public var skuPartNumber: String
        public var enabled: Int
        public var consumed: Int?
        public var line: Int
    }

    /// Users and resource accounts.
    public var users: [User] = []
    /// Numbers.
    public var numbers: [Number] = []
    /// Emergency addresses.
    public var addresses: [Address] = []
    /// Places.
    public var locations: [Location] = []
    /// Licences bought.
    public var skus: [Sku] = []
    /// The exports found, by cmdlet, with the file that held each.
    public var files: [ExportCmdlet: String] = [:]

    /// Creates an empty snapshot.
    public init() {}
}
