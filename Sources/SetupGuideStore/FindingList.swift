internal import Foundation

/// A client's findings in one text value (`client_runs.finding_list`, migration 3), instead of
/// one row each: a fleet run of 1,000 clients of 50 users holds some 150,000 findings, and one
/// row per finding (with its run id and tenant id, and the primary key repeating them) cost more
/// to write than the verification itself.
///
/// The format: the findings sorted, each check once on a line of its own, then each of its
/// subjects on a line that starts with a tab; lines are joined with `\n`, no trailing newline.
///
///     addresses.valid
///     <TAB>address:a1
///     users.have-numbers
///     <TAB>user:alice@contoso.com
///     <TAB>user:bob@contoso.com
///
/// A check without subjects has one empty subject line (a lone tab). Keys are normalised
/// (``FindingKey/normalised(_:)``), so they never hold a tab or a newline; ``encode(_:)``
/// answers nil for keys that do, and the store then writes them as rows of `findings`, as
/// before migration 3.
enum FindingList {
    /// The text for `findings` (sorted, each once), or nil when a key holds a tab or a newline.
    static func encode(_ findings: [FindingKey]) -> String? {
        var text = ""
        text.reserveCapacity(findings.reduce(64) { $0 + $1.subject.utf8.count + 2 })
        var current: String?
        var first = true
        for finding in findings {
            guard plain(finding.check), plain(finding.subject) else { return nil }
            if finding.check != current {
                if !first { text += "\n" }
                text += finding.check
                current = finding.check
                first = false
            }
            text += "\n\t"
            text += finding.subject
        }
        return text
    }

    /// The findings of a text ``encode(_:)`` wrote.
    static func decode(_ text: String) -> [FindingKey] {
        var findings: [FindingKey] = []
        var check = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.first == "\t" {
                findings.append(FindingKey(stored: check, subject: String(line.dropFirst())))
            } else {
                check = String(line)
            }
        }
        return findings
    }

    private static func plain(_ text: String) -> Bool {
        !text.utf8.contains { $0 == 0x09 || $0 == 0x0A }
    }
}
