import GuideRenderer
import SetupGuide

extension WizardTheme {
    /// The wizard's look on this terminal: colours when it has them, steps as rendered Markdown.
    static func terminal(_ language: Language) -> WizardTheme {
        let style = TerminalStyle.detect()
        let markdown = MarkdownTerminalRenderer(style: style, language: language)
        return WizardTheme(
            heading: { style.bold($0) }, good: { style.green($0) }, bad: { style.red($0) }, warning: { style.yellow($0) },
            quiet: { style.dim($0) }, presentStep: { markdown.render($0) })
    }
}
