internal import Foundation
internal import Mustache
internal import SetupGuideModel
public import SetupGuideFleet

/// A fleet's dashboard: one HTML page with the totals, every client worst first with a link to
/// its own report page, and the failing checks across the fleet. It is made with the site's
/// template engine, values escaped before they reach the template (``TemplateValue``), under a
/// Content-Security-Policy that runs no script at all.
public struct FleetDashboardRenderer: Sendable {
    /// The page of each client's own report, relative to the dashboard (`nil` for a client
    /// without one).
    public var pages: @Sendable (FleetReport.Client) -> String?

    /// Creates a renderer.
    public init(pages: @escaping @Sendable (FleetReport.Client) -> String? = FleetDashboardWriter.page(of:)) { self.pages = pages }

    static let template = #"""
        {{% CONTENT_TYPE: TEXT}}<!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="setup-guide">
        <title>{{title}}</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}
        table{border-collapse:collapse;width:100%;margin:1rem 0}
        th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f3f3f3}
        .complete{color:#0a6b0a;font-weight:600}.gaps{color:#8a5a00;font-weight:600}.unusable{color:#b00020;font-weight:600}
        </style>
        </head>
        <body>
        <h1>{{title}}</h1>
        <p>{{totals}}</p>
        <table>
        <thead><tr><th>{{t.client}}</th><th>{{t.tenant}}</th><th>{{t.country}}</th><th>{{t.result}}</th><th>{{t.report}}</th></tr></thead>
        <tbody>
        {{#clients}}
        <tr><td>{{name}}{{#folder}}<br><code>{{folder}}</code>{{/folder}}</td><td><code>{{tenant}}</code></td><td>{{country}}</td><td class="{{outcome}}">{{verdict}}</td><td>{{#page}}<a href="{{page}}">{{t.open}}</a>{{/page}}</td></tr>
        {{/clients}}
        </tbody>
        </table>
        {{#hasChecks}}
        <h2>{{t.checks}}</h2>
        <ul>
        {{#checks}}
        <li>{{summary}} <code>{{check}}</code></li>
        {{/checks}}
        </ul>
        {{/hasChecks}}
        </body>
        </html>

        """#

    /// The dashboard page.
    public func render(_ report: FleetReport) -> String {
        let language = Language(rawValue: report.language) ?? .english
        let words: [String: BilingualText] = [
            "client": .init("Client", "Client"), "tenant": .init("Tenant id", "Id du locataire"), "country": .init("Country", "Pays"),
            "result": .init("Result", "Résultat"), "report": .init("Report", "Rapport"), "open": .init("open", "ouvrir"),
            "checks": .init("Checks across the fleet", "Vérifications sur l'ensemble de la flotte"),
        ]
        let clients: [TemplateValue] = report.clients.map { client in
            var value: TemplateValue = [
                "name": .text(client.displayName), "tenant": .text(client.tenantId ?? ""), "country": .text(client.country ?? ""),
                "outcome": .text(client.outcome.rawValue), "verdict": .text(FleetWords.verdict(client)[language]),
                "folder": client.displayName == client.folder ? .flag(false) : .text(client.folder),
                "page": .flag(false),
            ]
            if let page = pages(client) { value["page"] = .text(page) }
            return value
        }
        let checks: [TemplateValue] = report.checks.map { ["summary": .text($0.summary), "check": .text($0.check)] }
        let context: TemplateValue = [
            "lang": .text(report.language), "title": .text(BilingualText("Fleet verification", "Vérification de la flotte")[language]),
            "totals": .text(FleetWords.totals(report)[language]), "clients": .list(clients), "checks": .list(checks),
            "hasChecks": .flag(!checks.isEmpty), "t": .object(words.mapValues { .text($0[language]) }),
        ]
        var library = MustacheLibrary()
        // the template is ours and fixed; a parse error would be a bug caught by the tests
        guard let template = try? MustacheTemplate(string: Self.template) else { return "" }
        library.register(template, named: "fleet")
        return library.render(context.mustacheValue, withTemplate: "fleet") ?? ""
    }
}
