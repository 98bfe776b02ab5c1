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
    /// The SKU part numbers that give Phone System (``PowerShellLicenceBundles``).
    var phoneSystemSKUs: [String] = [PowerShellLicenceBundles.phoneSystem]

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

    /// The argument's literal text, or its parameter marked for ``PowerShellText/expression(_:)``.
    func text(_ name: String) -> String {
        switch value(name) {
        case .literal(let text): PowerShellText.unmarked(text)
        case .parameter(let variable), .mayBeEmpty(let variable): PowerShellText.reference(variable)
        case nil: ""
        }
    }

    /// A PowerShell variable (or its property) named inside a message, expanded when it runs.
    func v(_ variable: String) -> String { PowerShellText.reference(variable) }

    /// A message in the plan's language, as an expression that expands the parameters it names.
    func say(_ english: String, _ french: String) -> String {
        PowerShellText.expression(BilingualText(english, french)[language])
    }

    /// Work done by hand: a line that says what to do.
    func todo(_ english: String, _ french: String) -> [String] {
        ["Write-Todo " + say(english, french)]
    }

    /// A change to the tenant, run only when `-WhatIf` is not given and `-Confirm` is answered yes.
    func change(_ target: String, _ english: String, _ french: String, _ lines: [String]) -> [String] {
        ["if ($PSCmdlet.ShouldProcess(\(target), \(say(english, french)))) {"] + lines.map { "    " + $0 } + ["}"]
    }

    /// Stops the script cleanly, with what to do and how to run it again.
    func stop(_ english: String, _ french: String) -> String {
        "Stop-Plan " + say(english, french)
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

    /// The `-NumberType` of a search, from the kind of number and what the plan needs it for.
    ///
    /// The values are those Get-CsOnlineTelephoneNumberType lists (there is no generic voice
    /// application type): a call queue's if the plan has call queues, else an auto attendant's,
    /// else a conferencing bridge's.
    func searchType(_ kind: NumberKind, step: Step) -> String {
        if kind == .user { return "UserSubscriber" }
        let features = plan.options.features
        let use = step.id.contains("conferenc") ? "Conference"
            : features.contains(.callQueues) ? "CallQueue"
            : features.contains(.autoAttendants) ? "AutoAttendant" : "Conference"
        return use + (kind == .tollFree ? "TollFree" : "Toll")
    }

    /// The `-PhoneNumberType` of the plan's numbers, from its connectivity.
    var phoneNumberType: String {
        switch plan.options.connectivity {
        case .callingPlan: "CallingPlan"
        case .operatorConnect: "OperatorConnect"
        case .directRouting: "DirectRouting"
        }
    }

    func capability(_ kind: NumberKind) -> String {
        kind == .user ? "UserAssignment" : "VoiceApplicationAssignment"
    }
}
