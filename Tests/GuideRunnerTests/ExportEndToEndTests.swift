import Foundation
import Testing

@Suite("setup-guide export powershell, run as a user would")
struct ExportEndToEndTests {
    @Test("--help, a script on standard output and in a file with a byte order mark")
    func script() throws {
        #expect(try BinaryRunner.run(["export", "powershell", "--help"]).status == 0)
        let output = try BinaryRunner.run(["export", "powershell", "--answers", "content/examples/demo-fr.yaml"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("$ErrorActionPreference = 'Stop'"))
        #expect(output.stdout.contains("# Étape 1/"))
        let folder = try BinaryRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("setup.ps1")
        #expect(try BinaryRunner.run(["export", "powershell", "--answers", "content/examples/demo-us.yaml", "--out", file.path]).status == 0)
        let bytes = try Data(contentsOf: file)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test("bad answers are named with their place and exit 2; an unknown country exits 64")
    func badInput() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let answers = folder.appendingPathComponent("a.yaml")
        try "country: US\nsteps:\n  user-numbers: { city: Seattle, quantity: lots }\n".write(to: answers, atomically: true, encoding: .utf8)
        let bad = try BinaryRunner.run(["export", "powershell", "--answers", answers.path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("a.yaml:3:3: answer 'quantity' of step 'user-numbers' is invalid: expected a whole number"), "\(bad.stderr)")
        #expect(bad.stdout.isEmpty, "nothing half-written")
        #expect(try BinaryRunner.run(["export", "powershell", "--country", "XX"]).status == 64)
    }
}
