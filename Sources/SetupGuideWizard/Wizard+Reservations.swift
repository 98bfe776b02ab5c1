import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine
internal import SetupGuideVerification

/// Reserved numbers: the countdown before they go back to the pool, and the go-ahead to acquire them.
extension Wizard {
    /// Shows the time left on a reservation and asks to acquire while it holds.
    func confirmReservation(_ id: String) -> Bool {
        guard let expiry = try? engine.reservationExpiry(id) else { return true }
        let left = max(0, Int(expiry.timeIntervalSince(engine.now)))
        io.say(theme.warning(BilingualText("Numbers reserved: \(left / 60):\(String(format: "%02d", left % 60)) left before they go back to the pool.",
                               "Numéros réservés : \(left / 60):\(String(format: "%02d", left % 60)) avant leur retour au stock.")[language]))
        guard canAsk, !assumeYes else { return true }
        return confirm(BilingualText("Acquire them now? [Y/n] ", "Les acquérir maintenant ? [O/n] ")[language], byDefault: true)
    }
}
