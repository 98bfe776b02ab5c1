import Foundation
import Testing

/// The Python that has tree-sitter and its PowerShell grammar (`scripts/setup.sh --with-test-tools`).
enum PowerShellGrammar {
    static var python: URL? {
        let path = ProcessInfo.processInfo.environment["SETUP_GUIDE_PYTHON"]
            ?? BinaryRunner.packageRoot.appendingPathComponent(".build/pytools/bin/python").path
        return FileManager.default.isExecutableFile(atPath: path) ? URL(fileURLWithPath: path) : nil
    }

    /// Runs scripts/check-powershell.py over `files`: the parse and the cmdlet table's verdict.
    static func check(_ files: [URL]) throws -> BinaryRunner.Output {
        guard let python else {
            Issue.record("no Python with tree-sitter-powershell: run 'bash scripts/setup.sh --with-test-tools'")
            return BinaryRunner.Output(status: -1, stdout: "", stderr: "")
        }
        let process = Process()
        process.executableURL = python
        process.arguments = [BinaryRunner.packageRoot.appendingPathComponent("scripts/check-powershell.py").path] + files.map(\.path)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRunner.Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                   stderr: String(decoding: errData, as: UTF8.self))
    }
}

@Suite("setup-guide export collect, run as a user would")
struct CollectEndToEndTests {
    @Test("the script reads every page of numbers, all licences, and writes arrays, UTF-8 and a manifest")
    func script() throws {
        #expect(try BinaryRunner.run(["export", "collect", "--help"]).status == 0)
        let output = try BinaryRunner.run(["export", "collect"])
        #expect(output.status == 0, "\(output.stderr)")
        let script = output.stdout
        #expect(script.contains("Get-CsPhoneNumberAssignment -Top 1000 -Skip $skip"))
        #expect(script.contains("} while ($page.Count -eq 1000)"))
        #expect(script.contains("Get-MgSubscribedSku -All"))
        #expect(script.contains("ConvertTo-Json -InputObject @($Records) -Depth 5"))
        #expect(script.contains("New-Object -TypeName System.Text.UTF8Encoding -ArgumentList $false"))
        #expect(script.contains("'setup-guide-manifest.json'"))
        #expect(script.contains("Connect-MgGraph -Scopes 'LicenseAssignment.Read.All'"))
        #expect(script.contains("Install-Module "), "a missing module is named with the command that installs it")
        for cmdlet in ["Get-CsOnlineUser", "Get-CsPhoneNumberAssignment", "Get-CsOnlineLisCivicAddress", "Get-CsOnlineLisLocation", "Get-MgSubscribedSku"] {
            #expect(script.contains("Write-Export -Cmdlet '\(cmdlet)'"), "\(cmdlet) is written")
        }
    }

    @Test("French messages in a French run, and --out writes a byte order mark for Windows PowerShell 5.1")
    func french() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("collect.ps1")
        let output = try BinaryRunner.run(["export", "collect", "--out", file.path], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(output.status == 0, "\(output.stderr)")
        let bytes = try Data(contentsOf: file)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.contains("Lecture des utilisateurs"))
        #expect(!text.contains("Reading users"))
    }

    @Test("both languages parse with the PowerShell grammar and fit the cmdlet reference")
    func parses() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        var files: [URL] = []
        for lang in ["fr", "en"] {
            let file = folder.appendingPathComponent("collect-\(lang).ps1")
            #expect(try BinaryRunner.run(["export", "collect", "--lang", lang, "--out", file.path]).status == 0)
            files.append(file)
        }
        let check = try PowerShellGrammar.check(files)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test("an unwritable --out exits 2 with the reason")
    func unwritable() throws {
        let output = try BinaryRunner.run(["export", "collect", "--out", "/proc/collect.ps1"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("/proc/collect.ps1"))
    }
}
