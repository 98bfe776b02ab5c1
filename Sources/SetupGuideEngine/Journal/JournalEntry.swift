public import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning

/// What the run journal remembers of one step.
public struct JournalEntry: Sendable, Equatable, Codable {
    /// How the step ended.
    public enum Status: String, Sendable, Equatable, Codable {
        /// Its actions ran and its checks were looked at.
        case done
        /// The admin skipped it, with a reason.
        case skipped
    }

    /// The step id.
    public var stepID: String
    /// The hash of the step's content when it was run.
    public var contentHash: String
    /// Done or skipped.
    public var status: Status
    /// The answers given to the step's inputs.
    public var inputs: [String: String]
    /// For manual steps: who did the work.
    public var who: String?
    /// For manual steps: when the work was done, as the admin wrote it.
    public var when: String?
    /// A note, or the reason for skipping.
    public var note: String?
    /// When the journal recorded it.
    public var recordedAt: Date

    /// Creates an entry.
    public init(
        stepID: String, contentHash: String, status: Status, inputs: [String: String] = [:], who: String? = nil,
        when: String? = nil, note: String? = nil, recordedAt: Date
    ) {
        self.stepID = stepID
        self.contentHash = contentHash
        self.status = status
        self.inputs = inputs
        self.who = who
        self.when = when
        self.note = note
        self.recordedAt = recordedAt
    }
}

/// The journal's memory of one action of a step that has not finished yet.
public struct JournalAction: Sendable, Equatable, Codable {
    /// The step id.
    public var stepID: String
    /// The action's position in the step.
    public var index: Int
    /// The arguments it ran with.
    public var arguments: [String: String]
    /// Values the action returned, such as a reservation id.
    public var values: [String: String]

    /// Creates a record.
    public init(stepID: String, index: Int, arguments: [String: String], values: [String: String]) {
        self.stepID = stepID
        self.index = index
        self.arguments = arguments
        self.values = values
    }
}

/// Where the wizard keeps its journal: with the tenant, so that a run resumes where it stopped.
public protocol RunJournal: Sendable {
    /// Every finished step.
    func entries() throws -> [JournalEntry]
    /// Records a finished step (replacing an older record) and forgets its action records.
    func record(_ entry: JournalEntry) throws
    /// Forgets a step, so that it runs again.
    func forget(stepID: String) throws
    /// The actions already done of an unfinished step.
    func actions(of stepID: String) throws -> [JournalAction]
    /// Records one action of an unfinished step.
    func record(_ action: JournalAction) throws
}
