public import Foundation
public import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine
internal import SetupGuideVerification

/// Everything the wizard does with the person in front of it, so tests can script it and the
/// terminal can be swapped for plain line prompts.
public protocol WizardIO: AnyObject {
    /// Whether questions can be asked (false when answers come only from a file).
    var interactive: Bool { get }
    /// Prints text followed by a line end.
    func say(_ text: String)
    /// Asks a question; `nil` when the input has ended.
    func ask(_ prompt: String) -> String?
    /// Shows the progress of long work.
    func progress(done: Int, total: Int, label: String, remaining: TimeInterval?)
    /// Ends a progress display.
    func finishProgress()
    /// Tells the terminal whether Ctrl-C should stop between two items instead of at once.
    func setInterruptible(_ between: Bool)
    /// Whether Ctrl-C was pressed during long work.
    var interruptRequested: Bool { get }
}

/// How the wizard writes its own words: headings, good and bad news.
public struct WizardTheme: Sendable {
    public var heading: @Sendable (String) -> String
    public var good: @Sendable (String) -> String
    public var bad: @Sendable (String) -> String
    public var warning: @Sendable (String) -> String
    public var quiet: @Sendable (String) -> String
    /// The step's title, tasks and callouts, as the terminal shows them.
    public var presentStep: @Sendable (Step) -> String

    /// Creates a theme.
    public init(
        heading: @escaping @Sendable (String) -> String, good: @escaping @Sendable (String) -> String,
        bad: @escaping @Sendable (String) -> String, warning: @escaping @Sendable (String) -> String,
        quiet: @escaping @Sendable (String) -> String, presentStep: @escaping @Sendable (Step) -> String
    ) {
        self.heading = heading
        self.good = good
        self.bad = bad
        self.warning = warning
        self.quiet = quiet
        self.presentStep = presentStep
    }

    /// No colour at all, steps shown by title only.
    public static let plain = WizardTheme(
        heading: { $0 }, good: { $0 }, bad: { $0 }, warning: { $0 }, quiet: { $0 }, presentStep: { $0.title })
}
