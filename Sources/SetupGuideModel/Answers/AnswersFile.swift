internal import Foundation

/// Answers for an unattended run, read from YAML.
///
/// ```yaml
/// country: FR
/// connectivity: calling-plan
/// features: [call-queues]
/// steps:
///   licences: { quantity: 25 }
/// manual:
///   user-numbers-request: { who: Camille Martin, when: 2026-11-20, note: Form sent }
/// skip:
///   partner-carrier: Not our case
/// ```
public struct AnswersFile: Sendable, Equatable {
    /// The organisation's country, if given.
    public var country: String?
    /// The connectivity option, if given.
    public var connectivity: String?
    /// The features chosen.
    public var features: [String]
    /// The language of the run, if given.
    public var language: String?
    /// Input values by step id, then input id.
    public var inputs: [String: [String: String]]
    /// Manual steps: who, when and a note, by step id.
    public var manual: [String: ManualRecord]
    /// Steps to skip, with the reason.
    public var skip: [String: String]
    /// Where each step's answers are written, for errors.
    public var locations: [String: SourceLocation]
    /// The file.
    public var path: String

    /// Who did a manual step and when.
    public struct ManualRecord: Sendable, Equatable {
        public var who: String
        public var when: String
        public var note: String?

        /// Records who did a manual step, when, and why.
        public init(who: String, when: String, note: String? = nil) {
            self.who = who
            self.when = when
            self.note = note
        }
    }

    /// Creates an empty answers file.
    public init(path: String = "") {
        self.country = nil
        self.connectivity = nil
        self.features = []
        self.language = nil
        self.inputs = [:]
        self.manual = [:]
        self.skip = [:]
        self.locations = [:]
        self.path = path
    }

}
