import SetupGuide
import Testing

@Suite("Import: step headings")
struct ImportStepHeadingTests {
    @Test(
        "Step heading variants",
        arguments: [
            ("Étape 3 : Obtenir des numéros", 3, "Obtenir des numéros"),
            ("Étape\u{00A0}3\u{00A0}: Obtenir", 3, "Obtenir"),
            ("Étape\u{202F}3\u{202F}: Obtenir", 3, "Obtenir"),
            ("Étape\u{2009}3\u{2009}: Obtenir", 3, "Obtenir"),
            ("Étape 3. Obtenir", 3, "Obtenir"),
            ("Étape 3 :Obtenir", 3, "Obtenir"),
            ("ÉTAPE 3 : OBTENIR", 3, "OBTENIR"),
            ("Etape 3 : sans accent", 3, "sans accent"),
            ("E\u{0301}tape 3 : décomposé", 3, "décomposé"),
            ("Step 3: Get numbers", 3, "Get numbers"),
            ("Step 3 - Get numbers", 3, "Get numbers"),
            ("Step 3 – Get numbers", 3, "Get numbers"),
            ("step 12: lower case", 12, "lower case"),
            ("  Step 4", 4, ""),
        ])
    func matches(text: String, number: Int, title: String) {
        let match = StepHeadingMatcher.match(text)
        #expect(match?.number == number)
        #expect(match?.title == title)
    }

    @Test(
        "Not step headings",
        arguments: ["Steps to follow", "Stepping 3: no", "Étapes 3 : pluriel", "Step three: words", "Step 3x: glued",
                    "Que devez-vous savoir ?", "", "Step", "Step 12345: too long", "Footstep 3: inside a word",
                    "Step 2.1: a sub-step"])
    func rejects(text: String) {
        #expect(StepHeadingMatcher.match(text) == nil)
    }

    @Test(
        "Headings at any level, with anchors inside",
        arguments: [
            "## <a name=\"s3\"></a>Étape 3 : Obtenir",
            "### Étape&nbsp;3 : Obtenir",
            "#### Step <a name=\"x\"></a>3: Obtenir",
            "# **Étape 3 :** Obtenir",
            "Étape 3 : Obtenir\n---",
        ])
    func headingsInArticles(heading: String) {
        let article = ArticleImporter().importMarkdown("# Guide\n\n\(heading)\n\n1. Faire\n")
        #expect(article.steps.count == 1)
        #expect(article.steps.first?.number == 3)
        #expect(article.steps.first?.title == "Obtenir")
        #expect(article.steps.first?.tasks.count == 1)
    }
}
