internal import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning

extension Double {
    /// An amount as messages show it: `50`, `12.50`.
    var amountText: String {
        rounded() == self && abs(self) < 1e12 ? String(Int(self)) : String(format: "%.2f", self)
    }
}
