import Foundation
import Testing
import SetupGuideFuzzing

/// Every seed and every crasher libFuzzer found, fed again to its target (issue 17).
@Suite("Fuzz corpus replay")
struct FuzzCorpusReplayTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzCorpus")

    static func files(of target: FuzzTarget) -> [URL] {
        let folder = corpus.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test("each input of a target's corpus is read, or refused by a problem that names its line", arguments: FuzzTarget.allCases)
    func replay(_ target: FuzzTarget) throws {
        let files = Self.files(of: target)
        #expect(files.count >= 3, "Tests/FuzzCorpus/\(target.rawValue) holds too few seeds")
        for file in files {
            let outcome = target.run(try Data(contentsOf: file))
            #expect(outcome.isExplained, "\(target.rawValue)/\(file.lastPathComponent): \(outcome.summary)")
        }
    }

    @Test("an export read in memory, as the fuzzer reads it, gives what the same file in a folder gives",
          arguments: [FuzzTarget.exportJSON, .exportCSV, .exportUTF16])
    func exportInMemoryReadsAsFile(_ target: FuzzTarget) throws {
        let files = Self.files(of: target)
        #expect(!files.isEmpty)
        for file in files {
            let data = try Data(contentsOf: file)
            #expect(target.readsAsFile(data), "\(target.rawValue)/\(file.lastPathComponent)")
        }
    }

    @Test("the shipped seeds are read without a problem where they should be")
    func seedsRead() throws {
        for file in Self.files(of: .answers) where file.lastPathComponent.hasPrefix("seed-") {
            let outcome = FuzzTarget.answers.run(try Data(contentsOf: file))
            #expect(outcome.result != nil && outcome.problems.isEmpty, "\(file.lastPathComponent): \(outcome.summary)")
        }
        for file in Self.files(of: .usersCSV) where file.lastPathComponent.hasPrefix("seed-") {
            let outcome = FuzzTarget.usersCSV.run(try Data(contentsOf: file))
            #expect(outcome.result != nil, "\(file.lastPathComponent): \(outcome.summary)")
        }
    }
}
