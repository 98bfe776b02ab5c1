import Foundation
import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuideParsing
@testable import SetupGuidePlanning
@testable import SetupGuideEngine
@testable import SetupGuideVerification
@testable import SetupGuideImport
@testable import SetupGuideWizard

@Suite("PowerShell script for real tenants")
struct PowerShellScriptTests {
    static let content = ContentSet.load(paths: [TestPaths.content])

    static func script(_ answersFile: String? = nil, answers: AnswersFile? = nil, country: String? = nil, features: Set<Feature> = [])
        throws -> String
    {
        let answers = try answers ?? answersFile.map {
            try AnswersFile.load(from: TestPaths.content.appendingPathComponent("examples/\($0)"), displayPath: $0)
        } ?? AnswersFile()
        let code = country ?? answers.country ?? "FR"
        let language = answers.language.flatMap(Language.init(rawValue:)) ?? .english
        let chosen = features.union(answers.features.compactMap(Feature.init(rawValue:)))
        let plan = try Planner().plan(
            content.steps(in: language), options: PlanOptions(country: try #require(content.countries.country(code)), features: chosen),
            language: language
        ).get()
        return PowerShellScriptWriter(plan: plan, answers: answers, phoneSystemSKUs: PowerShellRealTenantTests.phoneSystemSKUs).script()
    }

    @Test("the demo organisation's script matches its golden file", arguments: ["demo-fr.yaml", "demo-us.yaml"])
    func golden(answers: String) throws {
        let text = try Self.script(answers)
        let url = TestPaths.packageRoot.appendingPathComponent("Tests/SetupGuideTests/Golden/powershell/\(answers).ps1")
        if TestPaths.recording {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)), "re-record with RECORD_GOLDEN=1 after reading the script")
    }

    @Test("the script stops at the first error and uses the real cmdlets, in plan order")
    func shape() throws {
        let text = try Self.script("demo-us.yaml")
        #expect(text.contains("$ErrorActionPreference = 'Stop'"))
        for cmdlet in ["New-CsOnlineLisCivicAddress", "New-CsOnlineLisLocation", "New-CsOnlineTelephoneNumberOrder",
                       "Complete-CsOnlineTelephoneNumberOrder", "Set-CsPhoneNumberAssignment -Identity $upn -PhoneNumber",
                       "-PhoneNumberType CallingPlan -LocationId", "New-CsCallQueue", "New-CsOnlineApplicationInstance"] {
            #expect(text.contains(cmdlet), "missing \(cmdlet)")
        }
        let order = ["New-CsOnlineTelephoneNumberOrder", "New-CsOnlineLisCivicAddress", "Set-CsPhoneNumberAssignment"]
        let positions = order.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions == positions.sorted(), "the US assigns addresses after getting numbers")
        let french = try Self.script("demo-fr.yaml")
        #expect(french.range(of: "New-CsOnlineLisCivicAddress")!.lowerBound < french.range(of: "Write-Todo 'Envoyez le formulaire")!.lowerBound)
    }

    @Test("portal work becomes comments and to-do lines, not commands")
    func portal() throws {
        let text = try Self.script("demo-fr.yaml")
        #expect(text.contains("# L'achat se fait dans le centre d'administration Microsoft 365"))
        #expect(text.contains("Write-Todo 'Envoyez le formulaire de demande"))
        #expect(text.contains("# Étape manuelle"))
    }

    @Test("inputs missing from the answers become mandatory parameters")
    func parameters() throws {
        let text = try Self.script(country: "US")
        #expect(text.contains("[Parameter(Mandatory = $true)] [string] $ImportUsers_File"))
        #expect(text.contains("$usersFile = $ImportUsers_File"))
    }

    @Test("an empty answer to a required input is no answer: the script asks for it")
    func emptyRequiredAnswer() throws {
        var answers = AnswersFile()
        answers.inputs = ["import-users": ["file": ""]]
        let text = try Self.script(answers: answers, country: "US")
        #expect(text.contains("[Parameter(Mandatory = $true)] [string] $ImportUsers_File"))
        #expect(text.contains("$usersFile = $ImportUsers_File"))
        #expect(!text.contains("-LiteralPath ''"))
    }

    static let hostile = [
        "O'Brien'; Remove-Item -Recurse C:\\ #",
        "Evil\r\nRemove-Item -Recurse C:\\",
        "Smart\u{2019}; Remove-Item -Recurse C:\\ #",
        "Dollar $(Remove-Item -Recurse C:\\) `n\"",
        "Line\u{2028}Remove-Item -Recurse C:\\",
    ]

    @Test("hostile values stay data: in a quoted string or a comment, never code", arguments: hostile)
    func hostileValues(payload: String) throws {
        var answers = AnswersFile()
        answers.inputs = [
            "emergency-addresses": ["description": payload, "company": payload, "street": payload, "city": payload, "place": payload],
            "import-users": ["file": payload],
            "user-numbers-request": ["city": payload, "quantity": payload],
            "call-queues": ["name": payload, "upn": payload, "agents": payload],
            "assign-service-numbers": ["resourceAccount": payload],
        ]
        for country in ["FR", "US"] {
            let text = try Self.script(answers: answers, country: country, features: [.callQueues])
            #expect(text.contains("Remove-Item"), "the payload is in the script")
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                #expect(!Self.code(of: String(line)).contains("Remove-Item"), "line \(number + 1) runs the payload: \(line)")
                #expect(!line.contains("\r") && !line.contains("\u{2028}"))
            }
        }
    }

    @Test("quoting doubles every kind of single quote and keeps values on one line")
    func quoting() {
        #expect(PowerShellText.quoted("O'Brien") == "'O''Brien'")
        #expect(PowerShellText.quoted("a\u{2019}b") == "'a\u{2019}\u{2019}b'")
        #expect(PowerShellText.quoted("a\r\nb") == "'a  b'")
        #expect(PowerShellText.comment("x\ny") == "# x y")
        // C1 controls (NEL, CSI) reach a terminal as controls: the shared rule makes them spaces too.
        #expect(PowerShellText.quoted("a\u{85}b\u{9B}c") == "'a b c'")
        #expect(PowerShellText.integer("10; rm") == nil)
    }

    /// What PowerShell would run of a line: the text outside strings and comments.
    static func code(of line: String) -> String {
        let single: Set<Character> = ["'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}"]
        let double: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}"]
        var out = ""
        var characters = Array(line)[...]
        while let c = characters.first {
            characters = characters.dropFirst()
            if single.contains(c) {
                // a single-quoted string ends at a lone quote; a doubled one stays inside
                while let d = characters.first {
                    characters = characters.dropFirst()
                    if single.contains(d) {
                        if let e = characters.first, single.contains(e) { characters = characters.dropFirst() } else { break }
                    }
                }
            } else if double.contains(c) {
                // double-quoted strings in the script hold only variables; what they expand is code
                var inner = ""
                while let d = characters.first {
                    characters = characters.dropFirst()
                    if d == "`" { characters = characters.dropFirst(); continue }
                    if double.contains(d) { break }
                    inner.append(d)
                }
                out += inner
            } else if c == "#" {
                break
            } else {
                out.append(c)
            }
        }
        return out
    }
}
