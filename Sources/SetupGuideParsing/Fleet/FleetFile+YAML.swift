public import Foundation
public import SetupGuideModel
internal import Yams

/// Reading `fleet.yaml` (``FleetFile``), with line and column for every problem.
extension FleetFile {
    /// Reads a fleet file; a problem is a diagnostic with the line and column.
    public static func load(from url: URL, displayPath: String) throws(ContentError) -> FleetFile {
        let text = try YAMLSource.readText(
            url, path: displayPath, .init("cannot read the fleet file as UTF-8 text", "impossible de lire le fichier de flotte comme du texte UTF-8"),
            hint: .init("check fleet.yaml, or remove it", "vérifiez fleet.yaml, ou retirez-le"))
        return try parse(text, path: displayPath)
    }

    /// Parses fleet YAML: `defaults:` and `clients:`, each entry with `country`, `connectivity`,
    /// `features` and `answers`.
    public static func parse(_ text: String, path: String) throws(ContentError) -> FleetFile {
        let source = YAMLSource(path: path, text: text, firstLine: 1)
        var fleet = FleetFile(path: path)
        let root: Node?
        switch source.compose(.malformedAnnotation, hint: .init("fix the YAML of fleet.yaml", "corrigez le YAML de fleet.yaml")) {
        case .success(let node): root = node
        case .failure(let error): throw error
        }
        guard let root else { return fleet }
        func fail(_ node: Node, _ message: BilingualText, _ hint: BilingualText) -> ContentError {
            ContentError(Diagnostic(.malformedAnnotation, at: source.location(of: node), message, hint: hint))
        }
        guard let pairs = root.pairs else {
            throw fail(root, .init("fleet.yaml must be a YAML mapping", "fleet.yaml doit être un dictionnaire YAML"),
                       .init("write 'defaults:' and 'clients:' (see docs/fleet.md)", "écrivez « defaults: » et « clients: » (voir docs/fleet.md)"))
        }
        func entry(_ node: Node, _ name: String) throws(ContentError) -> Entry {
            guard let fields = node.pairs else {
                throw fail(node, .init("the entry '\(name)' must be a mapping", "l'entrée « \(name) » doit être un dictionnaire"),
                           .init("write '{ country: FR }'", "écrivez « { country: FR } »"))
            }
            var entry = Entry(location: source.location(of: node))
            for (key, keyNode, value) in fields {
                switch key {
                case "country", "connectivity", "answers":
                    guard let text = value.text, !text.isEmpty else {
                        throw fail(value, .init("'\(key)' of '\(name)' must be a value", "« \(key) » de « \(name) » doit être une valeur"),
                                   .init("write '\(key): …' with one value", "écrivez « \(key): … » avec une seule valeur"))
                    }
                    switch key {
                    case "country": entry.country = text
                    case "connectivity": entry.connectivity = text
                    default: entry.answers = text
                    }
                case "features":
                    guard let list = value.stringList else {
                        throw fail(value, .init("'features' of '\(name)' must be a list", "« features » de « \(name) » doit être une liste"),
                                   .init("write 'features: [call-queues]'", "écrivez « features: [call-queues] »"))
                    }
                    entry.features = list
                default:
                    throw fail(keyNode, .init("unknown key '\(key)' in '\(name)'", "clé inconnue « \(key) » dans « \(name) »"),
                               .init("use country, connectivity, features or answers", "utilisez country, connectivity, features ou answers"))
                }
            }
            return entry
        }
        for (key, keyNode, value) in pairs {
            switch key {
            case "defaults": fleet.defaults = try entry(value, "defaults")
            case "clients":
                guard let clients = value.pairs else {
                    throw fail(value, .init("'clients' must map client folders to entries", "« clients » doit associer des dossiers de clients à des entrées"),
                               .init("write 'clients:' then '  contoso: { country: US }'", "écrivez « clients: » puis « contoso: { country: US } » en retrait"))
                }
                for (name, nameNode, client) in clients {
                    guard fleet.clients[name] == nil else {
                        throw fail(nameNode, .init("the client '\(name)' is listed twice", "le client « \(name) » figure deux fois"),
                                   .init("keep one entry per client", "gardez une entrée par client"))
                    }
                    fleet.clients[name] = try entry(client, name)
                }
            default:
                throw fail(keyNode, .init("unknown key '\(key)' in fleet.yaml", "clé inconnue « \(key) » dans fleet.yaml"),
                           .init("use defaults or clients", "utilisez defaults ou clients"))
            }
        }
        return fleet
    }
}
