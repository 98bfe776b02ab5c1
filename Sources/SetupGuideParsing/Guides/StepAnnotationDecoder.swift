import Foundation
internal import Yams
internal import SetupGuideModel
internal import SetupGuidePlanning

/// Reads the YAML of a `<!-- step … -->` comment into a step's machine-readable parts, checking
/// every name against the catalogue and reporting each problem where it is written.
struct StepAnnotationDecoder {
    let source: YAMLSource
    private(set) var diagnostics: [Diagnostic] = []

    init(source: YAMLSource) { self.source = source }

    static let stepKeys: Set<String> = [
        "id", "requires", "when", "order", "spends", "manual", "inputs", "actions", "checks",
    ]
    static let inputKeys: Set<String> = [
        "id", "type", "label", "help", "required", "default", "min", "max", "max-length", "pattern", "choices",
    ]

    /// Fills `step` from the annotation. Returns false when the annotation is unusable.
    mutating func decode(into step: inout Step) -> Bool {
        let root: Node?
        switch source.compose(
            .malformedAnnotation,
            hint: .init("fix the YAML inside the <!-- step --> comment", "corrigez le YAML dans le commentaire <!-- step -->")) {
        case .success(let node): root = node
        case .failure(let error):
            diagnostics.append(error.diagnostic)
            return false
        }
        guard let root, let pairs = root.pairs else {
            report(
                .malformedAnnotation, at: root.map(source.location(of:)) ?? source.location(line: 1, column: 1),
                .init("the step annotation must be a YAML mapping", "l'annotation de l'étape doit être un dictionnaire YAML"),
                hint: .init("write 'id: my-step' and the other keys below it", "écrivez « id: my-step » puis les autres clés en dessous"))
            return false
        }
        var sawID = false
        // inputs first, so that actions and checks can be checked against them wherever written
        let ordered = pairs.filter { $0.key != "actions" && $0.key != "checks" }
            + pairs.filter { $0.key == "actions" || $0.key == "checks" }
        for (key, keyNode, value) in ordered {
            switch key {
            case "id":
                sawID = true
                if let id = value.text, !id.isEmpty {
                    step.id = id
                    if !Self.isValidID(id) {
                        report(.invalidID, at: source.location(of: value),
                               .init("step id '\(id)' is not lower-case words joined by '-'",
                                     "l'id d'étape « \(id) » n'est pas fait de mots en minuscules reliés par « - »"),
                               hint: .init("use letters, digits and hyphens, such as 'emergency-addresses'",
                                           "utilisez des lettres, des chiffres et des tirets, par exemple « emergency-addresses »"))
                    }
                } else {
                    report(.missingID, at: source.location(of: value), .init("the step id is empty", "l'id de l'étape est vide"),
                           hint: .init("give the step an id such as 'emergency-addresses'", "donnez à l'étape un id tel que « emergency-addresses »"))
                }
            case "requires":
                step.requires = references(value)
            case "when":
                step.conditions = conditions(value)
            case "order":
                step.orderingRules = orderingRules(value)
            case "spends":
                step.spendsMoney = boolean(value, key: key)
            case "manual":
                step.manual = boolean(value, key: key)
            case "inputs":
                step.inputs = inputs(value)
            case "actions":
                step.actions = calls(value, kind: .action, key: "do").compactMap { name, arguments, node, location in
                    guard let action = ActionName(rawValue: name) else {
                        report(.unknownAction, at: location, .init("unknown action '\(shown(name))'", "action inconnue « \(shown(name)) »"),
                               hint: suggestion(for: name, among: ActionName.allCases.map(\.rawValue), what: .action))
                        return nil
                    }
                    checkArguments(arguments, against: action.entry, inputs: step.inputs, callLocation: location)
                    return ActionCall(action, arguments: arguments, at: location)
                }
            case "checks":
                step.checks = calls(value, kind: .check, key: "check").compactMap { name, arguments, node, location in
                    guard let check = CheckName(rawValue: name) else {
                        report(.unknownCheck, at: location, .init("unknown check '\(shown(name))'", "vérification inconnue « \(shown(name)) »"),
                               hint: suggestion(for: name, among: CheckName.allCases.map(\.rawValue), what: .check))
                        return nil
                    }
                    checkArguments(arguments, against: check.entry, inputs: step.inputs, callLocation: location)
                    return CheckCall(check, arguments: arguments, at: location)
                }
            default:
                report(.unknownKey, at: source.location(of: keyNode),
                       .init("unknown key '\(key)' in a step annotation", "clé inconnue « \(key) » dans l'annotation d'une étape"),
                       hint: suggestion(for: key, among: Self.stepKeys.sorted(), what: .key))
            }
        }
        if !sawID {
            report(.missingID, at: source.location(of: root), .init("the step has no id", "l'étape n'a pas d'id"),
                   hint: .init("add 'id: my-step' to the annotation", "ajoutez « id: my-step » à l'annotation"))
        }
        return true
    }

    // MARK: - Pieces

    private mutating func references(_ node: Node) -> [StepReference] {
        guard let items = node.sequence.map(Array.init) ?? (node.scalar != nil ? [node] : nil) else {
            report(.malformedAnnotation, at: source.location(of: node),
                   .init("'requires' must be a list of step ids", "« requires » doit être une liste d'id d'étapes"),
                   hint: .init("write 'requires: [licences, user-numbers]'", "écrivez « requires: [licences, user-numbers] »"))
            return []
        }
        return items.compactMap { item in
            guard let id = item.text else {
                report(.malformedAnnotation, at: source.location(of: item),
                       .init("a required step must be an id", "une étape requise doit être donnée par son id"),
                       hint: .init("write the step id as plain text", "écrivez l'id de l'étape en texte simple"))
                return nil
            }
            return StepReference(id, at: source.location(of: item))
        }
    }

    private mutating func conditions(_ node: Node) -> StepConditions {
        var conditions = StepConditions()
        guard let pairs = node.pairs else {
            report(.malformedAnnotation, at: source.location(of: node), .init("'when' must be a mapping", "« when » doit être un dictionnaire"),
                   hint: .init("write 'when: { features: [call-queues] }'", "écrivez « when: { features: [call-queues] } »"))
            return conditions
        }
        for (key, keyNode, value) in pairs {
            switch key {
            case "connectivity":
                conditions.connectivity = enumList(value, key: key, id: .unknownConnectivity, as: Connectivity.self)
            case "features":
                conditions.features = enumList(value, key: key, id: .unknownFeature, as: Feature.self)
            case "country":
                conditions.country = factCondition(value)
            case "because":
                conditions.because = value.text
            default:
                report(.unknownKey, at: source.location(of: keyNode), .init("unknown key '\(key)' under 'when'", "clé inconnue « \(key) » sous « when »"),
                       hint: .init("use connectivity, features, country or because", "utilisez connectivity, features, country ou because"))
            }
        }
        return conditions
    }

    private mutating func enumList<T: RawRepresentable & CaseIterable>(
        _ node: Node, key: String, id: DiagnosticID, as type: T.Type
    ) -> [T] where T.RawValue == String {
        let items = node.sequence.map(Array.init) ?? [node]
        let valid = T.allCases.map(\.rawValue)
        return items.compactMap { item in
            guard let text = item.text else {
                report(.malformedAnnotation, at: source.location(of: item), .init("'\(key)' must list names", "« \(key) » doit être une liste de noms"),
                       hint: .init("write '\(key): [\(valid[0])]'", "écrivez « \(key): [\(valid[0])] »"))
                return nil
            }
            guard let value = T(rawValue: text) else {
                let message: BilingualText = id == .unknownFeature
                    ? .init("unknown feature '\(text)'", "fonction inconnue « \(text) »")
                    : .init("unknown connectivity option '\(text)'", "option de connectivité inconnue « \(text) »")
                report(id, at: source.location(of: item), message,
                       hint: .init("valid choices: \(valid.joined(separator: ", "))", "choix possibles : \(valid.joined(separator: ", "))"))
                return nil
            }
            return value
        }
    }

    private mutating func factCondition(_ node: Node) -> FactCondition {
        guard let pairs = node.pairs else {
            report(.malformedAnnotation, at: source.location(of: node),
                   .init("a country condition must be a mapping of facts", "une condition sur le pays doit être un dictionnaire de faits"),
                   hint: .init("write '{ emergencyAddressAt: acquisition }'", "écrivez « { emergencyAddressAt: acquisition } »"))
            return FactCondition()
        }
        var requirements: [(fact: CountryFact, values: [String])] = []
        for (key, keyNode, value) in pairs {
            guard let fact = CountryFact(rawValue: key) else {
                let facts = CountryFact.allCases.map(\.rawValue).joined(separator: ", ")
                report(.unknownFact, at: source.location(of: keyNode), .init("unknown country fact '\(key)'", "fait de pays inconnu « \(key) »"),
                       hint: .init("valid facts: \(facts)", "faits possibles : \(facts)"))
                continue
            }
            guard let values = value.stringList, !values.isEmpty else {
                let example = fact.allowedValues.first ?? "FR"
                report(.malformedAnnotation, at: source.location(of: value),
                       .init("the value of '\(key)' must be a value or a list of values", "« \(key) » doit recevoir une valeur ou une liste de valeurs"),
                       hint: .init("write '\(key): \(example)'", "écrivez « \(key): \(example) »"))
                continue
            }
            if !fact.allowedValues.isEmpty {
                for bad in values where !fact.allowedValues.contains(bad) {
                    let allowed = fact.allowedValues.joined(separator: ", ")
                    report(.invalidFactValue, at: source.location(of: value),
                           .init("country fact '\(key)' cannot be '\(bad)'", "le fait de pays « \(key) » ne peut pas valoir « \(bad) »"),
                           hint: .init("valid values: \(allowed)", "valeurs possibles : \(allowed)"))
                }
            }
            requirements.append((fact, values))
        }
        return FactCondition(requirements)
    }

    private mutating func orderingRules(_ node: Node) -> [OrderingRule] {
        guard let items = node.sequence else {
            report(.malformedAnnotation, at: source.location(of: node), .init("'order' must be a list of rules", "« order » doit être une liste de règles"),
                   hint: .init("write '- before: step-id' with 'if:' and 'because:'", "écrivez « - before: step-id » avec « if: » et « because: »"))
            return []
        }
        return items.compactMap { item in
            guard let pairs = item.pairs else {
                report(.malformedAnnotation, at: source.location(of: item),
                       .init("an ordering rule must be a mapping", "une règle d'ordre doit être un dictionnaire"),
                       hint: .init("write '- before: step-id'", "écrivez « - before: step-id »"))
                return nil
            }
            var relation: OrderingRule.Relation?
            var target: StepReference?
            var condition = FactCondition()
            var because: String?
            for (key, keyNode, value) in pairs {
                switch key {
                case "before", "after":
                    relation = OrderingRule.Relation(rawValue: key)
                    if let id = value.text { target = StepReference(id, at: source.location(of: value)) }
                case "if": condition = factCondition(value)
                case "because": because = value.text
                default:
                    report(.unknownKey, at: source.location(of: keyNode),
                           .init("unknown key '\(key)' in an ordering rule", "clé inconnue « \(key) » dans une règle d'ordre"),
                           hint: .init("use before, after, if or because", "utilisez before, after, if ou because"))
                }
            }
            guard let relation, let target else {
                report(.malformedAnnotation, at: source.location(of: item),
                       .init("an ordering rule needs 'before' or 'after' with a step id",
                             "une règle d'ordre a besoin de « before » ou « after » suivi d'un id d'étape"),
                       hint: .init("write '- before: user-numbers'", "écrivez « - before: user-numbers »"))
                return nil
            }
            return OrderingRule(relation, target, if: condition, because: because, at: source.location(of: item))
        }
    }

    private mutating func boolean(_ node: Node, key: String) -> Bool {
        switch node.text?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            report(.malformedAnnotation, at: source.location(of: node), .init("'\(key)' must be true or false", "« \(key) » doit valoir true ou false"),
                   hint: .init("write '\(key): true'", "écrivez « \(key): true »"))
            return false
        }
    }

    private mutating func inputs(_ node: Node) -> [StepInput] {
        guard let items = node.sequence else {
            report(.malformedAnnotation, at: source.location(of: node), .init("'inputs' must be a list", "« inputs » doit être une liste"),
                   hint: .init("write '- id: quantity' with 'type:' and 'label:'", "écrivez « - id: quantity » avec « type: » et « label: »"))
            return []
        }
        var seen: Set<String> = []
        var result: [StepInput] = []
        for item in items {
            let at = source.location(of: item)
            guard let pairs = item.pairs else {
                report(.malformedAnnotation, at: at, .init("an input must be a mapping", "une saisie doit être un dictionnaire"),
                       hint: .init("write '- id: quantity'", "écrivez « - id: quantity »"))
                continue
            }
            var input = StepInput(id: "", type: .string, label: "", location: at)
            var typeGiven = false
            for (key, keyNode, value) in pairs {
                switch key {
                case "id": input.id = value.text ?? ""
                case "type":
                    typeGiven = true
                    if let text = value.text, let type = InputType(rawValue: text) {
                        input.type = type
                    } else {
                        let given = value.text ?? ""
                        report(.unknownInputType, at: source.location(of: value),
                               .init("unknown input type '\(given)'", "type de saisie inconnu « \(given) »"), hint: Self.validTypes)
                    }
                case "label": input.label = value.text ?? ""
                case "help": input.help = value.text
                case "required": input.required = boolean(value, key: key)
                case "default": input.defaultValue = value.text
                case "min": input.minimum = number(value, key: key, within: Self.boundRange)
                case "max": input.maximum = number(value, key: key, within: Self.boundRange)
                case "max-length": input.maxLength = number(value, key: key, within: Self.maxLengthRange, whole: true).map { Int($0) }
                case "pattern":
                    input.pattern = value.text
                    if let pattern = value.text, (try? NSRegularExpression(pattern: pattern)) == nil {
                        report(.invalidInput, at: source.location(of: value),
                               .init("the pattern is not a valid regular expression", "le motif n'est pas une expression régulière valide"),
                               hint: .init("check brackets and escapes", "vérifiez les crochets, les parenthèses et les échappements"))
                    }
                case "choices": input.choices = value.stringList ?? []
                default:
                    report(.unknownKey, at: source.location(of: keyNode),
                           .init("unknown key '\(key)' in an input", "clé inconnue « \(key) » dans une saisie"),
                           hint: suggestion(for: key, among: Self.inputKeys.sorted(), what: .key))
                }
            }
            if input.id.isEmpty {
                report(.missingID, at: at, .init("an input has no id", "une saisie n'a pas d'id"),
                   hint: .init("add 'id: name' so actions can refer to it as $name",
                               "ajoutez « id: name » pour que les actions puissent y faire référence par $name"))
                continue
            }
            if !typeGiven {
                report(.unknownInputType, at: at, .init("input '\(input.id)' has no type", "la saisie « \(input.id) » n'a pas de type"),
                       hint: Self.validTypes)
            }
            if !seen.insert(input.id).inserted {
                report(.duplicateID, at: at,
                       .init("the step has two inputs called '\(input.id)'", "l'étape a deux saisies nommées « \(input.id) »"),
                       hint: .init("give each input its own id", "donnez à chaque saisie son propre id"))
                continue
            }
            validate(input)
            result.append(input)
        }
        return result
    }

    private mutating func validate(_ input: StepInput) {
        if input.type == .choice, input.choices.isEmpty {
            report(.invalidInput, at: input.location,
                   .init("choice input '\(input.id)' lists no choices", "la saisie à choix « \(input.id) » ne propose aucun choix"),
                   hint: .init("add 'choices: [a, b]'", "ajoutez « choices: [a, b] »"))
        }
        if let min = input.minimum, let max = input.maximum, min > max {
            report(.invalidInput, at: input.location,
                   .init("input '\(input.id)' has min \(min) above max \(max)",
                         "la saisie « \(input.id) » a un min (\(min)) supérieur à son max (\(max))"),
                   hint: .init("swap or fix the bounds", "inversez ou corrigez les bornes"))
        }
        let validator = InputValidator(input: input)
        if let value = input.defaultValue, let problem = validator.problem(with: value, language: .english),
            let problemFrench = validator.problem(with: value, language: .french)
        {
            report(.invalidInput, at: input.location,
                   .init("the default of input '\(input.id)' is invalid: \(problem)",
                         "la valeur par défaut de la saisie « \(input.id) » est invalide : \(problemFrench)"),
                   hint: .init("change the default or the validation rules", "changez la valeur par défaut ou les règles de validation"))
        }
    }

    /// What `min` and `max` may be: a Double holds every whole number up to 10^15, and a bound
    /// past it would print and compare wrongly.
    static let boundRange: ClosedRange<Double> = -1e15...1e15
    /// What `max-length` may be.
    static let maxLengthRange: ClosedRange<Double> = 1...1_000_000

    /// A number within `range` (and whole when `whole`); a diagnostic at the value otherwise.
    private mutating func number(_ node: Node, key: String, within range: ClosedRange<Double>, whole: Bool = false) -> Double? {
        guard let text = node.text, let value = Double(text), !value.isNaN else {
            report(.malformedAnnotation, at: source.location(of: node), .init("'\(key)' must be a number", "« \(key) » doit être un nombre"),
                   hint: .init("write '\(key): 10'", "écrivez « \(key): 10 »"))
            return nil
        }
        guard range.contains(value), !whole || value == value.rounded() else {
            let low = Self.plain(range.lowerBound), high = Self.plain(range.upperBound)
            report(.numberOutOfRange, at: source.location(of: node),
                   whole
                    ? .init("'\(key)' must be a whole number from \(low) to \(high)", "« \(key) » doit être un nombre entier de \(low) à \(high)")
                    : .init("'\(key)' must be a number from \(low) to \(high)", "« \(key) » doit être un nombre de \(low) à \(high)"),
                   hint: .init("write '\(key): 10'", "écrivez « \(key): 10 »"))
            return nil
        }
        return value
    }

    /// A bound as people write it: 1000000, not 1e+06.
    private static func plain(_ value: Double) -> String {
        Int(exactly: value).map(String.init) ?? String(value)
    }

    /// Reads a list of `- <key>: name` + `with:` mappings.
    private mutating func calls(_ node: Node, kind: CatalogueKind, key: String)
        -> [(String, [CallArgument], Node, SourceLocation)]
    {
        guard let items = node.sequence else {
            report(.malformedAnnotation, at: source.location(of: node),
                   .init("'\(kind.rawValue)s' must be a list", "« \(kind.rawValue)s » doit être une liste"),
                   hint: .init("write '- \(key): name' with 'with:' parameters", "écrivez « - \(key): name » avec des paramètres sous « with: »"))
            return []
        }
        var result: [(String, [CallArgument], Node, SourceLocation)] = []
        for item in items {
            let at = source.location(of: item)
            guard let pairs = item.pairs else {
                report(.malformedAnnotation, at: at, .init("\(kind.englishIndefinite) must be a mapping", "\(kind.french.indefinite) doit être un dictionnaire"),
                       hint: .init("write '- \(key): name'", "écrivez « - \(key): name »"))
                continue
            }
            var name: String?
            var nameLocation = at
            var arguments: [CallArgument] = []
            for (k, keyNode, value) in pairs {
                switch k {
                case key:
                    name = value.text
                    nameLocation = source.location(of: value)
                case "with":
                    guard let params = value.pairs else {
                        report(.malformedAnnotation, at: source.location(of: value),
                               .init("'with' must be a mapping of parameters", "« with » doit être un dictionnaire de paramètres"),
                               hint: .init("write 'with: { quantity: $quantity }'", "écrivez « with: { quantity: $quantity } »"))
                        continue
                    }
                    for (param, _, paramValue) in params {
                        guard let text = paramValue.text else {
                            report(.malformedAnnotation, at: source.location(of: paramValue),
                                   .init("parameter '\(param)' must be a single value", "le paramètre « \(param) » doit être une seule valeur"),
                                   hint: .init("write a literal or a $reference", "écrivez une valeur littérale ou une $référence"))
                            continue
                        }
                        let quoted = paramValue.scalar?.style == .singleQuoted || paramValue.scalar?.style == .doubleQuoted
                        let value: CallArgument.Value =
                            text.hasPrefix("$") && !quoted ? .reference(String(text.dropFirst())) : .literal(text)
                        arguments.append(CallArgument(param, value, at: source.location(of: paramValue)))
                    }
                default:
                    report(.unknownKey, at: source.location(of: keyNode),
                           .init("unknown key '\(k)' in \(kind.englishIndefinite)", "clé inconnue « \(k) » dans \(kind.french.indefinite)"),
                           hint: .init("use '\(key)' and 'with'", "utilisez « \(key) » et « with »"))
                }
            }
            guard let name else {
                report(.malformedAnnotation, at: at,
                       .init("\(kind.englishIndefinite) needs '\(key): name'", "\(kind.french.indefinite) a besoin de « \(key): name »"),
                       hint: .init("name the \(kind.rawValue) from 'setup-guide catalogue'",
                                   "nommez \(kind.french.definite) d'après « setup-guide catalogue »"))
                continue
            }
            result.append((name, arguments, item, nameLocation))
        }
        return result
    }

    private mutating func checkArguments(
        _ arguments: [CallArgument], against entry: CatalogueEntry, inputs: [StepInput], callLocation: SourceLocation
    ) {
        for argument in arguments {
            guard let spec = entry.parameter(named: argument.name) else {
                let names = entry.parameters.map(\.name).joined(separator: ", ")
                report(.unknownParameter, at: argument.location,
                       .init("'\(entry.name)' takes no parameter '\(argument.name)'",
                             "« \(entry.name) » n'a pas de paramètre « \(argument.name) »"),
                       hint: entry.parameters.isEmpty
                        ? .init("it takes no parameters", "aucun paramètre n'est accepté")
                        : .init("it takes: \(names)", "ses paramètres : \(names)"))
                continue
            }
            switch argument.value {
            case .literal(let text):
                if let problem = spec.type.problem(withLiteral: text),
                    let problemFrench = spec.type.problem(withLiteral: text, language: .french)
                {
                    report(.invalidLiteral, at: argument.location,
                           .init("'\(text)' does not fit parameter '\(spec.name)': \(problem)",
                                 "« \(text) » ne convient pas au paramètre « \(spec.name) » : \(problemFrench)"),
                           hint: .init("write a valid value or bind an input with $name",
                                       "écrivez une valeur valide ou liez une saisie avec $name"))
                }
            case .reference(let name):
                if CallArgument.planReferences.contains(name) { continue }
                guard let input = inputs.first(where: { $0.id == name }) else {
                    let names = (inputs.map(\.id) + CallArgument.planReferences.sorted()).map { "$" + $0 }.joined(separator: ", ")
                    report(.unboundReference, at: argument.location,
                           .init("'$\(name)' names no input of this step", "« $\(name) » ne désigne aucune saisie de cette étape"),
                           hint: .init("declare an input '\(name)' (inputs come before actions) or use one of: \(names)",
                                       "déclarez une saisie « \(name) » (les saisies précèdent les actions) ou utilisez l'une de : \(names)"))
                    continue
                }
                if spec.required, !input.required, input.defaultValue == nil {
                    report(.optionalForRequired, at: argument.location,
                           .init("optional input '\(name)' feeds '\(spec.name)', which '\(entry.name)' requires",
                                 "la saisie facultative « \(name) » alimente « \(spec.name) », que « \(entry.name) » exige"),
                           hint: .init("make the input required, or give it a default",
                                       "rendez la saisie obligatoire, ou donnez-lui une valeur par défaut"))
                }
                if !spec.type.acceptedInputTypes.contains(input.type) {
                    let accepted = spec.type.acceptedInputTypes.map(\.rawValue).sorted().joined(separator: ", ")
                    report(.typeMismatch, at: argument.location,
                           .init("input '\(name)' is of type \(input.type.rawValue) but '\(spec.name)' needs \(spec.type.rawValue)",
                                 "la saisie « \(name) » est de type \(input.type.rawValue) mais « \(spec.name) » attend \(spec.type.rawValue)"),
                           hint: .init("change the input's type to one of: \(accepted)", "donnez à la saisie l'un de ces types : \(accepted)"))
                } else if let allowed = spec.type.allowedValues, input.type == .choice {
                    for choice in input.choices where !allowed.contains(choice) {
                        report(.typeMismatch, at: argument.location,
                               .init("choice '\(choice)' of input '\(name)' is not a valid \(spec.type.rawValue)",
                                     "le choix « \(choice) » de la saisie « \(name) » n'est pas un \(spec.type.rawValue) valide"),
                               hint: .init("valid values: \(allowed.joined(separator: ", "))", "valeurs possibles : \(allowed.joined(separator: ", "))"))
                    }
                }
            }
        }
        let given = Set(arguments.map(\.name))
        for spec in entry.parameters where spec.required && !given.contains(spec.name) {
            report(.missingParameter, at: callLocation,
                   .init("'\(entry.name)' needs parameter '\(spec.name)'", "« \(entry.name) » a besoin du paramètre « \(spec.name) »"),
                   hint: .init("add '\(spec.name):' under 'with:' (\(spec.summary))", "ajoutez « \(spec.name): » sous « with: » (« setup-guide catalogue » le décrit)"))
        }
    }

    private static let validTypes: BilingualText = {
        let types = InputType.allCases.map(\.rawValue).joined(separator: ", ")
        return .init("valid types: \(types)", "types possibles : \(types)")
    }()

    private mutating func report(_ id: DiagnosticID, at location: SourceLocation, _ message: BilingualText, hint: BilingualText) {
        diagnostics.append(Diagnostic(id, at: location, message, hint: hint))
    }

    /// Lower-case words of letters and digits joined by single hyphens.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }
}

/// What a name in a guide designates, for the wording of diagnostics.
enum CatalogueKind: String {
    case action, check, key, step

    /// The English noun with its indefinite article.
    var englishIndefinite: String { self == .action ? "an action" : "a \(rawValue)" }

    /// Where an author finds every valid name of this kind, if anywhere.
    var reference: BilingualText? {
        switch self {
        case .action, .check: .init("'setup-guide catalogue' lists every \(rawValue)", "« setup-guide catalogue » liste \(french.every)")
        case .key: .init("docs/guide-format.md lists every key", "docs/guide-format.md liste chaque clé")
        case .step: nil
        }
    }

    /// The French noun with its articles, and its plural.
    var french: (indefinite: String, definite: String, every: String, plural: String) {
        switch self {
        case .action: ("une action", "l'action", "chaque action", "actions")
        case .check: ("une vérification", "la vérification", "chaque vérification", "vérifications")
        case .key: ("une clé", "la clé", "chaque clé", "clés")
        case .step: ("une étape", "l'étape", "chaque étape", "étapes")
        }
    }
}

/// A hint that names the closest valid name, or lists them all.
func suggestion(for name: String, among names: [String], what: CatalogueKind) -> BilingualText {
    // the distance is at least the difference in length: a name far longer or shorter than a
    // candidate is never close to it, and is not compared letter by letter (a 400 KB name would
    // cost its length times every candidate's)
    let length = name.utf8.count
    let allowed = max(2, length / 3)
    var best: (name: String, distance: Int)?
    for candidate in names where abs(candidate.utf8.count - length) <= allowed {
        let distance = editDistance(name, candidate)
        if distance < best?.distance ?? Int.max { best = (candidate, distance) }
    }
    if let best = best?.name, editDistance(name, best) <= allowed {
        let question = BilingualText("did you mean '\(best)'?", "vouliez-vous dire « \(best) » ?")
        guard let reference = what.reference else { return question }
        return .init("\(question.english) (\(reference.english))", "\(question.french) (\(reference.french))")
    }
    return .init("valid: \(names.joined(separator: ", "))", "\(what.french.plural) possibles : \(names.joined(separator: ", "))")
}

/// A name as a diagnostic quotes it: whole up to 80 characters, else its start and an ellipsis,
/// so that a name of 400 KB does not fill the screen.
func shown(_ name: String) -> String {
    name.count <= 80 ? name : String(name.prefix(80)) + "…"
}

/// Levenshtein distance, for "did you mean" hints.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.utf8)
    let b = Array(b.utf8)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in stride(from: 1, through: b.count, by: 1) {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
