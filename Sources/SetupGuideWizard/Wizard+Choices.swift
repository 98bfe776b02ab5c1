internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// Choices in words: licences and connectivity by name with their code, and only the Calling
/// Plans the plan's country sells.
extension Wizard {
    /// The name of a choice a person reads: a licence with its code, as the admin centre shows
    /// it (« Forfait d'appels national (MCOPSTN1) »); any other choice in words alone
    /// (« Operator Connect : un opérateur partenaire »), its code being ours, not Microsoft's.
    func label(of choice: String) -> String {
        guard let words = Self.choiceWords[choice] else { return choice }
        return Licence(rawValue: choice) == nil ? words[language] : "\(words[language]) (\(choice))"
    }

    /// Whether a person can type the choice's code: licences only, whose codes they see in the
    /// admin centre; other choices are typed by their number.
    static func showsCode(_ choice: String) -> Bool {
        choiceWords[choice] == nil || Licence(rawValue: choice) != nil
    }

    /// Words for the choices the shipped guides offer. A choice without words is shown as written.
    static let choiceWords: [String: BilingualText] = Dictionary(uniqueKeysWithValues: Licence.allCases.map { ($0.rawValue, $0.name) }).merging([
        Connectivity.callingPlan.rawValue: explained(.callingPlan, .init("Microsoft is the carrier", "Microsoft est l'opérateur")),
        Connectivity.operatorConnect.rawValue: explained(.operatorConnect, .init("a partner carrier", "un opérateur partenaire")),
        Connectivity.directRouting.rawValue: explained(.directRouting, .init("your own SBCs and carrier", "vos SBC et votre opérateur")),
        "true": .init("yes", "oui"),
        "false": .init("no", "non"),
    ].merging(NumberKind.allCases.map { ($0.rawValue, $0.numbersName) }) { first, _ in first }) { licence, _ in licence }

    /// A connectivity's name, from the model, and what it means.
    static func explained(_ connectivity: Connectivity, _ meaning: BilingualText) -> BilingualText {
        .init(connectivity.label(in: .english) + ": " + meaning.english, connectivity.label(in: .french) + " : " + meaning.french)
    }

    /// The input as this plan offers it: a choice of Calling Plans keeps only those the country
    /// catalogue says the country sells.
    func offered(_ input: StepInput) -> StepInput {
        guard input.type == .choice, !input.choices.isEmpty,
            input.choices.allSatisfy({ Licence(rawValue: $0)?.isCallingPlan == true })
        else { return input }
        var narrowed = input
        let sold = Set(plan.options.country.callingPlanSKUs.map(\.rawValue))
        narrowed.choices = input.choices.filter { sold.contains($0) }
        if let fallback = input.defaultValue, !sold.contains(fallback) { narrowed.defaultValue = narrowed.choices.first }
        return narrowed
    }

    /// Why `value` cannot be chosen here although the guide lists it: the country does not sell it.
    func notSoldHere(_ value: String, of input: StepInput, offered: StepInput) -> String? {
        guard input.choices.contains(value), !offered.choices.contains(value) else { return nil }
        let country = plan.options.country
        let name = language == .french ? country.nameFrench : country.nameEnglish
        let list = offered.choices.map(label(of:)).joined(separator: ", ")
        return BilingualText(
            "\(label(of: value)) is not sold in this country (\(name), per the country catalogue); choose \(list)",
            "\(label(of: value)) n'est pas vendu dans ce pays (\(name), selon le catalogue des pays) ; choisissez \(list)")[language]
    }
}
