extension CalloutKind {
    /// The callout's name, the one table of them: the HTML pages title callouts with it, and the
    /// terminal (the wizard's step text) prints it in capitals, so both say the same word.
    ///
    /// The French names are those Microsoft Learn's French pages show for DocFX alerts, which
    /// the importer also reads back from plain-text copies ("Attention :" is a caution,
    /// "Avertissement :" a warning).
    public var label: BilingualText {
        switch self {
        case .note: BilingualText("Note", "Remarque")
        case .tip: BilingualText("Tip", "Conseil")
        case .important: BilingualText("Important", "Important")
        case .caution: BilingualText("Caution", "Attention")
        case .warning: BilingualText("Warning", "Avertissement")
        }
    }
}
