public import Foundation
public import SetupGuideModel
internal import Yams
internal import SetupGuidePlanning

/// Reading the country catalogue from its YAML file.
extension CountryCatalogue {
    /// Reads the catalogue; every problem is a diagnostic, and the countries that are usable are kept.
    public static func read(from url: URL, displayPath: String? = nil) -> (CountryCatalogue, [Diagnostic]) {
        let path = displayPath ?? url.path
        return YAMLSource.readParsed(
            url, path: path, .init("cannot read the country catalogue", "impossible de lire le catalogue des pays"),
            hint: .init("create countries.yaml in the content folder (see docs/guide-format.md)",
                        "créez countries.yaml dans le dossier de contenu (voir docs/guide-format.md)"),
            empty: CountryCatalogue([]), parse)
    }

    /// Reads the catalogue and fails on the first problem.
    public static func load(from url: URL) throws -> CountryCatalogue {
        let (catalogue, diagnostics) = read(from: url)
        if let first = diagnostics.first(where: { $0.severity == .error }) { throw ContentError(first) }
        return catalogue
    }

    /// Parses catalogue YAML.
    public static func parse(_ text: String, path: String) -> (CountryCatalogue, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let source = YAMLSource(path: path, text: text, firstLine: 1)
        let root: Node?
        switch source.compose(
            .malformedCountries, hint: .init("fix the YAML of the country catalogue", "corrigez le YAML du catalogue des pays")) {
        case .success(let node): root = node
        case .failure(let error): return (CountryCatalogue([]), [error.diagnostic])
        }
        guard let entries = root?.pairs else {
            return (CountryCatalogue([]), [
                Diagnostic(.malformedCountries, at: source.location(line: 1, column: 1),
                           .init("the country catalogue must map ISO codes to countries",
                                 "le catalogue des pays doit associer des codes ISO à des pays"),
                           hint: .init("start with 'FR:' and its facts", "commencez par « FR: » et ses faits"))
            ])
        }
        var countries: [Country] = []
        for (code, codeNode, value) in entries {
            let at = source.location(of: codeNode)
            func problem(_ id: DiagnosticID, _ node: Node?, _ message: BilingualText, _ hint: BilingualText) {
                diagnostics.append(Diagnostic(id, at: node.map(source.location(of:)) ?? at, message, hint: hint))
            }
            guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                problem(.malformedCountries, codeNode,
                        .init("'\(code)' is not an ISO 3166-1 alpha-2 code", "« \(code) » n'est pas un code ISO 3166-1 alpha-2"),
                        .init("write two capital letters such as FR", "écrivez deux lettres majuscules, par exemple FR"))
                continue
            }
            guard let fields = value.pairs else {
                problem(.malformedCountries, value, .init("country \(code) must be a mapping", "le pays \(code) doit être un dictionnaire"),
                        .init("give it name, calling-plans and facts", "donnez-lui name, calling-plans et facts"))
                continue
            }
            var nameFrench = "", nameEnglish = ""
            var skus: [Licence] = []
            var facts: [CountryFact: String] = [:]
            var assumptions: [String] = []
            for (key, keyNode, field) in fields {
                switch key {
                case "name":
                    nameFrench = field.pairs?.first { $0.key == "fr" }?.value.text ?? ""
                    nameEnglish = field.pairs?.first { $0.key == "en" }?.value.text ?? ""
                    if nameFrench.isEmpty || nameEnglish.isEmpty {
                        problem(.malformedCountries, field,
                                .init("country \(code) needs a name in French and English", "le pays \(code) doit avoir un nom en français et en anglais"),
                                .init("write 'name: { fr: …, en: … }'", "écrivez « name: { fr: …, en: … } »"))
                    }
                case "calling-plans":
                    for item in field.sequence.map(Array.init) ?? [] {
                        if let text = item.text, let licence = Licence(rawValue: text), licence.isCallingPlan {
                            skus.append(licence)
                        } else {
                            let text = item.text ?? ""
                            problem(.malformedCountries, item,
                                    .init("'\(text)' is not a Calling Plan SKU", "« \(text) » n'est pas une référence (SKU) de forfait d'appels"),
                                    .init("use MCOPSTN1, MCOPSTN2, MCOPSTN5 or MCOPSTNPP", "utilisez MCOPSTN1, MCOPSTN2, MCOPSTN5 ou MCOPSTNPP"))
                        }
                    }
                case "facts":
                    for (factName, factKey, factValue) in field.pairs ?? [] {
                        guard let fact = CountryFact(rawValue: factName), fact != .iso else {
                            let valid = CountryFact.allCases.filter { $0 != .iso }.map(\.rawValue).joined(separator: ", ")
                            problem(.unknownFact, factKey,
                                    .init("unknown country fact '\(factName)'", "fait de pays inconnu « \(factName) »"),
                                    .init("valid facts: \(valid)", "faits possibles : \(valid)"))
                            continue
                        }
                        let text = factValue.text ?? ""
                        if !fact.allowedValues.contains(text) {
                            let allowed = fact.allowedValues.joined(separator: ", ")
                            problem(.invalidFactValue, factValue,
                                    .init("fact '\(factName)' of \(code) cannot be '\(text)'",
                                          "le fait « \(factName) » de \(code) ne peut pas valoir « \(text) »"),
                                    .init("valid values: \(allowed)", "valeurs possibles : \(allowed)"))
                            continue
                        }
                        facts[fact] = text
                    }
                case "assumptions":
                    assumptions = field.stringList ?? []
                default:
                    problem(.unknownKey, keyNode, .init("unknown key '\(key)' for country \(code)", "clé inconnue « \(key) » pour le pays \(code)"),
                            .init("use name, calling-plans, facts or assumptions", "utilisez name, calling-plans, facts ou assumptions"))
                }
            }
            for fact in CountryFact.allCases where fact != .iso && facts[fact] == nil {
                problem(.missingFact, codeNode,
                        .init("country \(code) does not give fact '\(fact.rawValue)'", "le pays \(code) ne donne pas le fait « \(fact.rawValue) »"),
                        .init("add '\(fact.rawValue): \(fact.allowedValues[0])' under 'facts:'",
                              "ajoutez « \(fact.rawValue): \(fact.allowedValues[0]) » sous « facts: »"))
            }
            if countries.contains(where: { $0.code == code }) {
                problem(.duplicateID, codeNode, .init("country \(code) appears twice", "le pays \(code) apparaît deux fois"),
                        .init("keep one entry", "gardez une seule entrée"))
                continue
            }
            countries.append(
                Country(code: code, nameFrench: nameFrench, nameEnglish: nameEnglish, callingPlanSKUs: skus,
                        facts: facts, assumptions: assumptions, location: at))
        }
        return (CountryCatalogue(countries), diagnostics)
    }
}
