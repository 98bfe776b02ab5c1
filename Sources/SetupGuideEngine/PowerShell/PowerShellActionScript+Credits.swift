internal import Foundation
internal import SetupGuideModel

// The PowerShell of the actions on Communications Credits: one self-contained method per action.
extension PowerShellActionScript {
    /// `credits.fund`.
    func creditsFund() -> [String] {
        return todo("Fund Communications Credits with \(text("amount")) \(text("currency").isEmpty ? "USD" : text("currency")) (Microsoft 365 admin center > Billing > Purchase services; at least 50 USD the first time).",
                    "Alimentez les crédits de communication de \(text("amount")) \(text("currency").isEmpty ? "USD" : text("currency")) (centre d'administration Microsoft 365 > Facturation > Acheter des services ; 50 USD au moins la première fois).")
    }

    /// `credits.set-auto-recharge`.
    func creditsSetAutoRecharge() -> [String] {
        return todo("Set auto-recharge: when the balance falls below \(text("trigger")), add \(text("amount")) (Microsoft 365 admin center > Billing).",
                    "Réglez la recharge automatique : sous \(text("trigger")), ajouter \(text("amount")) (centre d'administration Microsoft 365 > Facturation).")
    }
}
