import Foundation
import Testing

/// The short kill -9 soak: `scripts/soak.sh` with 5 kills of a 200-user wizard run (random
/// times, steps, and write points through strace), over the built binary. The long one (1,500
/// users, 50 kills) is run by hand and reported.
@Suite("Kill -9 soak, short")
struct SoakTests {
    @Test("5 kills of an unattended run: 0 lost, 0 doubled, 0 unusable")
    func shortSoak() throws {
        let binary = try BinaryRunner.binary
        let work = try BinaryRunner.temporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
            BinaryRunner.packageRoot.appendingPathComponent("scripts/soak.sh").path, "--bin", binary.path, "--users", "200",
            "--kills", "5", "--seed", "17",
        ]
        process.currentDirectoryURL = BinaryRunner.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["SOAK_DIR"] = work.path
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("5 kills: 0 lost, 0 doubled, 0 unusable"), "\(output)")
        try? FileManager.default.removeItem(at: work)
    }
}
