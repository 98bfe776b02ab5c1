internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// The words of the exports' sections: the manifest, the users left out, the warnings.
extension VerificationWords {
    static func manifestHeading(_ language: Language) -> String {
        BilingualText("Collected by setup-guide export collect", "Relevé par setup-guide export collect")[language]
    }

    /// The manifest's facts as label/value pairs, in a fixed order, leaving out what it lacks.
    static func manifestFacts(_ manifest: ExportManifest, _ language: Language) -> [(label: String, value: String)] {
        var facts: [(String, String)] = []
        let tenant = [manifest.tenantName, manifest.tenantId.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        if !tenant.isEmpty { facts.append((BilingualText("Tenant", "Client")[language], tenant)) }
        if let country = manifest.country, !country.isEmpty { facts.append((BilingualText("Country", "Pays")[language], country)) }
        if let when = manifest.collectedAt { facts.append((BilingualText("Collected at", "Relevé le")[language], when)) }
        if let shell = manifest.powerShell { facts.append(("PowerShell", shell)) }
        if let modules = manifest.modules, !modules.isEmpty {
            facts.append((BilingualText("Modules", "Modules")[language], modules.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
        }
        if let counts = manifest.counts, !counts.isEmpty {
            facts.append((BilingualText("Records", "Enregistrements")[language], counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
        }
        return facts
    }

    static func leftOutHeading(_ language: Language) -> String {
        BilingualText("Left out of every check (never reported as gaps)", "Écartés de toute vérification (jamais signalés comme manques)")[language]
    }

    /// "3 soft-deleted users (…): a@x, b@x".
    static func leftOut(_ group: VerificationReport.LeftOut, _ language: Language) -> String {
        let more = group.count > group.users.count ? ", … (+\(group.count - group.users.count))" : ""
        return "\(group.count) — \(group.why)" + BilingualText(": ", " : ")[language] + group.users.joined(separator: ", ") + more
    }

    static func warningsHeading(_ language: Language) -> String {
        BilingualText("Warnings about the exports", "Avertissements sur les exports")[language]
    }

    /// `file:line: warning: message (field F) [kind]`, as ``ExportNote`` prints it.
    static func warning(_ warning: VerificationReport.Warning, _ language: Language) -> String {
        let place = warning.line.map { "\(warning.file):\($0)" } ?? warning.file
        let column = warning.field.map { BilingualText(" (field \($0))", " (champ \($0))")[language] } ?? ""
        let word = warning.severity == "warning" ? BilingualText("warning:", "avertissement :") : BilingualText("note:", "remarque :")
        return "\(place): \(word[language]) \(warning.message)\(column) [\(warning.kind)]"
    }
}
