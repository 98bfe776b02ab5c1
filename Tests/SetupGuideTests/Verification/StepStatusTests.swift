import SetupGuide
import Testing

@Suite("Step status from check statuses")
struct StepStatusTests {
    @Test("one failing check makes the step not done; all not applicable make it not applicable",
          arguments: [
            ([StepStatus.State.done, .done], StepStatus.State.done),
            ([.done, .notDone], .notDone),
            ([.notApplicable, .notApplicable], .notApplicable),
            ([.notApplicable, .done], .done),
            ([], .unknown),
          ])
    func combining(parts: [StepStatus.State], expected: StepStatus.State) {
        #expect(StepStatus.combining(parts.map { StepStatus($0) }).state == expected)
    }

    @Test("details and findings of failing checks come first")
    func order() {
        let combined = StepStatus.combining([
            StepStatus(.done, detail: "25 / 25 licences"),
            StepStatus(.notDone, detail: "212 / 230 users have a number", count: .init(done: 212, total: 230), findings: ["ana"]),
        ])
        #expect(combined.detail == "212 / 230 users have a number · 25 / 25 licences")
        #expect(combined.count == .init(done: 212, total: 230))
        #expect(combined.findings == ["ana"])
    }
}
