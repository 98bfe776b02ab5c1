import Testing

/// On CI the seed corpus must be there: a skipped corpus suite would hide that the importer no
/// longer reads the real articles. Elsewhere its absence is only announced.
@Suite("Seed corpus: presence")
struct SeedCorpusPresenceTests {
    @Test("With CI=true the seed corpus is present")
    func presentOnCI() {
        #expect(SeedCorpus.isAvailable || !SeedCorpus.isCI,
                "CI=true but the seed corpus suite cannot run: \(SeedCorpus.skipReason)")
    }
}
