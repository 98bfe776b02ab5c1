public import Foundation
internal import Mustache
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// The templates and static files a site is made from: the shipped ones, with any file of a
/// `--templates` folder taking the place of the shipped file of the same name.
///
/// Templates are Mustache (`page.mustache`, `step.mustache`, `index.mustache`, and any other
/// `.mustache` file as a partial); `style.css` and `checklist.js` are copied as they are.
/// Every value a template receives is already-escaped ``HTML``, so `{{name}}` and `{{{name}}}`
/// write the same thing.
///
/// ```swift
/// let templates = try TemplateSet.load(overridesIn: URL(fileURLWithPath: "brand"))
/// let page = templates.render("page", context)
/// ```
public struct TemplateSet: Sendable {
    /// The static files every site needs, copied into `assets/`.
    public static let assetNames = ["style.css", "checklist.js"]

    private let library: MustacheLibrary
    /// The static files by name.
    public let assets: [String: String]
    /// Where each template came from, for messages.
    public let sources: [String: String]

    /// The shipped templates.
    public static func defaults() throws(TemplateError) -> TemplateSet {
        try TemplateSet(templates: DefaultTemplates.templates.mapValues { ($0, nil) }, assets: DefaultTemplates.assets)
    }

    /// The shipped templates, with files of `folder` in place of those of the same name.
    public static func load(overridesIn folder: URL?) throws(TemplateError) -> TemplateSet {
        guard let folder else { return try defaults() }
        var templates = DefaultTemplates.templates.mapValues { ($0, String?.none) }
        var assets = DefaultTemplates.assets
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw TemplateError(
                file: folder.path, line: 1, column: 1, message: "cannot read the templates folder",
                frenchMessage: "impossible de lire le dossier des modèles")
        }
        for name in names where name.hasSuffix(".mustache") || assets[name] != nil {
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8)
            else {
                throw TemplateError(
                    file: url.path, line: 1, column: 1, message: "cannot read the file as UTF-8 text",
                    frenchMessage: "impossible de lire le fichier comme du texte UTF-8")
            }
            if name.hasSuffix(".mustache") {
                templates[String(name.dropLast(".mustache".count))] = (text, url.path)
            } else {
                assets[name] = text
            }
        }
        return try TemplateSet(templates: templates, assets: assets)
    }

    /// Values are escaped before they reach a template, so templates run in Mustache's text
    /// mode: escaping them again would show `&amp;` on the page.
    private static let textMode = "{{% CONTENT_TYPE: TEXT}}"

    private init(templates: [String: (text: String, path: String?)], assets: [String: String]) throws(TemplateError) {
        var library = MustacheLibrary()
        var sources: [String: String] = [:]
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            let file = template.path ?? "(shipped) \(name).mustache"
            sources[name] = file
            do {
                library.register(try MustacheTemplate(string: Self.textMode + template.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = line == 1 ? max(1, error.context.columnNumber - Self.textMode.count) : error.context.columnNumber
                let (english, french) = Self.describe(error.error)
                throw TemplateError(file: file, line: line, column: column, message: english, frenchMessage: french)
            } catch {
                throw TemplateError(file: file, line: 1, column: 1, message: "\(error)")
            }
        }
        try PartialChecker.check(templates.reduce(into: [:]) { $0[$1.key] = ($1.value.text, sources[$1.key] ?? $1.key) })
        self.library = library
        self.assets = assets
        self.sources = sources
    }

    /// Renders a template with a context of escaped values.
    public func render(_ name: String, _ context: TemplateValue) -> String {
        library.render(context.mustacheValue, withTemplate: name) ?? ""
    }

    private static func describe(_ error: any Error) -> (String, String) {
        guard let error = error as? MustacheTemplate.Error else { return ("\(error)", "\(error)") }
        switch error {
        case .sectionCloseNameIncorrect:
            return ("this closing tag does not match the section that is open",
                    "cette balise fermante ne correspond pas à la section ouverte")
        case .unfinishedName:
            return ("a tag is not finished: close it with }}", "une balise n'est pas terminée : fermez-la avec }}")
        case .expectedSectionEnd:
            return ("a section is opened but never closed with {{/name}}",
                    "une section est ouverte mais jamais fermée par {{/nom}}")
        case .invalidSetDelimiter:
            return ("the set-delimiter tag is malformed", "la balise de changement de délimiteurs est mal formée")
        case .transformAppliedToInheritanceSection:
            return ("a transform cannot apply to an inherited section",
                    "une transformation ne peut pas s'appliquer à une section héritée")
        case .illegalTokenInsideInheritSection:
            return ("this tag is not allowed inside an inherited partial",
                    "cette balise n'est pas permise dans un partiel hérité")
        case .textInsideInheritSection:
            return ("text is not allowed inside an inherited partial", "le texte n'est pas permis dans un partiel hérité")
        case .invalidConfigVariableSyntax:
            return ("the {{% … }} tag is malformed", "la balise {{% … }} est mal formée")
        case .unrecognisedConfigVariable:
            return ("unknown {{% … }} setting", "réglage {{% … }} inconnu")
        @unknown default:
            return ("\(error)", "\(error)")
        }
    }
}
