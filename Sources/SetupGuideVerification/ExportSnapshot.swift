internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// What a folder of PowerShell exports says about a tenant, read into typed values.
///
/// These are facts, not requests: a real tenant may break rules the rehearsal tenant enforces
/// (a number in the wrong country, more numbers than the quota), and that is what `verify`
/// reports, so nothing here is checked against the engine's rules.
public struct ExportSnapshot: Sendable, Equatable {
    /// A user or resource account (`Get-CsOnlineUser`).
    public struct User: Sendable, Equatable {
        /// The sign-in name, compared without case.
        public var userPrincipalName: String
        /// The name people see.
        public var displayName: String?
        /// `tel:+…` as the user record holds it.
        public var lineURI: String?
        /// Whether Enterprise Voice is on.
        public var enterpriseVoiceEnabled: Bool?
        /// Voice features granted by licences, such as `PhoneSystem` and `CallingPlan`.
        public var featureTypes: [String]
        /// ISO code of the licence usage location.
        public var usageLocation: String?
        /// `User`, `ResourceAccount`, …
        public var accountType: String?
        /// Whether the account can sign in.
        public var accountEnabled: Bool?
        /// Object ids the user is known by (`Identity`, `ObjectId`, `Guid`), which numbers name
        /// in `AssignedPstnTargetId`.
        public var ids: [String]
        /// For resource accounts: the call-queue or auto-attendant application id.
        public var applicationID: String?
        /// The department, which `department:NAME` user selectors name.
        public var department: String?
        /// The line of the record in its file.
        public var line: Int

        /// Whether the user holds any voice licence; users without one are out of scope.
        public var hasVoiceLicence: Bool {
            featureTypes.contains { ["phonesystem", "callingplan", "phonesystemvirtualuser"].contains($0.lowercased()) }
        }

        /// Whether this is a resource account (call queue, auto attendant).
        public var isResourceAccount: Bool {
            accountType == "ResourceAccount" || accountType?.lowercased() == "resourceaccount"
        }
    }

    /// A telephone number (`Get-CsPhoneNumberAssignment`).
    public struct Number: Sendable, Equatable {
        /// The number in E.164.
        public var telephoneNumber: String
        /// `CallingPlan`, `DirectRouting` or `OperatorConnect`.
        public var numberType: String?
        /// `Activated`, `AssignmentPending`, …
        public var activationState: String?
        /// `Unassigned`, `UserAssigned`, `ConferenceAssigned`, `VoiceApplicationAssigned`, …
        public var pstnAssignmentStatus: String?
        /// What the number may be assigned to.
        public var capability: [String]
        /// The object id (or UPN) of whoever holds the number.
        public var assignedPstnTargetID: String?
        /// The city.
        public var city: String?
        /// The emergency address id.
        public var civicAddressID: String?
        /// The emergency location id.
        public var locationID: String?
        /// ISO code of the number's country.
        public var isoCountryCode: String?
        /// Set when the number was ported in.
        public var portInOrderStatus: String?
        /// `Online` or `OnPremises`.
        public var numberSource: String?
        /// The line of the record in its file.
        public var line: Int
    }

    /// An emergency address (`Get-CsOnlineLisCivicAddress`).
    public struct Address: Sendable, Equatable {
        /// The emergency address id.
        public var civicAddressID: String
        /// The company at the address.
        public var companyName: String?
        /// The house number.
        public var houseNumber: String?
        /// The street.
        public var streetName: String?
        /// The city.
        public var city: String?
        /// State or province.
        public var stateOrProvince: String?
        /// Postal code.
        public var postalCode: String?
        /// ISO code of the address's country.
        public var countryOrRegion: String?
        /// Latitude.
        public var latitude: Double?
        /// Longitude.
        public var longitude: Double?
        /// The admin's description.
        public var description: String?
        /// Emergency location identification number.
        public var elin: String?
        /// `Valid`, `Invalid` or `NotValidated`.
        public var validationStatus: String?
        /// The address's default location.
        public var defaultLocationID: String?
        /// The line of the record in its file.
        public var line: Int
    }

    /// A place inside an address (`Get-CsOnlineLisLocation`).
    public struct Location: Sendable, Equatable {
        /// The emergency location id.
        public var locationID: String
        /// The emergency address id.
        public var civicAddressID: String?
        /// The place's name (`Location`); empty for the default place.
        public var name: String?
        /// The line of the record in its file.
        public var line: Int
    }

    /// Licences of one SKU (`Get-MgSubscribedSku`).
    public struct Sku: Sendable, Equatable {
        /// The SKU part number, such as `MCOEV`.
        public var skuPartNumber: String
        /// Licences bought and active (`PrepaidUnits.Enabled`).
        public var enabled: Int
        /// Licences assigned (`ConsumedUnits`).
        public var consumed: Int?
        /// The line of the record in its file.
        public var line: Int
    }

    /// Users the export lists but no check judges: they are counted apart, never reported as gaps.
    public struct LeftOut: Sendable, Equatable {
        /// Why they are left out.
        public enum Reason: String, Sendable, Equatable, CaseIterable {
            /// `SoftDeletionTimestamp` is set: the user was deleted and can still be restored.
            case softDeleted = "soft-deleted"
            /// `AccountType` is `Guest`.
            case guest
            /// `AccountEnabled` is false on a person (resource accounts are disabled by design).
            case disabled
        }

        /// The reason.
        public var reason: Reason
        /// Their UPNs, in file order.
        public var users: [String]
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
    /// Records read from each file, before any was left out.
    public var recordCounts: [ExportCmdlet: Int] = [:]
    /// Warnings and notes that do not stop the verification, in file order.
    public var notes: [ExportNote] = []
    /// Users kept out of every check, by reason, in the order of ``LeftOut/Reason``.
    public var leftOut: [LeftOut] = []
    /// `setup-guide-manifest.json`, when the folder holds one that could be read.
    public var manifest: ExportManifest?

    /// Creates an empty snapshot.
    public init() {}
}
