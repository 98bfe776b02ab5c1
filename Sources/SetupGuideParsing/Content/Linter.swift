public import SetupGuideModel
internal import SetupGuidePlanning

/// Checks a whole content set: what one file cannot see on its own (ids across guides,
/// requirements, cycles, countries) and that French and English say the same thing.
///
/// ```swift
/// let problems = Linter().lint(ContentSet.load(paths: [contentURL]))
/// ```
public struct Linter: Sendable {
    /// Creates a linter.
    public init() {}

    /// Every problem of the content set, sorted by file and position.
    public func lint(_ content: ContentSet) -> [Diagnostic] {
        var diagnostics = content.diagnostics
        for language in content.languages {
            diagnostics += checkIdentifiers(content.guides(in: language))
            diagnostics += checkCountries(content.steps(in: language), countries: content.countries)
            diagnostics += checkOrderForEveryCountry(content.steps(in: language), countries: content.countries)
        }
        diagnostics += checkLanguages(content)
        for guide in content.guides {
            for step in guide.steps where step.checks.isEmpty && !step.id.isEmpty {
                diagnostics.append(
                    Diagnostic(.unverifiedStep, at: step.location,
                               .init("step '\(step.id)' has no check, so nothing proves it is done",
                                     "l'étape « \(step.id) » n'a aucune vérification, donc rien ne prouve qu'elle est faite"),
                               hint: .init("add 'checks:' with a check from 'setup-guide catalogue' (manual steps use manual.recorded)",
                                           "ajoutez « checks: » avec une vérification de « setup-guide catalogue » (les étapes manuelles utilisent manual.recorded)"),
                               severity: .warning))
            }
        }
        return deduplicated(diagnostics).sorted { lhs, rhs in
            (lhs.location.path, lhs.location.line, lhs.location.column, lhs.identifier.rawValue)
                < (rhs.location.path, rhs.location.line, rhs.location.column, rhs.identifier.rawValue)
        }
    }

    private func deduplicated(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<String> = []
        return diagnostics.filter { seen.insert("\($0.description)").inserted }
    }

    private func checkIdentifiers(_ guides: [Guide]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var guideIDs: [String: Guide] = [:]
        for guide in guides where !guide.id.isEmpty {
            if let first = guideIDs[guide.id] {
                diagnostics.append(
                    Diagnostic(.duplicateID, at: SourceLocation(path: guide.path, line: 1, column: 1),
                               .init("guide id '\(guide.id)' is also used by \(first.path)",
                                     "l'id de guide « \(guide.id) » est déjà utilisé par \(first.path)"),
                               hint: .init("give each guide its own id", "donnez à chaque guide son propre id")))
            } else {
                guideIDs[guide.id] = guide
            }
        }
        let steps = guides.flatMap(\.steps)
        var stepIDs: [String: Step] = [:]
        for step in steps where !step.id.isEmpty {
            if let first = stepIDs[step.id] {
                diagnostics.append(
                    Diagnostic(.duplicateID, at: step.location,
                               .init("step id '\(step.id)' is already used at \(first.location)",
                                     "l'id d'étape « \(step.id) » est déjà utilisé en \(first.location)"),
                               hint: .init("give each step its own id", "donnez à chaque étape son propre id")))
            } else {
                stepIDs[step.id] = step
            }
        }
        let known = Array(stepIDs.keys).sorted()
        for step in steps {
            for reference in step.requires + step.orderingRules.map(\.target) where stepIDs[reference.id] == nil {
                diagnostics.append(
                    Diagnostic(.unknownRequirement, at: reference.location,
                               .init("step '\(step.id)' refers to unknown step '\(reference.id)'",
                                     "l'étape « \(step.id) » fait référence à une étape inconnue, « \(reference.id) »"),
                               hint: suggestion(for: reference.id, among: known, what: .step)))
            }
        }
        diagnostics += requirementCycles(steps)
        return diagnostics
    }

    /// Cycles among `requires`, each reported once with every step in it.
    private func requirementCycles(_ steps: [Step]) -> [Diagnostic] {
        let byID = Dictionary(steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var stack: [String] = []
        var diagnostics: [Diagnostic] = []
        func visit(_ id: String) {
            state[id] = 1
            stack.append(id)
            for reference in byID[id]?.requires ?? [] where byID[reference.id] != nil {
                switch state[reference.id] {
                case 1:
                    let cycle = Array(stack[stack.lastIndex(of: reference.id)!...])
                    let start = cycle.min()!
                    let rotated = Array(cycle[cycle.firstIndex(of: start)!...] + cycle[..<cycle.firstIndex(of: start)!])
                    let step = byID[start]!
                    let circle = (rotated + [start]).joined(separator: " → ")
                    diagnostics.append(
                        Diagnostic(.dependencyCycle, at: step.location,
                                   .init("steps require each other in a circle: \(circle)",
                                         "des étapes s'exigent les unes les autres en cercle : \(circle)"),
                                   hint: .init("remove one of these requirements", "retirez l'une de ces exigences")))
                case nil: visit(reference.id)
                default: break
                }
            }
            stack.removeLast()
            state[id] = 2
        }
        for step in steps where state[step.id] == nil { visit(step.id) }
        return diagnostics
    }

    private func checkCountries(_ steps: [Step], countries: CountryCatalogue) -> [Diagnostic] {
        guard !countries.countries.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for step in steps {
            let conditions = [(step.conditions.country, step.location)] + step.orderingRules.map { ($0.condition, $0.location) }
            for (condition, location) in conditions {
                for requirement in condition.requirements where requirement.fact == .iso {
                    for code in requirement.values where countries.country(code) == nil {
                        diagnostics.append(
                            Diagnostic(.unknownCountry, at: location,
                                       .init("unknown country '\(code)' in step '\(step.id)'", "pays inconnu « \(code) » dans l'étape « \(step.id) »"),
                                       hint: .init("valid codes: \(countries.codes.joined(separator: " "))",
                                                   "codes possibles : \(countries.codes.joined(separator: " "))")))
                    }
                }
            }
        }
        return diagnostics
    }

    /// Ordering rules can only clash for some countries: plan each one with every feature.
    private func checkOrderForEveryCountry(_ steps: [Step], countries: CountryCatalogue) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var reported: Set<String> = []
        for country in countries.countries {
            for connectivity in Connectivity.allCases {
                let options = PlanOptions(country: country, connectivity: connectivity, features: Set(Feature.allCases))
                if case .failure(let cycle) = Planner().order(steps, options: options), reported.insert(cycle.message).inserted {
                    diagnostics.append(cycle)
                }
            }
        }
        return diagnostics
    }

    /// French and English must carry the same guides, steps, inputs, actions and checks.
    private func checkLanguages(_ content: ContentSet) -> [Diagnostic] {
        let languages = content.languages
        guard languages.count > 1 else { return [] }
        var diagnostics: [Diagnostic] = []
        let reference = languages[0]
        for other in languages.dropFirst() {
            let left = Dictionary(content.guides(in: reference).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let right = Dictionary(content.guides(in: other).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for (id, guide) in left where right[id] == nil {
                diagnostics.append(missingTranslation(guide, in: other))
            }
            for (id, guide) in right where left[id] == nil {
                diagnostics.append(missingTranslation(guide, in: reference))
            }
            for (id, a) in left {
                guard let b = right[id] else { continue }
                diagnostics += compare(a, b)
            }
        }
        return diagnostics
    }

    private func missingTranslation(_ guide: Guide, in language: Language) -> Diagnostic {
        Diagnostic(.missingTranslation, at: SourceLocation(path: guide.path, line: 1, column: 1),
                   .init("guide '\(guide.id)' has no \(BilingualText("English", "French")[language]) version",
                         "le guide « \(guide.id) » n'a pas de version \(BilingualText("anglaise", "française")[language])"),
                   hint: .init("write guides/\(language.rawValue)/ with the same guide id and steps",
                               "écrivez guides/\(language.rawValue)/ avec le même id de guide et les mêmes étapes"))
    }

    private func compare(_ a: Guide, _ b: Guide) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let aIDs = a.steps.map(\.id), bIDs = b.steps.map(\.id)
        func mismatch(_ at: SourceLocation, _ message: BilingualText, _ hint: BilingualText) {
            diagnostics.append(Diagnostic(.languageMismatch, at: at, message, hint: hint))
        }
        for step in a.steps where !bIDs.contains(step.id) {
            mismatch(step.location, .init("step '\(step.id)' is missing from \(b.path)", "l'étape « \(step.id) » manque dans \(b.path)"),
                     .init("translate the step into \(b.language.rawValue)", "traduisez l'étape en \(Self.frenchName(of: b.language))"))
        }
        for step in b.steps where !aIDs.contains(step.id) {
            mismatch(step.location, .init("step '\(step.id)' is missing from \(a.path)", "l'étape « \(step.id) » manque dans \(a.path)"),
                     .init("translate the step into \(a.language.rawValue)", "traduisez l'étape en \(Self.frenchName(of: a.language))"))
        }
        let common = aIDs.filter(bIDs.contains)
        if common != bIDs.filter(aIDs.contains) {
            mismatch(SourceLocation(path: b.path, line: 1, column: 1),
                     .init("the steps are not in the same order as in \(a.path)", "les étapes ne sont pas dans le même ordre que dans \(a.path)"),
                     .init("order the steps as in the other language", "rangez les étapes comme dans l'autre langue"))
        }
        for id in common {
            let x = a.steps.first { $0.id == id }!, y = b.steps.first { $0.id == id }!
            let inputsX = x.inputs.map { "\($0.id):\($0.type.rawValue)" }, inputsY = y.inputs.map { "\($0.id):\($0.type.rawValue)" }
            for input in Set(inputsX).subtracting(inputsY) {
                mismatch(x.location,
                         .init("input '\(input)' of step '\(id)' is missing from \(b.path)",
                               "la saisie « \(input) » de l'étape « \(id) » manque dans \(b.path)"), Self.sameInputs)
            }
            for input in Set(inputsY).subtracting(inputsX) {
                mismatch(y.location,
                         .init("input '\(input)' of step '\(id)' is missing from \(a.path)",
                               "la saisie « \(input) » de l'étape « \(id) » manque dans \(a.path)"), Self.sameInputs)
            }
            let actionsX = x.actions.map(\.action.rawValue), actionsY = y.actions.map(\.action.rawValue)
            if actionsX != actionsY {
                let missing = Set(actionsX).symmetricDifference(actionsY).sorted()
                mismatch(y.location,
                         .init("step '\(id)' calls different actions in \(a.path) and \(b.path)"
                                 + (missing.isEmpty ? " (order differs)" : ": \(missing.joined(separator: ", "))"),
                               "l'étape « \(id) » n'appelle pas les mêmes actions dans \(a.path) et \(b.path)"
                                 + (missing.isEmpty ? " (l'ordre diffère)" : " : \(missing.joined(separator: ", "))")),
                         .init("give both languages the same actions in the same order",
                               "donnez aux deux langues les mêmes actions dans le même ordre"))
            }
            let checksX = x.checks.map(\.check.rawValue), checksY = y.checks.map(\.check.rawValue)
            if checksX != checksY {
                mismatch(y.location,
                         .init("step '\(id)' runs different checks in \(a.path) and \(b.path)",
                               "l'étape « \(id) » ne lance pas les mêmes vérifications dans \(a.path) et \(b.path)"),
                         .init("give both languages the same checks", "donnez aux deux langues les mêmes vérifications"))
            }
            if x.requires.map(\.id) != y.requires.map(\.id) || x.conditions.connectivity != y.conditions.connectivity
                || x.conditions.features != y.conditions.features || x.conditions.country != y.conditions.country
                || x.manual != y.manual || x.spendsMoney != y.spendsMoney
            {
                mismatch(y.location,
                         .init("step '\(id)' has different requirements, conditions or flags in \(a.path) and \(b.path)",
                               "l'étape « \(id) » n'a pas les mêmes exigences, conditions ou options dans \(a.path) et \(b.path)"),
                         .init("keep requires, when, manual and spends the same in both languages",
                               "gardez requires, when, manual et spends identiques dans les deux langues"))
            }
        }
        return diagnostics
    }

    private static let sameInputs = BilingualText("give both languages the same inputs", "donnez aux deux langues les mêmes saisies")

    /// The language's name as French writes it after "en".
    private static func frenchName(of language: Language) -> String {
        BilingualText("anglais", "français")[language]
    }
}
