import Foundation
import Testing
import SetupGuide
@testable import SetupGuideModel
@testable import SetupGuidePlanning
@testable import SetupGuideEngine

/// Issue 15: the script does what Microsoft's cmdlet reference says a real tenant needs.
@Suite("PowerShell script on a real tenant, by Microsoft's cmdlet reference")
struct PowerShellRealTenantTests {
    static let content = PowerShellScriptTests.content

    /// The SKUs `content/licences.yaml` says give Phone System: the test hands them to the writer,
    /// as the shared licence table will.
    static let phoneSystemSKUs: [String] = {
        let text = (try? String(contentsOf: TestPaths.content.appendingPathComponent("licences.yaml"), encoding: .utf8)) ?? ""
        var skus: [String] = [], current: String?, inSkus = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("skus:") { inSkus = true; continue }
            if inSkus, !line.hasPrefix(" "), !line.isEmpty, !line.hasPrefix("#") { inSkus = false }
            guard inSkus else { continue }
            if line.hasPrefix("  "), !line.hasPrefix("   "), line.hasSuffix(":") { current = String(line.dropFirst(2).dropLast()) }
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("gives:"), line.contains("phone-system"), let current { skus.append(current) }
        }
        return skus
    }()

    static func script(_ code: String, _ connectivity: Connectivity = .callingPlan, features: Set<Feature> = [], language: Language = .english,
                       answers: String? = nil) throws -> String {
        let answersFile = try answers.map { try AnswersFile.load(from: TestPaths.content.appendingPathComponent("examples/\($0)"), displayPath: $0) } ?? AnswersFile()
        let plan = try Planner().plan(content.steps(in: language),
                                      options: PlanOptions(country: try #require(content.countries.country(code)), connectivity: connectivity, features: features),
                                      language: language).get()
        return PowerShellScriptWriter(plan: plan, answers: answersFile, phoneSystemSKUs: phoneSystemSKUs).script()
    }

    static let allFeatures: Set<Feature> = Set(Feature.allCases)

    @Test("every number order has a search key; the US searches user numbers by address or prefix, never by area code")
    func searchKeys() throws {
        for code in ["US", "FR", "GB", "CA", "AU"] {
            let text = try Self.script(code, features: Self.allFeatures)
            let orders = text.split(separator: "\n").filter { $0.contains("New-CsOnlineTelephoneNumberOrder") }
            for order in orders {
                #expect(order.contains("-CivicAddressId") || order.contains("-NumberPrefix") || order.contains("-AreaCode"), "\(code): \(order)")
                if code == "US", order.contains("'UserSubscriber'") { #expect(!order.contains("-AreaCode"), "\(order)") }
            }
            if !orders.isEmpty { #expect(text.contains("Get-CsOnlineTelephoneNumberType -Country"), "\(code) asks which searches are allowed") }
            #expect(!text.contains("VoiceApplicationToll"))
        }
    }

    @Test("the order is polled until Reserved, Expired and Error stop cleanly, and completion checks the expiry first")
    func orderWait() throws {
        let text = try Self.script("US", features: Self.allFeatures)
        let poll = try #require(text.range(of: "Get-CsOnlineTelephoneNumberOrder -OrderId $OrderId"))
        let complete = try #require(text.range(of: "Complete-CsOnlineTelephoneNumberOrder -OrderId $OrderId"))
        #expect(poll.lowerBound < complete.lowerBound)
        #expect(text.contains("@('Reserved', 'Expired', 'Error') -contains $Order.Status"))
        #expect(text.contains("if ($Order.Status -eq 'Expired') { Stop-Plan"))
        #expect(text.contains("if ($Order.Status -eq 'Error') { Stop-Plan"))
        #expect(text.contains("$deadline = (Get-Date).AddMinutes("), "the wait is bounded")
        let expiry = try #require(text.range(of: "ReservationExpiryDate).ToUniversalTime() -le"))
        #expect(expiry.lowerBound < complete.lowerBound)
    }

    @Test("addresses carry coordinates where the country needs them, keep house number and postcode, and NotValidated never throws")
    func addresses() throws {
        for code in ["FR", "US", "DE"] {
            let text = try Self.script(code)
            let create = try #require(text.split(separator: "\n").first { $0.contains("New-CsOnlineLisCivicAddress") })
            #expect(create.contains("-Latitude $EmergencyAddresses_Latitude -Longitude $EmergencyAddresses_Longitude"), "\(code): \(create)")
            #expect(text.contains("[Parameter(Mandatory = $true)] [string] $EmergencyAddresses_Latitude"))
            #expect(text.contains("$fields['HouseNumber'] = $EmergencyAddresses_HouseNumber"))
            #expect(text.contains("$fields['PostalCode'] = $EmergencyAddresses_PostalCode"))
            #expect(!text.contains("throw"), "a status Microsoft has yet to set is no error")
            #expect(text.contains("if ($checked.ValidationStatus -ne 'Valid') {\n        Stop-Plan"))
        }
        let australia = try Self.script("AU")
        #expect(!australia.contains("Latitude"), "Australia needs no coordinates")
        let french = try Self.script("FR", answers: "demo-fr.yaml")
        #expect(french.contains("-HouseNumber '12'") && french.contains("-PostalCode '69002'") && french.contains("-Latitude '45.7640'"))
    }

    @Test("assignments carry the place given, or the one the script created")
    func locations() throws {
        let text = try Self.script("FR", answers: "demo-fr.yaml")
        #expect(text.contains("$assignLocation = $LocationIds['3e étage']"))
        #expect(text.contains("-PhoneNumberType CallingPlan -LocationId $assignLocation"))
        let bare = try Self.script("GB")
        #expect(bare.contains("$assignLocation = (@($LocationIds.Values) | Select-Object -First 1)"))
    }

    @Test("Phone System from a bundle counts: the SKUs of content/licences.yaml are in the script")
    func bundles() throws {
        #expect(Self.phoneSystemSKUs.contains("SPE_E5"), "the table gives E5")
        let text = try Self.script("FR", .directRouting)
        for sku in Self.phoneSystemSKUs { #expect(text.contains("    '\(sku)'"), "\(sku)") }
        #expect(text.contains("Where-Object { $PhoneSystemSkus -contains $_.SkuPartNumber }"))
        #expect(text.contains("Where-Object { $PhoneSystemSkus -contains $_ }"))
        #expect(PowerShellLicenceBundles.phoneSystemSKUs(nil) == ["MCOEV"])
        #expect(PowerShellLicenceBundles.phoneSystemSKUs(["SPE_E5", "MCOEV", " "]) == ["MCOEV", "SPE_E5"])
    }

    @Test("#Requires names every module, and the script connects with the scopes it needs")
    func connection() throws {
        let text = try Self.script("FR", features: Self.allFeatures)
        let requires = try #require(text.split(separator: "\n").first { $0.hasPrefix("#Requires") })
        for module in ["MicrosoftTeams", "Microsoft.Graph.Authentication", "Microsoft.Graph.Users", "Microsoft.Graph.Users.Actions",
                       "Microsoft.Graph.Identity.DirectoryManagement"] {
            #expect(requires.contains(module + ",") || requires.hasSuffix(module), "\(module)")
        }
        #expect(text.contains("Connect-MicrosoftTeams"))
        #expect(text.contains("$GraphScopes = @('User.ReadWrite.All', 'Organization.Read.All')"))
        #expect(text.contains("Connect-MgGraph -Scopes $GraphScopes"))
    }

    @Test("Direct Routing routes and assigns DirectRouting numbers; Operator Connect assigns its numbers")
    func connectivity() throws {
        let direct = try Self.script("BR", .directRouting)
        for line in ["Get-CsOnlinePSTNGateway", "Set-CsOnlinePstnUsage -Identity Global -Usage @{ Add = $routing }", "New-CsOnlineVoiceRoute -Identity $routing",
                     "New-CsOnlineVoiceRoutingPolicy -Identity $routing", "-PhoneNumberType DirectRouting", "Grant-CsOnlineVoiceRoutingPolicy -Identity $upn -PolicyName $routing",
                     "[Parameter(Mandatory = $true)] [string] $DirectRoutingNumbersFile"] {
            #expect(direct.contains(line), "\(line)")
        }
        let operatorConnect = try Self.script("BR", .operatorConnect, features: [.callQueues])
        #expect(operatorConnect.contains("Get-CsPhoneNumberAssignment -NumberType OperatorConnect"))
        #expect(operatorConnect.contains("-PhoneNumberType OperatorConnect"))
        #expect(!operatorConnect.contains("-PhoneNumberType CallingPlan"))
    }

    /// The declared parameters of a script.
    static func parameters(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("    [Parameter") || line.hasPrefix("    [string] $"), let range = line.range(of: "[string] ") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != " " && $0 != "," })
        }
    }

    @Test("every parameter is used, none is named inside single quotes, and no path of the writing machine is in the script")
    func hygiene() throws {
        for (code, connectivity) in [("US", Connectivity.callingPlan), ("FR", .callingPlan), ("BR", .directRouting), ("GB", .operatorConnect)] {
            for language in [Language.english, .french] {
                let text = try Self.script(code, connectivity, features: Self.allFeatures, language: language)
                let lines = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") && !$0.hasPrefix("    [") }
                for parameter in Self.parameters(text) {
                    #expect(lines.contains { $0.contains(parameter) }, "\(parameter) is asked for and never used")
                    #expect(!lines.contains { $0.contains("'\(parameter)") || $0.contains(" \(parameter) ') ") }, "\(parameter) in single quotes")
                }
                // the marked-parameter idiom: a name in a message is joined, never quoted
                #expect(!text.contains("\u{E000}") && !text.contains("\u{E001}"))
            }
        }
        let french = try Self.script("FR", answers: "demo-fr.yaml")
        #expect(!french.contains("content/examples"), "the answers' path stays out of the script")
        #expect(french.contains("[string] $ImportUsers_File = 'demo-users.csv'"))
    }

    @Test("a French plan speaks French in every message it prints")
    func french() throws {
        for connectivity in Connectivity.allCases {
            let text = try Self.script(connectivity == .callingPlan ? "FR" : "BR", connectivity, features: Self.allFeatures, language: .french)
            for english in ["done: ", "already there", "to do by hand", "Run the script again", "run the script again", "numbers reserved", "search of ",
                            "address removed", "place removed", "bridge number", "languages of", "PIN length", "No free", "voice route", "Default menu"] {
                #expect(!text.contains(english), "\(connectivity): English '\(english)' in a French plan")
            }
        }
    }

    @Test("-WhatIf: the script supports ShouldProcess and every change runs inside it")
    func whatIf() throws {
        let changes = ["New-Cs", "Set-Cs", "Complete-Cs", "Clear-Cs", "Remove-Cs", "Register-Cs", "Grant-Cs", "Set-MgUserLicense", "Update-MgUser"]
        for (code, connectivity) in [("US", Connectivity.callingPlan), ("FR", .callingPlan), ("BR", .directRouting), ("GB", .operatorConnect)] {
            let text = try Self.script(code, connectivity, features: Self.allFeatures)
            #expect(text.contains("[CmdletBinding(SupportsShouldProcess = $true)]"))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (index, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                guard let change = changes.first(where: { line.contains($0 + (line.contains($0 + "-") ? "-" : "")) }),
                      line.range(of: change).map({ !line[..<$0.lowerBound].contains("'") }) ?? false else { continue }
                // inside a ShouldProcess block: some enclosing line (less indented, above) asks it
                var indent = line.prefix { $0 == " " }.count
                var guarded = line.contains("$PSCmdlet.ShouldProcess(")
                var above = index - 1
                while !guarded, indent > 0, above >= 0 {
                    let candidate = lines[above]
                    let candidateIndent = candidate.prefix { $0 == " " }.count
                    if candidateIndent < indent, !candidate.trimmingCharacters(in: .whitespaces).isEmpty {
                        guarded = candidate.contains("$PSCmdlet.ShouldProcess(")
                        indent = candidateIndent
                    }
                    above -= 1
                }
                #expect(guarded, "\(code) line \(index + 1) changes the tenant outside ShouldProcess: \(line)")
            }
        }
    }

    @Test("a message naming a parameter joins it as a variable")
    func expression() {
        #expect(PowerShellText.expression("Send \(PowerShellText.reference("$City_X")) now") == "('Send ' + $City_X + ' now')")
        #expect(PowerShellText.expression("\(PowerShellText.reference("$have")) numbers") == "('' + $have + ' numbers')")
        #expect(PowerShellText.expression("plain 'quoted'") == "'plain ''quoted'''")
        // a mark around anything but a variable name stays text
        #expect(PowerShellText.expression("\u{E000}$(rm)\u{E001}") == "'$(rm)'")
        #expect(PowerShellText.quoted("a\u{E000}b") == "'ab'")
    }

    @Test("every hostile value, line breaks included, stays inside a string literal on the parse tree", arguments: ["FR", "US"])
    func hostileOnTheParseTree(country: String) throws {
        let python = TestPaths.packageRoot.appendingPathComponent(".build/pytools/bin/python")
        try #require(FileManager.default.isExecutableFile(atPath: python.path), "run 'bash scripts/setup.sh --with-test-tools'")
        var answers = AnswersFile()
        let p = PowerShellScriptTests.hostile + ["Back`tick ${env:PATH} \u{201C}x\u{201D}"]
        answers.inputs = [
            "emergency-addresses": ["description": p[0], "company": p[1], "street": p[2], "city": p[3], "place": p[4], "houseNumber": p[5]],
            "import-users": ["file": p[1]],
            "user-numbers": ["city": p[3]], "user-numbers-request": ["city": p[4], "quantity": p[0]],
            "call-queues": ["name": p[2], "upn": p[0], "agents": p[3]],
            "assign-service-numbers": ["resourceAccount": p[4]],
        ]
        let plan = try Planner().plan(Self.content.steps(in: .english),
                                      options: PlanOptions(country: try #require(Self.content.countries.country(country)), features: [.callQueues]),
                                      language: .english).get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("hostile.ps1")
        try PowerShellScriptWriter(plan: plan, answers: answers, phoneSystemSKUs: Self.phoneSystemSKUs).script().write(to: script, atomically: true, encoding: .utf8)
        let payloads = folder.appendingPathComponent("payloads.jsonl")
        // what the script holds of each payload: the writer turns line breaks into spaces
        let written = p.map { PowerShellText.oneLine($0) }
        try written.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }.joined(separator: "\n").write(to: payloads, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = python
        process.arguments = [TestPaths.packageRoot.appendingPathComponent("scripts/check-powershell.py").path, "--hostile", payloads.path, script.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(report)")
        #expect(!report.contains("hostile-"), "\(report)")
    }
}
