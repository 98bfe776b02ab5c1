import Foundation
import Testing
import SetupGuide

@Suite("fleet.yaml")
struct FleetFileTests {
    @Test("defaults and client entries are read; features as a list or a single value")
    func reads() throws {
        let fleet = try FleetFile.parse("""
            defaults: { country: FR, features: [call-queues] }
            clients:
              contoso: { country: US, connectivity: direct-routing, features: toll-free, answers: answers/contoso.yaml }
              fabrikam: {}
            """, path: "fleet/fleet.yaml")
        #expect(fleet.defaults.country == "FR")
        #expect(fleet.defaults.features == ["call-queues"])
        let contoso = try #require(fleet.clients["contoso"])
        #expect(contoso.country == "US")
        #expect(contoso.connectivity == "direct-routing")
        #expect(contoso.features == ["toll-free"])
        #expect(contoso.answers == "answers/contoso.yaml")
        #expect(contoso.location?.line == 3)
        #expect(fleet.clients["fabrikam"] == FleetFile.Entry(location: fleet.clients["fabrikam"]?.location))
        #expect(fleet.clients["fabrikam"]?.features == nil, "no features given is not 'none'")
    }

    @Test("a mistake is named with its line and column, in both languages", arguments: [
        ("clients:\n  contoso: { contry: US }\n", 2, "unknown key 'contry' in 'contoso'", "clé inconnue « contry » dans « contoso »"),
        ("clients:\n  contoso: { features: { a: b } }\n", 2, "'features' of 'contoso' must be a list", "« features » de « contoso » doit être une liste"),
        ("client:\n  contoso: {}\n", 1, "unknown key 'client' in fleet.yaml", "clé inconnue « client » dans fleet.yaml"),
        ("- contoso\n", 1, "fleet.yaml must be a YAML mapping", "fleet.yaml doit être un dictionnaire YAML"),
        ("clients:\n  contoso: US\n", 2, "the entry 'contoso' must be a mapping", "l'entrée « contoso » doit être un dictionnaire"),
        ("clients: [contoso\n", 2, "invalid YAML", "YAML invalide"),
    ])
    func refuses(_ text: String, _ line: Int, _ english: String, _ french: String) {
        do {
            _ = try FleetFile.parse(text, path: "f/fleet.yaml")
            Issue.record("\(text) was accepted")
        } catch {
            #expect(error.diagnostic.location.path == "f/fleet.yaml")
            #expect(error.diagnostic.location.line == line, "\(error.diagnostic)")
            #expect(error.diagnostic.message.contains(english), "\(error.diagnostic.message)")
            #expect(error.diagnostic.messageFrench?.contains(french) == true, "\(error.diagnostic.messageFrench ?? "")")
        }
    }

    @Test("an empty file says nothing and is no error")
    func empty() throws {
        #expect(try FleetFile.parse("", path: "fleet.yaml") == FleetFile(path: "fleet.yaml"))
    }
}
