public import Foundation
public import SetupGuideModel

/// What a run did, for the receipt printed at its end and for `--format json`: what each step
/// bought, created and assigned, what was skipped and why, what failed, and what is left.
public struct WizardReceipt: Sendable, Equatable {
    /// One step that made changes, and those changes in words.
    public struct Work: Sendable, Equatable, Codable {
        /// The step's title.
        public var step: String
        /// One line for each change: bought, created, assigned.
        public var changes: [String]
    }

    /// One number given to one user.
    public struct Assignment: Sendable, Equatable, Codable {
        /// The user's sign-in name.
        public var user: String
        /// The number, in E.164.
        public var number: String
    }

    /// The steps that changed the tenant in this run, in order.
    public var work: [Work] = []
    /// Steps skipped, with the reason given.
    public var skipped: [(step: String, reason: String)] = []
    /// Steps whose checks failed, with what failed.
    public var failed: [(step: String, reason: String)] = []
    /// Manual steps, done by a person outside the tool.
    public var byPerson: [String] = []
    /// The steps of the plan neither done nor skipped when the run ended.
    public var left: [String] = []
    /// The numbers given to users in this run.
    public var assignments: [Assignment] = []

    /// Creates an empty receipt.
    public init() {}

    /// Adds a change to `step`'s lines.
    mutating func record(_ change: String, for step: String) {
        if work.last?.step == step { work[work.count - 1].changes.append(change) } else { work.append(Work(step: step, changes: [change])) }
    }

    public static func == (a: WizardReceipt, b: WizardReceipt) -> Bool {
        a.work == b.work && a.skipped.map(\.step) == b.skipped.map(\.step) && a.skipped.map(\.reason) == b.skipped.map(\.reason)
            && a.failed.map(\.step) == b.failed.map(\.step) && a.byPerson == b.byPerson && a.left == b.left && a.assignments == b.assignments
    }

    /// The receipt as a JSON object: `work`, `skipped`, `failed`, `byPerson`, `left`, `assignments`.
    public func jsonObject() -> [String: Any] {
        [
            "work": work.map { ["step": $0.step, "changes": $0.changes] as [String: Any] },
            "skipped": skipped.map { ["step": $0.step, "reason": $0.reason] },
            "failed": failed.map { ["step": $0.step, "reason": $0.reason] },
            "byPerson": byPerson,
            "left": left,
            "assignments": assignments.map { ["user": $0.user, "number": $0.number] },
        ]
    }
}
