import SetupGuide

/// The text form of `tenant show`.
enum TenantSummaryText {
    static func render(_ summary: TenantSummary, path: String, language: Language) -> String {
        let none = language.pick("not set", "non défini")
        var lines = [
            language.pick("Tenant \(path)", "Client \(path)"),
            language.pick("  country: ", "  pays : ") + (summary.country ?? none),
            language.pick("  connectivity: ", "  connexion : ") + (summary.connectivity ?? none),
            language.pick("  users: \(summary.users)", "  utilisateurs : \(summary.users)"),
            language.pick("Licences (bought / assigned)", "Licences (achetées / attribuées)"),
        ]
        if summary.licences.isEmpty { lines.append(language.pick("  none", "  aucune")) }
        for stock in summary.licences { lines.append("  \(stock.sku.rawValue): \(stock.purchased) / \(stock.assigned)") }
        lines.append(language.pick("Numbers (acquired, reserved, assigned, quota used / quota)", "Numéros (acquis, réservés, attribués, quota utilisé / quota)"))
        for row in summary.numbers {
            lines.append("  \(row.kind.rawValue): \(row.acquired), \(row.reserved), \(row.assigned), \(row.quotaUsed) / \(row.quota)")
        }
        lines.append(language.pick("  open reservations: \(summary.openReservations)", "  réservations ouvertes : \(summary.openReservations)"))
        lines.append(language.pick("  requests: \(summary.requests), port orders: \(summary.portOrders)",
                                   "  demandes : \(summary.requests), transferts : \(summary.portOrders)"))
        let statuses = summary.addresses.keys.sorted().map { "\($0) \(summary.addresses[$0]!)" }.joined(separator: ", ")
        lines.append(language.pick("Emergency addresses: ", "Adresses d'urgence : ") + (statuses.isEmpty ? "0" : statuses)
            + language.pick(", places: \(summary.locations)", ", lieux : \(summary.locations)"))
        return lines.joined(separator: "\n") + "\n"
    }
}
