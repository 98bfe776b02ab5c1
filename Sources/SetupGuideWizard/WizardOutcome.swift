/// How a run ended, for the exit code.
public enum WizardOutcome: Error, Sendable, Equatable {
    /// Every step is done or skipped.
    case completed
    /// There was nothing left to do when the run started.
    case nothingToDo
    /// The admin quit with this many steps of the plan neither done nor skipped; a later run resumes.
    case stopped(remaining: Int)
    /// Ctrl-C stopped long work between two items.
    case interrupted
    /// The engine refused and the run could not go on unattended.
    case refused(String)
    /// The tenant cannot be written (a full disk, a read-only or damaged file); the message says
    /// what was kept. The run resumes once that is put right.
    case tenantUnusable(String)
    /// A step's checks failed in a run where nobody can be asked: the step and the subjects at fault.
    case checkFailed(String)
    /// An answer was missing or invalid in an unattended run.
    case badAnswer(String)
    /// Dry run: this many steps would change the tenant.
    case pending(Int)
}
