internal import Foundation
internal import SetupGuideModel

/// The PowerShell lines of one action call, from its bound arguments, its step and the plan.
///
/// Each action has its own method (in the `PowerShellActionScript+Area.swift` files), listed
/// once in ``lines``, so one action's script can be rewritten without touching the others.
struct PowerShellActionScript {
    typealias Value = PowerShellScriptWriter.Value

    /// The action called.
    let action: ActionName
    /// Its arguments, bound by ``StepArgumentBinder``.
    let arguments: [String: Value]
    /// The step that calls it.
    let step: Step
    /// The plan the script performs.
    let plan: Plan

    var language: Language { plan.language }

    /// The action's lines: the table from action to the method that writes it.
    var lines: [String] {
        switch action {
        case .tenantSetCountry: tenantSetCountry()
        case .tenantSetConnectivity: tenantSetConnectivity()
        case .licencesBuy: licencesBuy()
        case .licencesAssign: licencesAssign()
        case .usersImport: usersImport()
        case .numbersSearch: numbersSearch()
        case .numbersAcquire: numbersAcquire()
        case .numbersRelease: numbersRelease()
        case .numbersRequest: numbersRequest()
        case .numbersPort: numbersPort()
        case .addressesCreate: addressesCreate()
        case .addressesValidate: addressesValidate()
        case .addressesRemove: addressesRemove()
        case .locationsCreate: locationsCreate()
        case .locationsRemove: locationsRemove()
        case .numbersAssign: numbersAssign()
        case .numbersUnassign: numbersUnassign()
        case .usersNotify: usersNotify()
        case .conferencingSetProvider: conferencingSetProvider()
        case .conferencingAssignBridgeNumber: conferencingAssignBridgeNumber()
        case .conferencingSetLanguages: conferencingSetLanguages()
        case .conferencingSetPinLength: conferencingSetPinLength()
        case .conferencingSetInvitations: conferencingSetInvitations()
        case .resourceAccountsCreate: resourceAccountsCreate()
        case .callQueuesCreate: callQueuesCreate()
        case .autoAttendantsCreate: autoAttendantsCreate()
        case .serviceNumbersAssign: serviceNumbersAssign()
        case .creditsFund: creditsFund()
        case .creditsSetAutoRecharge: creditsSetAutoRecharge()
        }
    }

    // MARK: - Shared by the actions

    func value(_ name: String) -> Value? { arguments[name] }

    /// The argument's code, or `fallback` quoted.
    func code(_ name: String, _ fallback: String) -> String { value(name)?.code ?? PowerShellText.quoted(fallback) }

    /// The argument's literal text, or its code when it is a parameter.
    func text(_ name: String) -> String { value(name)?.literal ?? value(name)?.code ?? "" }

    /// Work done by hand: a line that says what to do.
    func todo(_ english: String, _ french: String) -> [String] {
        ["Write-Todo " + PowerShellText.quoted(BilingualText(english, french)[language])]
    }

    /// The users a selector names, as a PowerShell expression.
    func users(_ selector: Value?) -> String {
        guard let selector else { return "$Users" }
        guard case .literal(let text) = selector else { return "@(\(selector.code) -split ',')" }
        switch text.lowercased() {
        case "", "all", "voice": return "$Users"
        default:
            if text.lowercased().hasPrefix("department:") {
                let name = String(text.dropFirst("department:".count)).trimmingCharacters(in: .whitespaces)
                return "@($UserRows | Where-Object Department -eq \(PowerShellText.quoted(name)) | ForEach-Object { $_.UserPrincipalName })"
            }
            return "@(" + text.split(separator: ",").map { PowerShellText.quoted($0.trimmingCharacters(in: .whitespaces)) }.joined(separator: ", ") + ")"
        }
    }

    /// The `-NumberType` of a search, from the kind of number and what it is for.
    func searchType(_ kind: NumberKind, step: Step) -> String {
        switch kind {
        case .user: return "UserSubscriber"
        case .toll: return step.id.contains("conferenc") ? "ConferenceToll" : "VoiceApplicationToll"
        case .tollFree: return step.id.contains("conferenc") ? "ConferenceTollFree" : "VoiceApplicationTollFree"
        }
    }

    func capability(_ kind: NumberKind) -> String {
        kind == .user ? "UserAssignment" : "VoiceApplicationAssignment"
    }
}
