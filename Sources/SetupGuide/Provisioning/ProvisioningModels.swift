public import Foundation

/// Numbers held for 10 minutes after a search, to be acquired or released.
public struct Reservation: Sendable, Equatable, Codable {
    /// The reservation's id, such as `res-1`.
    public let id: String
    /// ISO code of the numbers' country.
    public let country: String
    /// City or area searched.
    public let city: String?
    /// Area code searched.
    public let areaCode: String?
    /// User, toll or toll-free.
    public let kind: NumberKind
    /// The reserved numbers, in E.164.
    public let numbers: [String]
    /// The emergency address the numbers will carry, where the country needs one at acquisition.
    public let addressID: String?
    /// When the numbers go back to the pool.
    public let expiresAt: Date
}

/// Licences of one SKU: bought and handed out.
public struct LicenceStock: Sendable, Equatable, Codable {
    /// The SKU.
    public let sku: Licence
    /// Licences bought.
    public let purchased: Int
    /// Licences assigned to users.
    public let assigned: Int

    /// Creates a stock.
    public init(sku: Licence, purchased: Int, assigned: Int) {
        self.sku = sku
        self.purchased = purchased
        self.assigned = assigned
    }
}

/// What a bulk action changed and what it left as it was.
public struct BulkResult: Sendable, Equatable, Codable {
    /// Items created or changed.
    public let changed: Int
    /// Items already in the wanted state.
    public let unchanged: Int

    /// Creates a result.
    public init(changed: Int, unchanged: Int) {
        self.changed = changed
        self.unchanged = unchanged
    }
}

/// A request-form order for numbers, where the admin centre has none.
public struct NumberRequest: Sendable, Equatable, Codable {
    /// The request's id.
    public let id: String
    /// ISO country code.
    public let country: String
    /// City or area.
    public let city: String?
    /// How many numbers.
    public let quantity: Int
    /// User, toll or toll-free.
    public let kind: NumberKind
}

/// An order to bring numbers from the current carrier.
public struct PortOrder: Sendable, Equatable, Codable {
    /// The order's id.
    public let id: String
    /// ISO country code.
    public let country: String
    /// How many numbers.
    public let quantity: Int
    /// One kind per order.
    public let kind: NumberKind
    /// The carrier the numbers come from.
    public let carrier: String?
    /// Whether this is a manual order (over 999 numbers), with a signed letter of authorisation.
    public let manual: Bool
    /// The ported numbers.
    public let numbers: [String]
}

/// An emergency address as the tenant stores it.
public struct StoredAddress: Sendable, Equatable, Codable {
    /// `CivicAddressId`.
    public let id: String
    /// The fields, as corrected by validation.
    public let address: CivicAddress
    /// `ValidationStatus`.
    public let validationStatus: ValidationStatus
    /// Fields validation corrected, if any.
    public let correctedFields: [String]
    /// `DefaultLocationId`.
    public let defaultLocationID: String
}

/// A number given to a user, with its emergency location.
public struct NumberAssignment: Sendable, Equatable, Codable {
    /// The user.
    public let userPrincipalName: String
    /// The number, in E.164.
    public let telephoneNumber: String
    /// The emergency address.
    public let civicAddressID: String?
    /// The place inside the address.
    public let locationID: String?
}

/// What an action did, for the wizard to show and record.
public struct ActionOutcome: Sendable, Equatable {
    /// The action performed.
    public let action: ActionName
    /// Whether the tenant changed (false when the step had already been done).
    public let changed: Bool
    /// One line saying what happened.
    public let summary: BilingualText
    /// Values later steps can use, such as `reservation`.
    public let values: [String: String]

    /// Creates an outcome.
    public init(action: ActionName, changed: Bool, summary: BilingualText, values: [String: String] = [:]) {
        self.action = action
        self.changed = changed
        self.summary = summary
        self.values = values
    }
}

/// What a check needs to know beyond the tenant.
public struct CheckContext: Sendable, Equatable {
    /// The organisation's country, when the plan knows it and the tenant may not.
    public var country: String?
    /// The language of the summaries the caller will show.
    public var language: Language

    /// Creates a context.
    public init(country: String? = nil, language: Language = .english) {
        self.country = country
        self.language = language
    }
}

/// The verdict of a check.
public struct CheckResult: Sendable, Equatable {
    /// Pass, fail or does not apply.
    public enum Status: String, Sendable, Equatable, Codable {
        case pass
        case fail
        case notApplicable = "not-applicable"
    }

    /// One subject at fault: a user, number, address or reservation, and why.
    public struct Subject: Sendable, Equatable {
        /// The UPN, number or id.
        public let id: String
        /// Why it fails.
        public let reason: BilingualText

        /// Creates a subject.
        public init(_ id: String, _ reason: BilingualText) {
            self.id = id
            self.reason = reason
        }
    }

    /// The check.
    public let check: CheckName
    /// The verdict.
    public let status: Status
    /// One line, such as "212 / 230 users have a number".
    public let summary: BilingualText
    /// Items done and items expected, when the check counts.
    public let done: Int?
    /// Items expected, when the check counts.
    public let total: Int?
    /// The subjects at fault.
    public let subjects: [Subject]

    /// Creates a result.
    public init(
        check: CheckName, status: Status, summary: BilingualText, done: Int? = nil, total: Int? = nil,
        subjects: [Subject] = []
    ) {
        self.check = check
        self.status = status
        self.summary = summary
        self.done = done
        self.total = total
        self.subjects = subjects
    }
}
