import ArgumentParser
import Foundation
import SetupGuide

extension SetupGuideCommand.Fleet {
    /// Times `record` and `drift` of generated fleet runs; used by scripts/bench-store.sh, hidden from help.
    struct StoreBenchmark: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "store-benchmark",
            abstract: "Time storing generated fleet runs and comparing them (for scripts/bench-store.sh).",
            shouldDisplay: false)

        @Option(help: "Clients per run.")
        var clients: Int = 1_000
        @Option(help: "Users per client.")
        var users: Int = 50
        @Option(help: "Findings per user.")
        var findingsPerUser: Int = 3
        @Option(help: "Bytes of report JSON per finding.")
        var reportBytesPerFinding: Int = 400
        @OptionGroup var storeOption: StoreOption

        func run() throws {
            let (clients, users, perUser, bytes) = (clients, users, findingsPerUser, reportBytesPerFinding)
            let runs = (0..<2).map { index in Self.generated(run: index, clients: clients, users: users, perUser: perUser, bytes: bytes) }
            let findings = runs[0].clients.reduce(0) { $0 + $1.findings.count }
            let reportMB = Double(runs[0].clients.reduce(0) { $0 + ($1.reportJSON?.utf8.count ?? 0) }) / 1_048_576
            let times = try storeOption.run(.english) { store async throws(StoreError) in
                var seconds: [Double] = []
                for run in runs {
                    let start = Date()
                    try await store.record(run)
                    seconds.append(Date().timeIntervalSince(start))
                }
                let start = Date()
                let drift = try await store.drift(since: .last)
                seconds.append(Date().timeIntervalSince(start))
                seconds.append(Double(drift.clients.filter(\.changed).count))
                return seconds
            }
            print(String(format: "clients %d, findings %d, report JSON %.1f MB per run", clients, findings, reportMB))
            print(String(format: "record run 1: %.3f s; record run 2: %.3f s; drift since LAST: %.3f s (%d clients changed)",
                         times[0], times[1], times[2], Int(times[3])))
        }

        /// A run where each user has `perUser` findings; the second run moves one finding per client.
        static func generated(run: Int, clients: Int, users: Int, perUser: Int, bytes: Int) -> StoredFleetRun {
            let checks = ["users.have-numbers", "users.have-locations", "users.licensed", "numbers.have-locations", "addresses.valid"]
            let filler = String(repeating: "x", count: max(0, bytes - 60))
            let started = Date(timeIntervalSince1970: 1_800_000_000 + Double(run) * 2_592_000)
            return StoredFleetRun(runID: UUID().uuidString.lowercased(), startedAt: started, recordedBy: "bench", clients: (0..<clients).map { client in
                var findings: [FindingKey] = []
                for user in 0..<users {
                    for index in 0..<perUser {
                        let moved = run == 1 && user == 0 && index == 0
                        findings.append(FindingKey(
                            check: checks[(user + index) % checks.count],
                            subject: "user:u\(moved ? users + 1 : user)-\(index)@client\(client).example.com"))
                    }
                }
                let report = "{\"findings\":[" + findings.map { "{\"check\":\"\($0.check)\",\"subject\":\"\($0.subject)\",\"reason\":\"\(filler)\"}" }.joined(separator: ",") + "]}"
                return StoredClientRun(
                    tenantID: "00000000-0000-4000-8000-\(String(format: "%012d", client))", clientName: "Client \(client)", recordedAt: started,
                    manifestJSON: "{\"tenantId\":\"\(client)\"}", reportJSON: report, outcome: .gaps(findings.count), findings: findings)
            })
        }
    }
}
