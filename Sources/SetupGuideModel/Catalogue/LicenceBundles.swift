/// Which licence SKUs give which Teams Phone capability, as `content/licences.yaml` copies them
/// from Microsoft's licensing service-plan reference ("Product names and service plan identifiers
/// for licensing"): Microsoft 365 E5 (`SPE_E5`) gives Phone System and Audio Conferencing as
/// surely as `MCOEV` and `MCOMEETADV` do, so a tenant that bought bundles is judged by what they
/// hold, not by their part numbers.
///
/// ```swift
/// let bundles = LicenceBundles(source: "…", skus: [.init(partNumber: "SPE_E5", name: "Microsoft 365 E5",
///                                                   gives: [.phoneSystem, .audioConferencing], servicePlans: ["MCOEV", "MCOMEETADV"])])
/// bundles.licences(of: "spe_e5")   // [.phoneSystem, .audioConferencing]
/// ```
public struct LicenceBundles: Sendable, Equatable {
    /// What a service plan gives, as the table's `gives` lists spell it.
    public enum Capability: String, Sendable, Equatable, CaseIterable {
        case phoneSystem = "phone-system"
        case audioConferencing = "audio-conferencing"
        case callingPlanDomestic = "calling-plan-domestic"
        case callingPlanDomestic120 = "calling-plan-domestic-120"
        case callingPlanDomestic240 = "calling-plan-domestic-240"
        case callingPlanInternational = "calling-plan-international"
        case callingPlanPayAsYouGo = "calling-plan-pay-as-you-go"
        case callingPlanAustralia = "calling-plan-australia"
        case communicationsCredits = "communications-credits"
        case resourceAccount = "resource-account"

        /// The licence the checks know this capability as. A 240-minute or Australian domestic
        /// plan is a domestic Calling Plan to the quota and to every check.
        public var licence: Licence {
            switch self {
            case .phoneSystem: .phoneSystem
            case .audioConferencing: .audioConferencing
            case .callingPlanDomestic, .callingPlanDomestic240, .callingPlanAustralia: .domesticCallingPlan
            case .callingPlanDomestic120: .domesticCallingPlan120
            case .callingPlanInternational: .internationalCallingPlan
            case .callingPlanPayAsYouGo: .payAsYouGoCallingPlan
            case .communicationsCredits: .communicationsCredits
            case .resourceAccount: .virtualUser
            }
        }
    }

    /// One row of the reference: a SKU and the capabilities its service plans give.
    public struct Bundle: Sendable, Equatable {
        /// The String ID, which `Get-MgSubscribedSku` returns as `SkuPartNumber`.
        public var partNumber: String
        /// The product name the reference prints.
        public var name: String
        /// What it gives.
        public var gives: [Capability]
        /// The service plans of its row that give them, spelled as the row spells them.
        public var servicePlans: [String]
        /// The line of the row in its file, for diagnostics.
        public var line: Int

        /// Creates a row.
        public init(partNumber: String, name: String, gives: [Capability], servicePlans: [String], line: Int = 0) {
            self.partNumber = partNumber
            self.name = name
            self.gives = gives
            self.servicePlans = servicePlans
            self.line = line
        }
    }

    /// Where the facts come from, as the file's `source` says.
    public var source: String
    /// The rows, in file order.
    public var skus: [Bundle]
    /// Row index by upper-cased part number: exports do not always keep the case.
    private var index: [String: Int]

    /// Creates a table; the first row of a part number wins.
    public init(source: String = "", skus: [Bundle] = []) {
        self.source = source
        self.skus = skus
        var index: [String: Int] = [:]
        for (position, row) in skus.enumerated() where index[row.partNumber.uppercased()] == nil {
            index[row.partNumber.uppercased()] = position
        }
        self.index = index
    }

    /// The row of `partNumber`, compared without case.
    public func bundle(_ partNumber: String) -> Bundle? {
        index[partNumber.uppercased()].map { skus[$0] }
    }

    /// The licences a SKU counts as, once each, in the order of its capabilities: a SKU the
    /// table does not have counts as itself when the checks know it, else as nothing.
    public func licences(of partNumber: String) -> [Licence] {
        var result: [Licence] = []
        if let own = Licence(rawValue: partNumber.uppercased()) { result.append(own) }
        for capability in bundle(partNumber)?.gives ?? [] where !result.contains(capability.licence) {
            result.append(capability.licence)
        }
        return result
    }

    /// The part numbers of the SKUs that give `capability`, in the table's order.
    public func partNumbers(giving capability: Capability) -> [String] {
        skus.filter { $0.gives.contains(capability) }.map(\.partNumber)
    }
}
