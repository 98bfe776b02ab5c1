import SetupGuide

/// The text form of `tenant show`.
enum TenantSummaryText {
    static func render(_ summary: TenantSummary, path: String, language: Language) -> String {
        let none = BilingualText("not set", "non défini")[language]
        var lines = [
            BilingualText("Tenant \(path)", "Client \(path)")[language],
            BilingualText("  country: ", "  pays : ")[language] + (summary.country ?? none),
            BilingualText("  connectivity: ", "  connexion : ")[language] + (summary.connectivity ?? none),
            BilingualText("  users: \(summary.users)", "  utilisateurs : \(summary.users)")[language],
            BilingualText("Licences (bought / assigned)", "Licences (achetées / attribuées)")[language],
        ]
        if summary.licences.isEmpty { lines.append(BilingualText("  none", "  aucune")[language]) }
        for stock in summary.licences { lines.append("  \(stock.sku.rawValue): \(stock.purchased) / \(stock.assigned)") }
        lines.append(BilingualText("Numbers (acquired, reserved, assigned, quota used / quota)", "Numéros (acquis, réservés, attribués, quota utilisé / quota)")[language])
        for row in summary.numbers {
            lines.append("  \(row.kind.rawValue): \(row.acquired), \(row.reserved), \(row.assigned), \(row.quotaUsed) / \(row.quota)")
        }
        lines.append(BilingualText("  open reservations: \(summary.openReservations)", "  réservations ouvertes : \(summary.openReservations)")[language])
        lines.append(BilingualText("  requests: \(summary.requests), port orders: \(summary.portOrders)",
                                   "  demandes : \(summary.requests), transferts : \(summary.portOrders)")[language])
        let statuses = summary.addresses.keys.sorted().map { "\($0) \(summary.addresses[$0]!)" }.joined(separator: ", ")
        lines.append(BilingualText("Emergency addresses: ", "Adresses d'urgence : ")[language] + (statuses.isEmpty ? "0" : statuses)
            + BilingualText(", places: \(summary.locations)", ", lieux : \(summary.locations)")[language])
        return lines.joined(separator: "\n") + "\n"
    }
}
