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
        // Phone System in a bundle counts: the binary hands the writer the shipped licence table
        #expect(output.stdout.contains("    'SPE_E5'"), "Microsoft 365 E5 gives Phone System")
        #expect(output.stdout.contains("    'ENTERPRISEPREMIUM'"), "Office 365 E5 gives Phone System")
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

    static let hostile = [
        "O'Brien'; Remove-Item -Recurse C:\\ #",
        "Dollar $(Remove-Item -Recurse C:\\) `n\"",
        "Smart\u{2019}; Remove-Item C:\\ \u{201C}x\u{201D} #",
        "Back`tick ${env:PATH} @(1)",
    ]

    @Test("hostile answers stay inside string literals, on the parse tree (check-powershell.py --hostile)", arguments: ["FR", "US"])
    func hostile(country: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        var answers = "country: \(country)\nfeatures: [call-queues, auto-attendants]\nsteps:\n"
        let json = { (text: String) in String(decoding: try JSONEncoder().encode(text), as: UTF8.self) }
        // JSON strings are YAML double-quoted strings: each payload reaches the writer as is
        let p = try Self.hostile.map(json)
        answers += "  emergency-addresses: { description: \(p[0]), company: \(p[1]), street: \(p[2]), city: \(p[3]), place: \(p[0]) }\n"
        answers += "  import-users: { file: \(p[1]) }\n"
        answers += "  call-queues: { name: \(p[3]) }\n"
        answers += "  auto-attendants: { name: \(p[2]) }\n"
        answers += "  user-numbers: { city: \(p[3]) }\n  user-numbers-request: { city: \(p[2]) }\n"
        let answersFile = folder.appendingPathComponent("hostile.yaml")
        try answers.write(to: answersFile, atomically: true, encoding: .utf8)
        let script = folder.appendingPathComponent("hostile.ps1")
        let export = try BinaryRunner.run(["export", "powershell", "--answers", answersFile.path, "--out", script.path])
        #expect(export.status == 0, "\(export.stderr)")
        let text = try String(contentsOf: script, encoding: .utf8)
        #expect(text.contains("Remove-Item"), "the payloads are in the script")
        let payloads = folder.appendingPathComponent("payloads.jsonl")
        try Self.hostile.map(json).joined(separator: "\n").write(to: payloads, atomically: true, encoding: .utf8)
        guard let python = PowerShellGrammar.python else {
            Issue.record("no Python with tree-sitter-powershell: run 'bash scripts/setup.sh --with-test-tools'")
            return
        }
        let process = Process()
        process.executableURL = python
        process.arguments = [BinaryRunner.packageRoot.appendingPathComponent("scripts/check-powershell.py").path, "--hostile", payloads.path, script.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(report)")
        #expect(!report.contains("hostile-"), "\(report)")
    }

    @Test("a line break in an answer (CR/LF, U+2028) is refused before any script is written")
    func lineBreaks() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        for payload in ["Evil\r\nRemove-Item C:\\", "Line\u{2028}Remove-Item C:\\"] {
            let value = String(decoding: try JSONEncoder().encode(payload), as: UTF8.self)
            let answers = folder.appendingPathComponent("break.yaml")
            try "country: FR\nsteps:\n  emergency-addresses: { street: \(value) }\n".write(to: answers, atomically: true, encoding: .utf8)
            let run = try BinaryRunner.run(["export", "powershell", "--answers", answers.path])
            #expect(run.status == 2 && run.stderr.contains("one line only"), "\(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
    }

    @Test("a French plan's script parses and fits the cmdlet table, with and without answers, for every connectivity")
    func parses() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        var files: [URL] = []
        for (index, arguments) in [["--answers", "content/examples/demo-fr.yaml"], ["--country", "FR", "--lang", "fr"],
                                   ["--country", "BR", "--connectivity", "direct-routing", "--lang", "fr", "--feature", "call-queues"],
                                   ["--country", "GB", "--connectivity", "operator-connect", "--feature", "auto-attendants"]].enumerated() {
            let file = folder.appendingPathComponent("plan-\(index).ps1")
            let run = try BinaryRunner.run(["export", "powershell"] + arguments + ["--out", file.path])
            #expect(run.status == 0, "\(run.stderr)")
            files.append(file)
        }
        let check = try PowerShellGrammar.check(files)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}
