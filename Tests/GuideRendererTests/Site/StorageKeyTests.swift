import GuideRenderer
import SetupGuide
import Testing

/// Ticks are kept under a key made from the steps' text, the country and the language: the same
/// page keeps its ticks from one render to the next, and a changed guide starts afresh.
@Suite("Browser storage key")
struct StorageKeyTests {
    private func key(_ plan: Plan, provider: (any StepStatusProvider)? = nil) -> String {
        ChecklistPageBuilder(plan: plan, guideTitles: [:], statusProvider: provider).build().storageKey
    }

    @Test("the same content gives the same key, and a tenant overlay does not change it")
    func stable() throws {
        let plan = try Fixture.plan()
        #expect(key(plan) == key(try Fixture.plan()))
        #expect(key(plan) == key(plan, provider: FakeStatusProvider()))
        #expect(key(plan).hasSuffix(":FR:fr"))
    }

    @Test("another country or a changed task gives another key")
    func changes() throws {
        let plan = try Fixture.plan()
        #expect(key(plan) != key(try Fixture.plan("US")))
        var edited = plan
        edited.steps[0].step.body = MarkdownParser().parse("1. Autre tâche\n", path: "x.md").blocks
        #expect(key(plan) != key(edited))
    }
}
