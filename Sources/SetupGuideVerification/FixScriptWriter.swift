public import Foundation
public import SetupGuideModel
internal import SetupGuideEngine

/// Turns a report's fixes into a PowerShell script that closes exactly the gaps found, in plan
/// order: numbers assigned, locations set, licences assigned. `verify --fix-script FILE` writes it.
///
/// - Every command runs only when its gap is still open (its `doneWhen` test), so the script can
///   be run again after a partial run, and only through `$PSCmdlet.ShouldProcess`, so `-WhatIf`
///   shows what it would do and `-Confirm` asks.
/// - A gap that needs a person (an invalid address, a quota, the wrong country) becomes a
///   comment saying what to do.
/// - Values reach the script only through ``PowerShellText``.
///
/// ```swift
/// try FixScriptWriter(report: report).write(to: URL(fileURLWithPath: "fix.ps1"))
/// ```
public struct FixScriptWriter {
    /// The report whose gaps are closed.
    public let report: VerificationReport

    /// Creates a writer.
    public init(report: VerificationReport) { self.report = report }

    /// The script's text, lines ending in CRLF as Windows tools expect.
    public func script() -> String {
        let language = Language(rawValue: report.language) ?? .english
        let c = PowerShellText.comment
        var lines: [String] = [
            "<#",
            ".SYNOPSIS",
            PowerShellText.oneLine(BilingualText(
                "Closes the gaps that setup-guide verify found in \(report.source.path) (\(report.country), \(report.connectivity)).",
                "Comble les manques que setup-guide verify a trouvés dans \(report.source.path) (\(report.country), \(report.connectivity)).")[language])
                .replacingOccurrences(of: "#>", with: "# >"),
            ".DESCRIPTION",
            BilingualText(
                "Each command runs only while its gap is open, so the script can be run again. Run it with -WhatIf first.",
                "Chaque commande ne s'exécute que tant que son manque subsiste : le script peut être relancé. Lancez-le d'abord avec -WhatIf.")[language],
            "#>",
            "[CmdletBinding(SupportsShouldProcess)]",
            "param()",
            "Set-StrictMode -Version 3.0",
            "$ErrorActionPreference = 'Stop'",
            "",
        ]
        var seen: Set<String> = []
        for step in report.steps {
            var block: [String] = []
            for check in step.checks where check.status == "fail" {
                if let fix = check.fix, let todo = fix.todo, seen.insert("todo|" + check.check + "|" + todo).inserted {
                    block.append(c(BilingualText("TO DO (\(check.check)): ", "À FAIRE (\(check.check)) : ")[language] + todo))
                }
                for failure in check.failures {
                    guard let fix = failure.fix else { continue }
                    if let command = fix.command {
                        guard seen.insert(command).inserted else { continue }
                        block.append(c("\(check.check): \(failure.subject) — \(failure.reason)"))
                        let action = PowerShellText.quoted(command.split(separator: " ").first.map(String.init) ?? check.check)
                        let target = PowerShellText.quoted(failure.subject)
                        if let done = fix.doneWhen {
                            block.append("if (-not (\(done))) {")
                            block.append("    if ($PSCmdlet.ShouldProcess(\(target), \(action))) { \(command) }")
                            block.append("}")
                        } else {
                            block.append("if ($PSCmdlet.ShouldProcess(\(target), \(action))) { \(command) }")
                        }
                    } else if let todo = fix.todo, seen.insert("todo|" + failure.subject + "|" + todo).inserted {
                        let naming = [failure.address, failure.holder].compactMap { $0 }.joined(separator: ", ")
                        block.append(c(BilingualText("TO DO ", "À FAIRE ")[language] + "\(failure.subject)"
                            + (naming.isEmpty ? "" : " (\(naming))") + ": \(todo)"))
                    }
                }
            }
            guard !block.isEmpty else { continue }
            lines.append(c(BilingualText("Step ", "Étape ")[language] + "\(step.id): \(step.title)"))
            lines += block
            lines.append("")
        }
        if seen.isEmpty {
            lines.append(c(BilingualText("No gap to close.", "Aucun manque à combler.")[language]))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Writes the script as UTF-8 with a byte order mark (Windows PowerShell 5.1 reads a file
    /// without one in the ANSI code page), replacing `url` atomically.
    public func write(to url: URL) throws(OutputFile.Failure) {
        try OutputFile.write([0xEF, 0xBB, 0xBF] + Array(script().utf8), to: url)
    }
}
