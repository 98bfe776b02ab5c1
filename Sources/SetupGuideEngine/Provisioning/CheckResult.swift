public import SetupGuideModel
internal import SetupGuidePlanning

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
