internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// What a tenant says about one step: done, not done or not applicable, with counts and the
/// things still at fault.
///
/// ```swift
/// let status = StepStatus(.notDone, detail: "212 / 230 users have a number",
///                         count: .init(done: 212, total: 230), findings: ["ana@contoso.fr: no number"])
/// ```
public struct StepStatus: Sendable, Equatable {
    /// The verdict.
    public enum State: String, Sendable, Equatable, CaseIterable, Codable {
        /// Every check of the step passes.
        case done
        /// At least one check fails.
        case notDone = "not-done"
        /// The checks do not apply to this tenant (another connectivity, say).
        case notApplicable = "not-applicable"
        /// The step has no check, so the tenant cannot tell.
        case unknown
    }

    /// Items done out of items expected, such as 212 of 230 users with a number.
    public struct Count: Sendable, Equatable, Codable {
        /// Items done.
        public var done: Int
        /// Items expected.
        public var total: Int

        /// Creates a count.
        public init(done: Int, total: Int) {
            self.done = done
            self.total = total
        }
    }

    /// The verdict.
    public var state: State
    /// One line for a person, such as "212 / 230 users have a number".
    public var detail: String?
    /// The count behind the verdict, when the check counts.
    public var count: Count?
    /// What is still at fault, one line each (a user and why, an address and why).
    public var findings: [String]

    /// Creates a status.
    public init(_ state: State, detail: String? = nil, count: Count? = nil, findings: [String] = []) {
        self.state = state
        self.detail = detail
        self.count = count
        self.findings = findings
    }

    /// The status of a step from the statuses of its checks: not done if one is not done, not
    /// applicable if all are, done otherwise. Details and findings of failing checks come first.
    public static func combining(_ parts: [StepStatus]) -> StepStatus {
        guard !parts.isEmpty else { return StepStatus(.unknown) }
        let failing = parts.filter { $0.state == .notDone }
        let state: State
        if !failing.isEmpty {
            state = .notDone
        } else if parts.allSatisfy({ $0.state == .notApplicable }) {
            state = .notApplicable
        } else if parts.contains(where: { $0.state == .done }) {
            // checks that do not apply do not hold a step back
            state = .done
        } else {
            state = .unknown
        }
        let ordered = failing + parts.filter { $0.state != .notDone }
        let details = ordered.compactMap(\.detail)
        return StepStatus(
            state, detail: details.isEmpty ? nil : details.joined(separator: " · "),
            count: ordered.lazy.compactMap(\.count).first, findings: failing.flatMap(\.findings))
    }
}
