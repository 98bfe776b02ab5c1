internal import SetupGuideModel
internal import SetupGuidePlanning

extension NumberKind {
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
