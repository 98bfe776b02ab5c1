import Foundation
import SetupGuide
import Testing

@Suite("Import: fixture articles")
struct ArticleImporterFixtureTests {
    @Test("Each fixture yields its steps", arguments: FrenchArticleChecks.stepCounts)
    func fixtureSteps(prefix: String, count: Int, source: ImportedArticle.StepSource, plain: Bool) throws {
        try FrenchArticleChecks.fixtures.checkSteps(prefix, count: count, source: source, plain: plain)
    }

    @Test("Front matter gives title, date, description and source")
    func frontMatter() throws { try FrenchArticleChecks.fixtures.checkFrontMatter() }

    @Test("Fixture 001: step headings, tasks and positions")
    func fixture001Steps() throws { try FrenchArticleChecks.fixtures.check001Steps() }

    @Test("Fixture 003: no-break spaces and anchors inside headings")
    func fixture003Headings() throws { try FrenchArticleChecks.fixtures.check003Headings() }

    @Test("Fixture 004: 'Étape 2.' with a full stop")
    func fixture004FullStop() throws { try FrenchArticleChecks.fixtures.check004FullStop() }

    @Test("Plain-text page 000: 'Étape N :' lines, tasks and callouts")
    func plainText000() throws { try FrenchArticleChecks.fixtures.checkPlainText000() }

    @Test("Plain-text page 002: sections with numbered items are the steps")
    func plainText002() throws { try FrenchArticleChecks.fixtures.checkPlainText002() }
}
