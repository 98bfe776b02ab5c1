import Foundation
import GuideRenderer
import Testing

/// Every colour pair of the shipped stylesheet reaches WCAG AA for body text (4.5:1).
@Suite("Colour contrast of the shipped stylesheet")
struct ContrastTests {
    static let css: String = (try? TemplateSet.defaults())?.assets["style.css"] ?? ""

    /// `--name: #rrggbb` custom properties.
    static var variables: [String: String] {
        var found: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: #"--([a-z-]+):\s*(#[0-9a-fA-F]{6})"#)
        for match in pattern.matches(in: css, range: NSRange(css.startIndex..., in: css)) {
            found[String(css[Range(match.range(at: 1), in: css)!])] = String(css[Range(match.range(at: 2), in: css)!])
        }
        return found
    }

    /// Rules that set both a text colour and a background, resolved to hex.
    static var rulePairs: [(rule: String, text: String, background: String)] {
        var pairs: [(String, String, String)] = []
        let rule = try! NSRegularExpression(pattern: #"([^{}]+)\{([^{}]*)\}"#)
        for match in rule.matches(in: css, range: NSRange(css.startIndex..., in: css)) {
            let selector = String(css[Range(match.range(at: 1), in: css)!]).trimmingCharacters(in: .whitespacesAndNewlines)
            let body = String(css[Range(match.range(at: 2), in: css)!])
            guard let text = value(of: "color", in: body), let background = value(of: "background", in: body) else { continue }
            pairs.append((selector, text, background))
        }
        return pairs
    }

    static func value(of property: String, in body: String) -> String? {
        for declaration in body.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, parts[0] == property else { continue }
            var value = parts[1].replacingOccurrences(of: " !important", with: "")
            if value.hasPrefix("var(--") { value = variables[String(value.dropFirst(6).dropLast())] ?? value }
            if value.hasPrefix("#"), value.count == 7 { return value }
        }
        return nil
    }

    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16)!
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.039_28 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func ratio(_ a: String, _ b: String) -> Double {
        let (l1, l2) = (luminance(a), luminance(b))
        return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
    }

    @Test("rules that set a colour and a background are readable")
    func rules() {
        let pairs = Self.rulePairs
        #expect(pairs.count >= 5, "the stylesheet was read")
        for pair in pairs {
            #expect(Self.ratio(pair.text, pair.background) >= 4.5, "\(pair.rule): \(pair.text) on \(pair.background)")
        }
    }

    @Test("text, muted text, links and callout titles are readable on the page and on every tinted background")
    func palette() throws {
        let vars = Self.variables
        let foregrounds = ["text", "muted", "link", "note", "tip", "important", "caution", "warning"].compactMap { vars[$0] }
        #expect(foregrounds.count == 8)
        let pattern = try NSRegularExpression(pattern: #"background:\s*(#[0-9a-fA-F]{6})"#)
        let backgrounds = Set(pattern.matches(in: Self.css, range: NSRange(Self.css.startIndex..., in: Self.css)).map {
            String(Self.css[Range($0.range(at: 1), in: Self.css)!])
        }).union([vars["paper"] ?? "#ffffff"])
        for background in backgrounds {
            for foreground in foregrounds {
                #expect(Self.ratio(foreground, background) >= 4.5, "\(foreground) on \(background)")
            }
        }
    }
}
