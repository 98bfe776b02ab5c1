import SetupGuide

/// The text form of `tenant show`: every count with what it counts, in the admin's language;
/// the names (licences, connectivity, number kinds, address statuses) come from the model and the
/// engine, never a code alone.
enum TenantSummaryText {
    static func render(_ summary: TenantSummary, path: String, language: Language) -> String {
        let none = BilingualText("not set", "non défini")[language]
        let colon = BilingualText(": ", " : ")[language]
        let country = summary.country.map { code in summary.countryName.map { "\($0[language]) (\(code))" } ?? code }
        let connectivity = summary.connectivity.map { Connectivity(rawValue: $0)?.label(in: language) ?? $0 }
        var lines = [
            BilingualText("Tenant \(path)", "Client \(path)")[language],
            BilingualText("  country", "  pays")[language] + colon + (country ?? none),
            BilingualText("  connectivity", "  connexion")[language] + colon + (connectivity ?? none),
            BilingualText("  users", "  utilisateurs")[language] + colon + "\(summary.users)",
            BilingualText("Licences (bought / assigned)", "Licences (achetées / attribuées)")[language],
        ]
        if summary.licences.isEmpty { lines.append(BilingualText("  none", "  aucune")[language]) }
        for stock in summary.licences {
            let bought = BilingualText.counting(stock.purchased, ("bought", "bought"), ("achetée", "achetées"))
            let given = BilingualText.counting(stock.assigned, ("assigned", "assigned"), ("attribuée", "attribuées"))
            lines.append("  " + stock.sku.label[language] + colon + bought[language] + ", " + given[language])
        }
        lines.append(BilingualText("Numbers", "Numéros")[language])
        for row in summary.numbers {
            let counts = [
                BilingualText.counting(row.acquired, ("acquired", "acquired"), ("acquis", "acquis")),
                BilingualText.counting(row.reserved, ("reserved", "reserved"), ("réservé", "réservés")),
                BilingualText.counting(row.assigned, ("assigned", "assigned"), ("attribué", "attribués")),
            ].map { $0[language] }.joined(separator: ", ")
            let quota = BilingualText("quota: \(row.quotaUsed) of \(row.quota) used",
                                      "quota : \(row.quotaUsed) utilisé\(row.quotaUsed > 1 ? "s" : "") sur \(row.quota)")[language]
            lines.append("  " + row.kind.numbersName[language] + colon + counts + BilingualText("; ", " ; ")[language] + quota)
        }
        lines.append(BilingualText("  open reservations", "  réservations ouvertes")[language] + colon + "\(summary.openReservations)")
        lines.append(BilingualText("  number requests", "  demandes de numéros")[language] + colon + "\(summary.requests)"
            + ", " + BilingualText("port orders", "commandes de transfert")[language] + colon + "\(summary.portOrders)")
        let statuses = summary.addresses.keys.sorted().map { status in
            let count = summary.addresses[status] ?? 0
            return (ValidationStatus(rawValue: status)?.counted(count) ?? .init("\(count) with status \(status)", "\(count) au statut \(status)"))[language]
        }.joined(separator: ", ")
        lines.append(BilingualText("Emergency addresses", "Adresses d'urgence")[language] + colon + (statuses.isEmpty ? BilingualText("none", "aucune")[language] : statuses))
        lines.append(BilingualText("  places", "  lieux")[language] + colon + "\(summary.locations)")
        return lines.joined(separator: "\n") + "\n"
    }
}
