/// How a run ended, for the exit code.
public enum WizardOutcome: Error, Sendable, Equatable {
    /// Every step is done or skipped.
    case completed
    /// There was nothing left to do when the run started.
    case nothingToDo
    /// The admin quit; a later run resumes.
    case quit
    /// Ctrl-C stopped long work between two items.
    case interrupted
    /// The engine refused and the run could not go on unattended.
    case refused(String)
    /// The tenant cannot be written (a full disk, a read-only or damaged file); the message says
    /// what was kept. The run resumes once that is put right.
    case tenantUnusable(String)
    /// An answer was missing or invalid in an unattended run.
    case badAnswer(String)
    /// Dry run: this many steps would change the tenant.
    case pending(Int)
}
