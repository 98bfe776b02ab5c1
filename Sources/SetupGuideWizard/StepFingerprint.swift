public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine
internal import SetupGuideVerification

/// A short hash of everything a step says and does, so the journal can tell when a guide
/// changed after the step was done. Positions are left out: moving a step in its file is no
/// change.
public enum StepFingerprint {
    /// FNV-1a 64 of the step's canonical text, as 16 hex digits.
    public static func of(_ step: Step) -> String {
        var text = "\(step.id)\u{1F}\(step.title)\u{1F}\(step.manual)\u{1F}\(step.spendsMoney)\u{1F}"
        text += step.requires.map(\.id).joined(separator: ",") + "\u{1F}"
        for input in step.inputs {
            text += "\(input.id):\(input.type.rawValue):\(input.required):\(input.defaultValue ?? ""):\(input.minimum ?? -1):"
            text += "\(input.maximum ?? -1):\(input.maxLength ?? -1):\(input.pattern ?? ""):\(input.choices.joined(separator: "|"));"
        }
        for action in step.actions {
            text += action.action.rawValue + "(" + action.arguments.map { "\($0.name)=\($0.value)" }.joined(separator: ",") + ")"
        }
        for check in step.checks {
            text += check.check.rawValue + "(" + check.arguments.map { "\($0.name)=\($0.value)" }.joined(separator: ",") + ")"
        }
        text += "\u{1F}\(step.body.map(\.content))"
        return StableHash.fnv1a(text)
    }
}
