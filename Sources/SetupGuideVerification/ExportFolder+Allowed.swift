internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

extension ExportFolder {
    /// Values the cmdlets document, in their own spelling: the `enums` of
    /// `scripts/powershell/cmdlets.json` (built from Microsoft's cmdlet pages), plus the few
    /// values in ``supplements`` whose source is named there. A test holds these lists to that
    /// file, so they cannot drift apart. A value outside them is a warning, never an error.
    enum Allowed {
        static let accountType = values("Get-CsOnlineUser.AccountType")
        static let numberType = values("Get-CsPhoneNumberAssignment.NumberType")
        static let activationState = values("Get-CsPhoneNumberAssignment.ActivationState")
        static let assignmentStatus = values("Get-CsPhoneNumberAssignment.PstnAssignmentStatus")
        static let capability = values("Get-CsPhoneNumberAssignment.Capability")
        static let numberSource = values("Get-CsPhoneNumberAssignment.NumberSource")
        static let validationStatus = values("Get-CsOnlineLisCivicAddress.ValidationStatus")

        /// The `enums` values of `cmdlets.json`, by `Cmdlet.Field`, as that file lists them.
        package static let documented: [String: [String]] = [
            "Get-CsOnlineUser.AccountType": ["User", "ResourceAccount", "Guest", "SfBOnPremUser", "IneligibleUser"],
            "Get-CsPhoneNumberAssignment.NumberType": ["DirectRouting", "CallingPlan", "OperatorConnect"],
            "Get-CsPhoneNumberAssignment.ActivationState": ["Activated", "AssignmentPending", "AssignmentFailed", "UpdatePending", "UpdateFailed"],
            "Get-CsPhoneNumberAssignment.PstnAssignmentStatus": [
                "Unassigned", "UserAssigned", "ConferenceAssigned", "VoiceApplicationAssigned", "ThirdPartyAppAssigned", "PolicyAssigned",
            ],
            "Get-CsPhoneNumberAssignment.Capability": ["ConferenceAssignment", "VoiceApplicationAssignment", "UserAssignment", "TeamsPhoneMobile"],
            "Get-CsPhoneNumberAssignment.NumberSource": ["Online", "OnPremises"],
            "Get-CsOnlineLisCivicAddress.ValidationStatus": ["Valid", "Invalid", "Notvalidated"],
        ]

        /// Values the cmdlets write that the `enums` lists of `cmdlets.json` leave out, each with
        /// where Microsoft shows it.
        package static let supplements: [String: [(value: String, source: String)]] = [
            "Get-CsOnlineUser.AccountType": [
                // cmdlets.json's own "also": the NOTES of Get-CsOnlineUser.md say Unknown "will be
                // renamed" IneligibleUser, so exports of older modules and clouds still hold it.
                ("Unknown", "Get-CsOnlineUser.md NOTES, via cmdlets.json enums 'also'"),
            ],
            "Get-CsPhoneNumberAssignment.Capability": [
                // Examples 16 and 17 of the page's newer revision print
                // "Capability : {Geographic, InboundCalling, OutboundCalling, UserAssignment}".
                ("Geographic", "Get-CsPhoneNumberAssignment.md Examples 16-17, pavellatif/office-docs-powershell@6bd2a04f"),
                ("InboundCalling", "Get-CsPhoneNumberAssignment.md Examples 16-17, pavellatif/office-docs-powershell@6bd2a04f"),
                ("OutboundCalling", "Get-CsPhoneNumberAssignment.md Examples 16-17, pavellatif/office-docs-powershell@6bd2a04f"),
            ],
            "Get-CsOnlineLisCivicAddress.ValidationStatus": [
                // cmdlets.json's note: Get-CsOnlineLisLocation.md spells the passing status Validated.
                ("Validated", "Get-CsOnlineLisLocation.md -ValidationStatus, via cmdlets.json enums 'note'"),
            ],
        ]

        /// The documented values of `key`, then its supplements.
        package static func values(_ key: String) -> [String] {
            (documented[key] ?? []) + (supplements[key] ?? []).map(\.value)
        }
    }
}
