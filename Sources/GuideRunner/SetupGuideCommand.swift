import ArgumentParser

@main
struct SetupGuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "setup-guide")
}
