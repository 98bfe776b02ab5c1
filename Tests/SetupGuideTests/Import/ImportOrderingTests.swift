import SetupGuide
import Testing

@Suite("Import: suggested ordering rules")
struct ImportOrderingTests {
    @Test("Fixture 001: outside France, step 3 comes before step 2")
    func fixture001() throws {
        let article = try Articles.article("001")
        #expect(article.orderingSuggestions.count == 1)
        let suggestion = try #require(article.orderingSuggestions.first)
        #expect(suggestion.step == 2)
        #expect(suggestion.stepID == "reserver-des-numeros-de-telephone")
        #expect(suggestion.relation == .after)
        #expect(suggestion.target == 3)
        #expect(suggestion.targetID == "declarer-les-adresses-d-urgence")
        #expect(suggestion.condition == "si votre organisation est hors de France")
        #expect(suggestion.location.description == "articles/001.md:40:1")
        #expect(suggestion.sentence.hasPrefix("Par conséquent"))
    }

    @Test("The plain-text copy of the same page gives the same rule")
    func fixture000() throws {
        let suggestions = try Articles.article("000").orderingSuggestions
        #expect(suggestions.map { "\($0.step) \($0.relation) \($0.target)" } == ["2 after 3"])
        #expect(suggestions.first?.condition == "si votre organisation est hors de France")
    }

    @Test("No rule where the prose has none", arguments: ["003", "004", "002"])
    func noFalseRules(prefix: String) throws {
        #expect(try Articles.article(prefix).orderingSuggestions.isEmpty)
    }

    @Test(
        "Sentences in English and French",
        arguments: [
            ("If you are outside the United States, do step 3 first, then step 2.", "2 after 3 If you are outside the United States"),
            ("Complete this before step 3.", "2 before 3 -"),
            ("Do this after Step 1 is done.", "2 after 1 -"),
            ("Finish step 3 first.", "2 after 3 -"),
            ("Après l’étape 1, revenez ici.", "2 after 1 -"),
            ("Faites-le avant l'étape\u{00A0}3 si vous êtes en France.", "2 before 3 -"),
            ("Lorsque vous êtes prêt, terminez d'abord l'étape 3.", "2 after 3 Lorsque vous êtes prêt"),
        ])
    func sentences(sentence: String, expected: String) {
        let article = ArticleImporter().importMarkdown(
            "## Step 1: A\n\ntext\n\n## Step 2: B\n\n\(sentence)\n\n## Step 3: C\n\ntext\n")
        let found = article.orderingSuggestions.map { "\($0.step) \($0.relation) \($0.target) \($0.condition ?? "-")" }
        #expect(found == [expected])
    }

    @Test(
        "Mentions without an ordering word are not rules",
        arguments: ["Si le système n’est pas disponible, passez à l’étape 3.", "See step 3 for details.",
                    "Do it first.", "Step 2 is this step, do it first.",
                    "Cliquez sur Nouveau, puis suivez les instructions de l'étape 3 de cet autre article.",
                    "Before you start, read the whole page; step 3 has the details."])
    func notRules(sentence: String) {
        let article = ArticleImporter().importMarkdown("## Step 2: B\n\n\(sentence)\n\n## Step 3: C\n")
        #expect(article.orderingSuggestions.isEmpty)
    }
}
