internal import Foundation
internal import SetupGuideModel

/// The SKUs whose bundle gives a capability, as the script declares them once at its top.
///
/// The writer is handed the list (``PowerShellScriptWriter/phoneSystemSKUs``) and does not read
/// `content/licences.yaml` itself: the shared licence table will hand it over when it is wired in.
enum PowerShellLicenceBundles {
    /// The Phone System service plan's own SKU, always part of the list.
    static let phoneSystem = "MCOEV"

    /// The SKU part numbers that give Phone System: the ones given, `MCOEV` first, each once.
    static func phoneSystemSKUs(_ given: [String]?) -> [String] {
        var seen: Set<String> = []
        return ([phoneSystem] + (given ?? [])).compactMap { sku in
            let clean = sku.trimmingCharacters(in: .whitespaces)
            return !clean.isEmpty && seen.insert(clean).inserted ? clean : nil
        }
    }

    /// `$PhoneSystemSkus = @('MCOEV', 'SPE_E5', ...)`, one SKU a line so the list stays readable.
    static func declaration(_ skus: [String]) -> [String] {
        ["$PhoneSystemSkus = @("] + skus.map { "    " + PowerShellText.quoted($0) } + [")"]
    }
}
