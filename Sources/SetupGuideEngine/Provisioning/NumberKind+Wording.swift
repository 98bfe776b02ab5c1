public import SetupGuideModel
internal import SetupGuidePlanning

extension NumberKind {
    /// The kind's numbers for people, in the plural: « numéros d'utilisateur ».
    public var numbersName: BilingualText {
        switch self {
        case .user: .init("user numbers", "numéros d'utilisateur")
        case .toll: .init("toll service numbers", "numéros de service payants")
        case .tollFree: .init("toll-free service numbers", "numéros de service gratuits")
        }
    }

    /// `count` numbers of this kind, the words agreeing with it: « 1 numéro d'utilisateur ».
    public func counted(_ count: Int) -> BilingualText {
        switch self {
        case .user: .counting(count, ("user number", "user numbers"), ("numéro d'utilisateur", "numéros d'utilisateur"))
        case .toll: .counting(count, ("toll service number", "toll service numbers"), ("numéro de service payant", "numéros de service payants"))
        case .tollFree:
            .counting(count, ("toll-free service number", "toll-free service numbers"), ("numéro de service gratuit", "numéros de service gratuits"))
        }
    }

    /// The kind as an adjective after "numéros" (plural) in French messages.
    var frenchPlural: String {
        switch self {
        case .user: "d'utilisateur"
        case .toll: "payants"
        case .tollFree: "gratuits"
        }
    }

    /// The kind as an adjective after "numéro" (singular) in French messages.
    var frenchSingular: String {
        switch self {
        case .user: "d'utilisateur"
        case .toll: "payant"
        case .tollFree: "gratuit"
        }
    }
}
