internal import Foundation
internal import SetupGuideModel

// The PowerShell of the actions on audio conferencing: one self-contained method per action.
extension PowerShellActionScript {
    /// `conferencing.set-provider`.
    func conferencingSetProvider() -> [String] {
        if text("provider") == "third-party" {
            return todo("Choose the third-party audio conferencing provider \(text("name")) in the Teams admin center (not possible for Teams-only users).",
                        "Choisissez le fournisseur tiers d'audioconférence \(text("name")) dans le centre d'administration Teams (impossible pour les utilisateurs Teams seuls).")
        }
        return [PowerShellText.comment(BilingualText("Provider: Microsoft, the default with Audio Conferencing licences.",
                                         "Fournisseur : Microsoft, par défaut avec les licences d'audioconférence.")[language])]
    }

    /// `conferencing.assign-bridge-number`.
    func conferencingAssignBridgeNumber() -> [String] {
        let kind = NumberKind(rawValue: text("type")) ?? .toll
        let capability = "ConferenceAssignment"
        return [
            "$bridge = Get-CsOnlineDialInConferencingBridge",
            "$bridgeNumber = " + (value("number").map { $0.code }
                ?? "@(Get-CsPhoneNumberAssignment -CapabilitiesContain \(capability) -PstnAssignmentStatus Unassigned -Top 1000 | Where-Object { $_.NumberType -eq 'CallingPlan' }) | Select-Object -First 1 -ExpandProperty TelephoneNumber"),
            "if (-not $bridgeNumber) { Write-Kept " + say("no free \(kind.rawValue) conference number (already on the bridge?)", "aucun numéro de conférence \(kind.rawValue) libre (déjà sur le pont ?)") + " } else {",
        ] + change("$bridgeNumber", "register the number on the conferencing bridge", "inscrire le numéro sur le pont de conférence", [
            "Register-CsOnlineDialInConferencingServiceNumber -Identity $bridgeNumber -BridgeId $bridge.Identity",
            "Write-Done " + say("bridge number \(v("$bridgeNumber"))", "numéro du pont \(v("$bridgeNumber"))"),
        ]).map { "    " + $0 } + ["}"]
    }

    /// `conferencing.set-languages`.
    func conferencingSetLanguages() -> [String] {
        let alternates = text("alternates").split(separator: ",").map { PowerShellText.quoted($0.trimmingCharacters(in: .whitespaces)) }
        return ["foreach ($number in @((Get-CsOnlineDialInConferencingBridge).ServiceNumbers | ForEach-Object { $_.Number })) {"]
            + change("$number", "set the languages", "régler les langues", [
                "Set-CsOnlineDialInConferencingServiceNumber -Identity $number -PrimaryLanguage \(code("default", "en-US"))"
                    + (alternates.isEmpty ? "" : " -SecondaryLanguages @(\(alternates.joined(separator: ", ")))"),
                "Write-Done " + say("languages of \(v("$number"))", "langues de \(v("$number"))"),
            ]).map { "    " + $0 } + ["}"]
    }

    /// `conferencing.set-pin-length`.
    func conferencingSetPinLength() -> [String] {
        let length = value("length").flatMap(\.literal).flatMap(PowerShellText.integer) ?? "5"
        return change("'PinLength'", "set the PIN length", "régler la longueur du code PIN", [
            "Set-CsOnlineDialInConferencingTenantSettings -PinLength \(length)",
            "Write-Done " + say("PIN length \(length)", "longueur du code PIN \(length)"),
        ])
    }

    /// `conferencing.set-invitations`.
    func conferencingSetInvitations() -> [String] {
        return change("'AutomaticallySendEmailsToUsers'", "set the invitations", "régler les invitations", [
            "Set-CsOnlineDialInConferencingTenantSettings -AutomaticallySendEmailsToUsers \(PowerShellText.boolean(text("sendEmails")))",
            "Write-Done " + say("invitations", "invitations"),
        ])
    }
}
