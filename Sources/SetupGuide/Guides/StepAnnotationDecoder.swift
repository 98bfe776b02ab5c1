import Foundation
internal import Yams

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
        switch source.compose(.malformedAnnotation, hint: "fix the YAML inside the <!-- step --> comment") {
        case .success(let node): root = node
        case .failure(let error):
            diagnostics.append(error.diagnostic)
            return false
        }
        guard let root, let pairs = root.pairs else {
            report(
                .malformedAnnotation, at: root.map(source.location(of:)) ?? source.location(line: 1, column: 1),
                "the step annotation must be a YAML mapping", hint: "write 'id: my-step' and the other keys below it")
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
                        report(.invalidID, at: source.location(of: value), "step id '\(id)' is not lower-case words joined by '-'",
                               hint: "use letters, digits and hyphens, such as 'emergency-addresses'")
                    }
                } else {
                    report(.missingID, at: source.location(of: value), "the step id is empty", hint: "give the step an id such as 'emergency-addresses'")
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
                step.actions = calls(value, kind: "action", key: "do").compactMap { name, arguments, node, location in
                    guard let action = ActionName(rawValue: name) else {
                        report(.unknownAction, at: location, "unknown action '\(name)'",
                               hint: suggestion(for: name, among: ActionName.allCases.map(\.rawValue), what: "action"))
                        return nil
                    }
                    checkArguments(arguments, against: action.entry, inputs: step.inputs, callLocation: location)
                    return ActionCall(action, arguments: arguments, at: location)
                }
            case "checks":
                step.checks = calls(value, kind: "check", key: "check").compactMap { name, arguments, node, location in
                    guard let check = CheckName(rawValue: name) else {
                        report(.unknownCheck, at: location, "unknown check '\(name)'",
                               hint: suggestion(for: name, among: CheckName.allCases.map(\.rawValue), what: "check"))
                        return nil
                    }
                    checkArguments(arguments, against: check.entry, inputs: step.inputs, callLocation: location)
                    return CheckCall(check, arguments: arguments, at: location)
                }
            default:
                report(.unknownKey, at: source.location(of: keyNode), "unknown key '\(key)' in a step annotation",
                       hint: suggestion(for: key, among: Self.stepKeys.sorted(), what: "key"))
            }
        }
        if !sawID {
            report(.missingID, at: source.location(of: root), "the step has no id", hint: "add 'id: my-step' to the annotation")
        }
        return true
    }

    // MARK: - Pieces

    private mutating func references(_ node: Node) -> [StepReference] {
        guard let items = node.sequence.map(Array.init) ?? (node.scalar != nil ? [node] : nil) else {
            report(.malformedAnnotation, at: source.location(of: node), "'requires' must be a list of step ids",
                   hint: "write 'requires: [licences, user-numbers]'")
            return []
        }
        return items.compactMap { item in
            guard let id = item.text else {
                report(.malformedAnnotation, at: source.location(of: item), "a required step must be an id", hint: "write the step id as plain text")
                return nil
            }
            return StepReference(id, at: source.location(of: item))
        }
    }

    private mutating func conditions(_ node: Node) -> StepConditions {
        var conditions = StepConditions()
        guard let pairs = node.pairs else {
            report(.malformedAnnotation, at: source.location(of: node), "'when' must be a mapping",
                   hint: "write 'when: { features: [call-queues] }'")
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
                report(.unknownKey, at: source.location(of: keyNode), "unknown key '\(key)' under 'when'",
                       hint: "use connectivity, features, country or because")
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
                report(.malformedAnnotation, at: source.location(of: item), "'\(key)' must list names", hint: "write '\(key): [\(valid[0])]'")
                return nil
            }
            guard let value = T(rawValue: text) else {
                let what = id == .unknownFeature ? "feature" : "connectivity option"
                report(id, at: source.location(of: item), "unknown \(what) '\(text)'",
                       hint: "valid choices: \(valid.joined(separator: ", "))")
                return nil
            }
            return value
        }
    }

    private mutating func factCondition(_ node: Node) -> FactCondition {
        guard let pairs = node.pairs else {
            report(.malformedAnnotation, at: source.location(of: node), "a country condition must be a mapping of facts",
                   hint: "write '{ emergencyAddressAt: acquisition }'")
            return FactCondition()
        }
        var requirements: [(fact: CountryFact, values: [String])] = []
        for (key, keyNode, value) in pairs {
            guard let fact = CountryFact(rawValue: key) else {
                report(.unknownFact, at: source.location(of: keyNode), "unknown country fact '\(key)'",
                       hint: "valid facts: \(CountryFact.allCases.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            guard let values = value.stringList, !values.isEmpty else {
                report(.malformedAnnotation, at: source.location(of: value), "the value of '\(key)' must be a value or a list of values",
                       hint: "write '\(key): \(fact.allowedValues.first ?? "FR")'")
                continue
            }
            if !fact.allowedValues.isEmpty {
                for bad in values where !fact.allowedValues.contains(bad) {
                    report(.invalidFactValue, at: source.location(of: value), "country fact '\(key)' cannot be '\(bad)'",
                           hint: "valid values: \(fact.allowedValues.joined(separator: ", "))")
                }
            }
            requirements.append((fact, values))
        }
        return FactCondition(requirements)
    }

    private mutating func orderingRules(_ node: Node) -> [OrderingRule] {
        guard let items = node.sequence else {
            report(.malformedAnnotation, at: source.location(of: node), "'order' must be a list of rules",
                   hint: "write '- before: step-id' with 'if:' and 'because:'")
            return []
        }
        return items.compactMap { item in
            guard let pairs = item.pairs else {
                report(.malformedAnnotation, at: source.location(of: item), "an ordering rule must be a mapping",
                       hint: "write '- before: step-id'")
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
                    report(.unknownKey, at: source.location(of: keyNode), "unknown key '\(key)' in an ordering rule",
                           hint: "use before, after, if or because")
                }
            }
            guard let relation, let target else {
                report(.malformedAnnotation, at: source.location(of: item), "an ordering rule needs 'before' or 'after' with a step id",
                       hint: "write '- before: user-numbers'")
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
            report(.malformedAnnotation, at: source.location(of: node), "'\(key)' must be true or false", hint: "write '\(key): true'")
            return false
        }
    }

    private mutating func inputs(_ node: Node) -> [StepInput] {
        guard let items = node.sequence else {
            report(.malformedAnnotation, at: source.location(of: node), "'inputs' must be a list",
                   hint: "write '- id: quantity' with 'type:' and 'label:'")
            return []
        }
        var seen: Set<String> = []
        var result: [StepInput] = []
        for item in items {
            let at = source.location(of: item)
            guard let pairs = item.pairs else {
                report(.malformedAnnotation, at: at, "an input must be a mapping", hint: "write '- id: quantity'")
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
                        report(.unknownInputType, at: source.location(of: value), "unknown input type '\(value.text ?? "")'",
                               hint: "valid types: \(InputType.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                case "label": input.label = value.text ?? ""
                case "help": input.help = value.text
                case "required": input.required = boolean(value, key: key)
                case "default": input.defaultValue = value.text
                case "min": input.minimum = number(value, key: key)
                case "max": input.maximum = number(value, key: key)
                case "max-length": input.maxLength = number(value, key: key).map { Int($0) }
                case "pattern":
                    input.pattern = value.text
                    if let pattern = value.text, (try? NSRegularExpression(pattern: pattern)) == nil {
                        report(.invalidInput, at: source.location(of: value), "the pattern is not a valid regular expression",
                               hint: "check brackets and escapes")
                    }
                case "choices": input.choices = value.stringList ?? []
                default:
                    report(.unknownKey, at: source.location(of: keyNode), "unknown key '\(key)' in an input",
                           hint: suggestion(for: key, among: Self.inputKeys.sorted(), what: "key"))
                }
            }
            if input.id.isEmpty {
                report(.missingID, at: at, "an input has no id", hint: "add 'id: name' so actions can refer to it as $name")
                continue
            }
            if !typeGiven {
                report(.unknownInputType, at: at, "input '\(input.id)' has no type",
                       hint: "valid types: \(InputType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !seen.insert(input.id).inserted {
                report(.duplicateID, at: at, "the step has two inputs called '\(input.id)'", hint: "give each input its own id")
                continue
            }
            validate(input)
            result.append(input)
        }
        return result
    }

    private mutating func validate(_ input: StepInput) {
        if input.type == .choice, input.choices.isEmpty {
            report(.invalidInput, at: input.location, "choice input '\(input.id)' lists no choices", hint: "add 'choices: [a, b]'")
        }
        if let min = input.minimum, let max = input.maximum, min > max {
            report(.invalidInput, at: input.location, "input '\(input.id)' has min \(min) above max \(max)", hint: "swap or fix the bounds")
        }
        if let value = input.defaultValue, let problem = InputValidator(input: input).problem(with: value) {
            report(.invalidInput, at: input.location, "the default of input '\(input.id)' is invalid: \(problem)",
                   hint: "change the default or the validation rules")
        }
    }

    private mutating func number(_ node: Node, key: String) -> Double? {
        guard let text = node.text, let value = Double(text) else {
            report(.malformedAnnotation, at: source.location(of: node), "'\(key)' must be a number", hint: "write '\(key): 10'")
            return nil
        }
        return value
    }

    /// Reads a list of `- <key>: name` + `with:` mappings.
    private mutating func calls(_ node: Node, kind: String, key: String)
        -> [(String, [CallArgument], Node, SourceLocation)]
    {
        guard let items = node.sequence else {
            report(.malformedAnnotation, at: source.location(of: node), "'\(kind)s' must be a list",
                   hint: "write '- \(key): name' with 'with:' parameters")
            return []
        }
        var result: [(String, [CallArgument], Node, SourceLocation)] = []
        for item in items {
            let at = source.location(of: item)
            guard let pairs = item.pairs else {
                report(.malformedAnnotation, at: at, "an \(kind) must be a mapping", hint: "write '- \(key): name'")
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
                        report(.malformedAnnotation, at: source.location(of: value), "'with' must be a mapping of parameters",
                               hint: "write 'with: { quantity: $quantity }'")
                        continue
                    }
                    for (param, _, paramValue) in params {
                        guard let text = paramValue.text else {
                            report(.malformedAnnotation, at: source.location(of: paramValue),
                                   "parameter '\(param)' must be a single value", hint: "write a literal or a $reference")
                            continue
                        }
                        let quoted = paramValue.scalar?.style == .singleQuoted || paramValue.scalar?.style == .doubleQuoted
                        let value: CallArgument.Value =
                            text.hasPrefix("$") && !quoted ? .reference(String(text.dropFirst())) : .literal(text)
                        arguments.append(CallArgument(param, value, at: source.location(of: paramValue)))
                    }
                default:
                    report(.unknownKey, at: source.location(of: keyNode), "unknown key '\(k)' in an \(kind)",
                           hint: "use '\(key)' and 'with'")
                }
            }
            guard let name else {
                report(.malformedAnnotation, at: at, "an \(kind) needs '\(key): name'", hint: "name the \(kind) from 'setup-guide catalogue'")
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
                report(.unknownParameter, at: argument.location, "'\(entry.name)' takes no parameter '\(argument.name)'",
                       hint: entry.parameters.isEmpty
                        ? "it takes no parameters" : "it takes: \(entry.parameters.map(\.name).joined(separator: ", "))")
                continue
            }
            switch argument.value {
            case .literal(let text):
                if let problem = spec.type.problem(withLiteral: text) {
                    report(.invalidLiteral, at: argument.location, "'\(text)' does not fit parameter '\(spec.name)': \(problem)",
                           hint: "write a valid value or bind an input with $name")
                }
            case .reference(let name):
                if CallArgument.planReferences.contains(name) { continue }
                guard let input = inputs.first(where: { $0.id == name }) else {
                    let names = inputs.map(\.id) + CallArgument.planReferences.sorted()
                    report(.unboundReference, at: argument.location, "'$\(name)' names no input of this step",
                           hint: "declare an input '\(name)' (inputs come before actions) or use one of: \(names.map { "$" + $0 }.joined(separator: ", "))")
                    continue
                }
                if spec.required, !input.required, input.defaultValue == nil {
                    report(.optionalForRequired, at: argument.location,
                           "optional input '\(name)' feeds '\(spec.name)', which '\(entry.name)' requires",
                           hint: "make the input required, or give it a default")
                }
                if !spec.type.acceptedInputTypes.contains(input.type) {
                    report(.typeMismatch, at: argument.location,
                           "input '\(name)' is of type \(input.type.rawValue) but '\(spec.name)' needs \(spec.type.rawValue)",
                           hint: "change the input's type to one of: \(spec.type.acceptedInputTypes.map(\.rawValue).sorted().joined(separator: ", "))")
                } else if let allowed = spec.type.allowedValues, input.type == .choice {
                    for choice in input.choices where !allowed.contains(choice) {
                        report(.typeMismatch, at: argument.location, "choice '\(choice)' of input '\(name)' is not a valid \(spec.type.rawValue)",
                               hint: "valid values: \(allowed.joined(separator: ", "))")
                    }
                }
            }
        }
        let given = Set(arguments.map(\.name))
        for spec in entry.parameters where spec.required && !given.contains(spec.name) {
            report(.missingParameter, at: callLocation, "'\(entry.name)' needs parameter '\(spec.name)'",
                   hint: "add '\(spec.name):' under 'with:' (\(spec.summary))")
        }
    }

    private mutating func report(_ id: DiagnosticID, at location: SourceLocation, _ message: String, hint: String) {
        diagnostics.append(Diagnostic(id, at: location, message, hint: hint))
    }

    /// Lower-case words of letters and digits joined by single hyphens.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }
}

/// A hint that names the closest valid name, or lists them all.
func suggestion(for name: String, among names: [String], what: String) -> String {
    let best = names.min { editDistance(name, $0) < editDistance(name, $1) }
    if let best, editDistance(name, best) <= max(2, name.count / 3) {
        return "did you mean '\(best)'? ('setup-guide catalogue' lists every \(what))"
    }
    return "valid: \(names.joined(separator: ", "))"
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
