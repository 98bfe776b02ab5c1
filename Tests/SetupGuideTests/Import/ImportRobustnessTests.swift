import Foundation
import GuideRenderer
import SetupGuide
import Testing

@Suite("Import: robustness")
struct ImportRobustnessTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Imports, writes and renders; the guide written must load with as many steps.
    static func exercise(_ bytes: [UInt8], path: String) {
        let article = bytes.withUnsafeBufferPointer { ArticleImporter(baseURL: Articles.baseURL).importArticle(bytes: $0, path: path) }
        #expect(article.steps.isEmpty == article.diagnostics.contains { $0.identifier == .noSteps })
        let guide = GuideWriter(baseURL: Articles.baseURL).write(article)
        _ = ArticleHTMLRenderer(baseURL: Articles.baseURL).render(article)
        _ = try? JSONEncoder().encode(article)
        if !article.steps.isEmpty {
            let loaded = GuideLoader().load(MarkdownParser().parse(guide, path: path))
            #expect(loaded.guide?.steps.count == article.steps.count, "\(path)")
        }
    }

    @Test("Random bytes never crash")
    func randomBytes() {
        var random = SplitMix(state: 9)
        let alphabet = Array("# 1.Étape 3 :\n\n> [!TIP]\n- *_`[](<a name=\"x\">)|||:---|\u{00A0}\u{202F}Step 2 - then step 1 first\r\n".utf8)
        for round in 0..<400 {
            let length = Int.random(in: 0...600, using: &random)
            let bytes: [UInt8] =
                round % 2 == 0
                ? (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
                : (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
            Self.exercise(bytes, path: "random-\(round).md")
        }
    }

    @Test("Truncated and mangled fixtures never crash", arguments: Articles.prefixes)
    func truncatedFixtures(prefix: String) throws {
        Self.cutAndMangle(try Articles.bytes(prefix), prefix: prefix)
    }

    /// Imports every cut of `bytes` and twenty mangled copies (the seed corpus does the same).
    static func cutAndMangle(_ bytes: [UInt8], prefix: String) {
        #expect(!bytes.isEmpty)
        var random = SplitMix(state: UInt64(prefix)!)
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 60)) {
            Self.exercise(Array(bytes[..<cut]), path: "\(prefix)-cut-\(cut).md")
            Self.exercise(Array(bytes[cut...]), path: "\(prefix)-from-\(cut).md")
        }
        for round in 0..<20 {
            var mangled = bytes
            for _ in 0..<40 {
                mangled[Int.random(in: 0..<mangled.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            Self.exercise(mangled, path: "\(prefix)-mangled-\(round).md")
        }
    }

    @Test(
        "Deep nesting is neither exponential nor quadratic",
        arguments: [
            String(repeating: "> ", count: 300) + "deep",
            (0..<300).map { String(repeating: "   ", count: $0) + "1. item" }.joined(separator: "\n"),
            String(repeating: "*a ", count: 300) + "b" + String(repeating: " c*", count: 300),
            String(repeating: "[", count: 300) + "x" + String(repeating: "](y)", count: 300),
        ])
    func deepNesting(body: String) {
        let clock = ContinuousClock()
        let elapsed = clock.measure { Self.exercise(Array("## Step 1: Deep\n\n\(body)\n".utf8), path: "deep.md") }
        #expect(elapsed < .seconds(20))
    }
}
