import Foundation
internal import Yams
public import SetupGuideModel
internal import SetupGuidePlanning

/// Turns a parsed Markdown document into a ``Guide``: front matter, steps and their annotations.
///
/// Every problem is collected as a diagnostic; a usable part of a broken file is still returned,
/// so one run of lint reports everything.
public struct GuideLoader: Sendable {
    /// The result of loading one document.
    public struct Result: Sendable {
        /// The guide, when the file is usable enough to have one.
        public var guide: Guide?
        /// Every problem found.
        public var diagnostics: [Diagnostic]
    }

    /// Creates a loader.
    public init() {}

    /// What a guide's `order` may be.
    static let orderRange = -1_000_000...1_000_000

    /// Loads a guide from a document.
    public func load(_ document: MarkdownDocument) -> Result {
        var diagnostics: [Diagnostic] = document.diagnostics
        let top = SourceLocation(path: document.path, line: 1, column: 1)
        guard let frontMatter = document.frontMatter else {
            diagnostics.append(
                Diagnostic(.malformedFrontMatter, at: top, .init("the guide has no front matter", "le guide n'a pas d'en-tête (front matter)"),
                           hint: .init("start the file with '---', 'guide: id', 'lang: fr', 'title: …' and '---'",
                                       "commencez le fichier par « --- », « guide: id », « lang: fr », « title: … » et « --- »")))
            return Result(guide: nil, diagnostics: diagnostics)
        }
        var guide = Guide(id: "", language: .english, title: "", path: document.path, steps: [])
        readFrontMatter(frontMatter, path: document.path, into: &guide, diagnostics: &diagnostics)
        (guide.introduction, guide.steps) = steps(in: document, diagnostics: &diagnostics)
        if guide.steps.isEmpty {
            diagnostics.append(
                Diagnostic(.noSteps, at: top, .init("the guide declares no step", "le guide ne déclare aucune étape"),
                           hint: .init("put a '<!-- step id: … -->' comment right under each step's heading",
                                       "placez un commentaire « <!-- step id: … --> » juste sous le titre de chaque étape")))
        }
        return Result(guide: guide, diagnostics: diagnostics)
    }

    private func readFrontMatter(
        _ frontMatter: FrontMatter, path: String, into guide: inout Guide, diagnostics: inout [Diagnostic]
    ) {
        let source = YAMLSource(path: path, text: frontMatter.yaml, firstLine: frontMatter.firstLine)
        let fenceLocation = SourceLocation(path: path, line: 1, column: 1)
        let root: Node?
        switch source.compose(
            .malformedFrontMatter, hint: .init("fix the YAML between the '---' lines", "corrigez le YAML entre les lignes « --- »")) {
        case .success(let node): root = node
        case .failure(let error):
            diagnostics.append(error.diagnostic)
            return
        }
        guard let pairs = root?.pairs else {
            diagnostics.append(
                Diagnostic(.malformedFrontMatter, at: fenceLocation,
                           .init("the front matter must be a YAML mapping", "l'en-tête doit être un dictionnaire YAML"),
                           hint: .init("write 'key: value' lines between the '---' lines",
                                       "écrivez des lignes « clé: valeur » entre les lignes « --- »")))
            return
        }
        var seen: Set<String> = []
        for (key, _, value) in pairs {
            seen.insert(key)
            let text = value.text ?? value.stringList?.joined(separator: ", ") ?? ""
            switch key {
            case "guide":
                guide.id = text
                if !StepAnnotationDecoder.isValidID(text) {
                    diagnostics.append(
                        Diagnostic(.invalidID, at: source.location(of: value),
                                   .init("guide id '\(text)' is not lower-case words joined by '-'",
                                         "l'id de guide « \(text) » n'est pas fait de mots en minuscules reliés par « - »"),
                                   hint: .init("use letters, digits and hyphens, such as 'numbers'",
                                               "utilisez des lettres, des chiffres et des tirets, par exemple « numbers »")))
                }
            case "lang":
                if let language = Language(rawValue: text) {
                    guide.language = language
                } else {
                    diagnostics.append(
                        Diagnostic(.malformedFrontMatter, at: source.location(of: value),
                                   .init("unknown language '\(text)'", "langue inconnue « \(text) »"),
                                   hint: .init("write 'lang: fr' or 'lang: en'", "écrivez « lang: fr » ou « lang: en »")))
                }
            case "title": guide.title = text
            case "description": guide.description = text
            case "order":
                if let order = Int(text), Self.orderRange.contains(order) {
                    guide.order = order
                } else if text.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy(\.isASCII) && text.contains(where: \.isNumber)
                    && text.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy(\.isNumber)
                {
                    diagnostics.append(
                        Diagnostic(.numberOutOfRange, at: source.location(of: value),
                                   .init("'order' must be from \(Self.orderRange.lowerBound) to \(Self.orderRange.upperBound)",
                                         "« order » doit être compris entre \(Self.orderRange.lowerBound) et \(Self.orderRange.upperBound)"),
                                   hint: .init("write 'order: 10'", "écrivez « order: 10 »")))
                } else {
                    diagnostics.append(
                        Diagnostic(.malformedFrontMatter, at: source.location(of: value),
                                   .init("'order' must be a whole number", "« order » doit être un nombre entier"),
                                   hint: .init("write 'order: 10'", "écrivez « order: 10 »")))
                }
            default:
                guide.metadata[key] = text
            }
        }
        for key in ["guide", "lang", "title"] where !seen.contains(key) {
            diagnostics.append(
                Diagnostic(key == "guide" ? .missingID : .malformedFrontMatter, at: fenceLocation,
                           .init("the front matter has no '\(key)'", "l'en-tête n'a pas de « \(key) »"),
                           hint: .init("add '\(key): …' between the '---' lines", "ajoutez « \(key): … » entre les lignes « --- »")))
        }
    }

    private func steps(in document: MarkdownDocument, diagnostics: inout [Diagnostic])
        -> ([MarkdownBlock], [Step])
    {
        var introduction: [MarkdownBlock] = []
        var steps: [Step] = []
        var current: Step?
        let blocks = document.blocks
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            if case .heading(let level, let inlines, let anchor) = block.content {
                if let step = current, level <= step.level {
                    steps.append(step)
                    current = nil
                }
                if index + 1 < blocks.count, case .html(let html) = blocks[index + 1].content,
                    let annotation = Self.annotation(html, at: blocks[index + 1].position, path: document.path)
                {
                    if let step = current { steps.append(step) }
                    let location = document.location(block.position)
                    var step = Step(
                        id: "", title: inlines.plainText.trimmingCharacters(in: .whitespaces), titleInlines: inlines,
                        level: level, anchor: anchor, location: location)
                    var decoder = StepAnnotationDecoder(source: annotation)
                    _ = decoder.decode(into: &step)
                    diagnostics += decoder.diagnostics
                    current = step
                    index += 2
                    continue
                }
            } else if case .html(let html) = block.content,
                Self.annotation(html, at: block.position, path: document.path) != nil
            {
                diagnostics.append(
                    Diagnostic(.misplacedAnnotation, at: document.location(block.position),
                               .init("this step annotation does not follow a heading", "cette annotation d'étape ne suit pas un titre"),
                               hint: .init("move it to the line right under the step's heading",
                                           "déplacez-la sur la ligne juste sous le titre de l'étape")))
            }
            if current != nil { current!.body.append(block) } else { introduction.append(block) }
            index += 1
        }
        if let step = current { steps.append(step) }
        return (introduction, steps)
    }

    /// The YAML of a `<!-- step … -->` comment and where it starts, or `nil` for other HTML.
    static func annotation(_ html: String, at position: SourcePosition, path: String) -> YAMLSource? {
        guard html.hasPrefix("<!--") else { return nil }
        var rest = html.dropFirst(4)
        let leading = rest.prefix { $0 == " " || $0 == "\t" }
        rest = rest.dropFirst(leading.count)
        guard rest.hasPrefix("step") else { return nil }
        rest = rest.dropFirst(4)
        guard let next = rest.first, next.isWhitespace || rest.hasPrefix("-->") else { return nil }
        guard let close = rest.range(of: "-->") else { return nil }
        var yaml = rest[..<close.lowerBound]
        var line = position.line
        var column = position.column + 4 + leading.utf8.count + 4
        // YAML on the lines below the opening: start counting from the next line
        let sameLine = yaml.prefix { $0 != "\n" && $0 != "\r\n" }
        if sameLine.allSatisfy({ $0 == " " || $0 == "\t" }), sameLine.endIndex < yaml.endIndex {
            yaml = yaml[yaml.index(after: sameLine.endIndex)...]
            line += 1
            column = 1
        }
        return YAMLSource(path: path, text: String(yaml), firstLine: line, firstColumn: column)
    }
}
