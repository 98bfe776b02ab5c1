import ArgumentParser

extension SetupGuideCommand {
    /// `fleet`: a partner's many client tenants at once.
    struct Fleet: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Work on a fleet of client tenants at once.",
            subcommands: [Verify.self] + storeCommands)
    }
}
