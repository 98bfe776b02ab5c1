public import Foundation
public import SetupGuideModel
internal import Yams

/// Reading the licence table from its YAML file (`content/licences.yaml`).
extension LicenceBundles {
    /// Reads the table; every problem is a diagnostic, and the rows that are usable are kept.
    public static func read(from url: URL, displayPath: String? = nil) -> (LicenceBundles, [Diagnostic]) {
        let path = displayPath ?? url.path
        return YAMLSource.readParsed(
            url, path: path, .init("cannot read the licence table", "impossible de lire la table des licences"),
            hint: .init("create licences.yaml in the content folder, or omit it to use the shipped one",
                        "créez licences.yaml dans le dossier de contenu, ou omettez-le pour utiliser celui livré"),
            empty: LicenceBundles(), parse)
    }

    /// Parses the table's YAML: `source`, `servicePlans` (plan → capability) and `skus` (part
    /// number → name, gives, servicePlans). A row whose `gives` is not what its service plans
    /// give is refused, so a copying slip cannot credit a SKU with Phone System.
    public static func parse(_ text: String, path: String) -> (LicenceBundles, [Diagnostic]) {
        let source = YAMLSource(path: path, text: text, firstLine: 1)
        let root: Node?
        switch source.compose(.malformedLicences, hint: .init("fix the YAML of the licence table", "corrigez le YAML de la table des licences")) {
        case .success(let node): root = node
        case .failure(let error): return (LicenceBundles(), [error.diagnostic])
        }
        var diagnostics: [Diagnostic] = []
        func problem(_ node: Node?, _ message: BilingualText, _ hint: BilingualText) {
            let at = node.map(source.location(of:)) ?? source.location(line: 1, column: 1)
            diagnostics.append(Diagnostic(.malformedLicences, at: at, message, hint: hint))
        }
        guard let top = root?.pairs else {
            problem(root, .init("the licence table must be a mapping with source, servicePlans and skus",
                                "la table des licences doit être un dictionnaire avec source, servicePlans et skus"),
                    .init("start with 'source:' naming Microsoft's reference", "commencez par « source: » qui nomme la référence de Microsoft"))
            return (LicenceBundles(), diagnostics)
        }
        let field = { (name: String) in top.first { $0.key == name } }
        let sourceText = field("source")?.value.text ?? ""
        if sourceText.isEmpty {
            problem(root, .init("the licence table does not say where its facts come from", "la table des licences ne dit pas d'où viennent ses faits"),
                    .init("add 'source:' with the reference's path and commit", "ajoutez « source: » avec le chemin et le commit de la référence"))
        }

        // Service plan → capability.
        var plans: [String: LicenceBundles.Capability] = [:]
        for (plan, planNode, value) in field("servicePlans")?.value.pairs ?? [] {
            let word = value.pairs?.first { $0.key == "capability" }?.value
            guard let text = word?.text, let capability = LicenceBundles.Capability(rawValue: text) else {
                problem(word ?? planNode, .init("service plan \(plan) has no known capability", "le plan de service \(plan) n'a pas de capacité connue"),
                        Self.capabilityHint)
                continue
            }
            plans[plan] = capability
        }

        var rows: [LicenceBundles.Bundle] = []
        guard let skus = field("skus")?.value.pairs else {
            problem(field("skus")?.keyNode ?? root, .init("the licence table has no 'skus' mapping", "la table des licences n'a pas de dictionnaire « skus »"),
                    .init("map each SKU part number to name, gives and servicePlans", "associez chaque référence de SKU à name, gives et servicePlans"))
            return (LicenceBundles(source: sourceText), diagnostics)
        }
        for (partNumber, partNode, value) in skus {
            guard let fields = value.pairs else {
                problem(value, .init("SKU \(partNumber) must be a mapping", "le SKU \(partNumber) doit être un dictionnaire"),
                        .init("give it name, gives and servicePlans", "donnez-lui name, gives et servicePlans"))
                continue
            }
            var name = "", gives: [LicenceBundles.Capability] = [], servicePlans: [String] = []
            var givesNode: Node?
            var usable = true
            for (key, keyNode, item) in fields {
                switch key {
                case "name":
                    name = item.text ?? ""
                case "gives":
                    givesNode = item
                    for word in item.sequence.map(Array.init) ?? [item] {
                        if let text = word.text, let capability = LicenceBundles.Capability(rawValue: text) {
                            gives.append(capability)
                        } else {
                            usable = false
                            problem(word, .init("SKU \(partNumber): '\(word.text ?? "?")' is not a capability",
                                                "SKU \(partNumber) : « \(word.text ?? "?") » n'est pas une capacité"), Self.capabilityHint)
                        }
                    }
                case "servicePlans":
                    guard let list = item.stringList else {
                        usable = false
                        problem(item, .init("SKU \(partNumber): servicePlans must be a list of plan names",
                                            "SKU \(partNumber) : servicePlans doit être une liste de plans"),
                                .init("write 'servicePlans: [MCOEV, MCOMEETADV]'", "écrivez « servicePlans: [MCOEV, MCOMEETADV] »"))
                        continue
                    }
                    servicePlans = list
                    for plan in list where plans[plan] == nil {
                        usable = false
                        problem(item, .init("SKU \(partNumber): service plan \(plan) is not in servicePlans",
                                            "SKU \(partNumber) : le plan de service \(plan) n'est pas dans servicePlans"),
                                .init("add the plan to servicePlans with its capability, as the reference prints it",
                                      "ajoutez le plan à servicePlans avec sa capacité, comme la référence l'écrit"))
                    }
                default:
                    problem(keyNode, .init("SKU \(partNumber): unknown key '\(key)'", "SKU \(partNumber) : clé inconnue « \(key) »"),
                            .init("use name, gives and servicePlans", "utilisez name, gives et servicePlans"))
                }
            }
            if name.isEmpty || gives.isEmpty || servicePlans.isEmpty {
                problem(partNode, .init("SKU \(partNumber) needs a name, what it gives and its service plans",
                                        "le SKU \(partNumber) doit avoir un nom, ce qu'il donne et ses plans de service"),
                        .init("write name, gives and servicePlans as its row in the reference", "écrivez name, gives et servicePlans comme sa ligne dans la référence"))
                continue
            }
            guard usable else { continue }
            let fromPlans = Set(servicePlans.compactMap { plans[$0] })
            if fromPlans != Set(gives) {
                problem(givesNode ?? partNode,
                        .init("SKU \(partNumber) gives [\(gives.map(\.rawValue).joined(separator: ", "))] but its service plans give [\(fromPlans.map(\.rawValue).sorted().joined(separator: ", "))]",
                              "le SKU \(partNumber) donne [\(gives.map(\.rawValue).joined(separator: ", "))] mais ses plans de service donnent [\(fromPlans.map(\.rawValue).sorted().joined(separator: ", "))]"),
                        .init("copy gives from the capabilities of the row's service plans", "recopiez gives depuis les capacités des plans de service de la ligne"))
                continue
            }
            rows.append(.init(partNumber: partNumber, name: name, gives: gives, servicePlans: servicePlans,
                              line: source.location(of: partNode).line))
        }
        return (LicenceBundles(source: sourceText, skus: rows), diagnostics)
    }

    static let capabilityHint = BilingualText(
        "use one of: \(LicenceBundles.Capability.allCases.map(\.rawValue).joined(separator: ", "))",
        "utilisez l'une de : \(LicenceBundles.Capability.allCases.map(\.rawValue).joined(separator: ", "))")
}
