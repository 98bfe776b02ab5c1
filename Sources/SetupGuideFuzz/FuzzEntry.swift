import Foundation
import SetupGuideFuzzing

// `setup-guide-fuzz`, two programs from one file.
//
// Built by `scripts/fuzz.sh` with `-sanitize=fuzzer -DSETUP_GUIDE_LIBFUZZER`, it is a libFuzzer
// target: its `main` hands over to libFuzzer's driver, and SETUP_GUIDE_FUZZ_TARGET names the
// reader to drive.
// Built normally (`swift build`), it is a replay driver: `setup-guide-fuzz TARGET FILE…` runs the
// target on each file (or each file of a folder) and prints what came of it, so a crasher can be
// re-run under a debugger without the fuzzing runtime.

#if SETUP_GUIDE_LIBFUZZER

nonisolated(unsafe) private var selected: FuzzTarget = .guide

/// libFuzzer's entry for a program that has its own `main`: SwiftPM names an executable's
/// `main` after its module on Linux, so libFuzzer's own `main` is never linked in.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    _ = selected.run(data)
    return 0
}

@main
struct FuzzDriver {
    static func main() {
        let name = ProcessInfo.processInfo.environment["SETUP_GUIDE_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("setup-guide-fuzz: set SETUP_GUIDE_FUZZ_TARGET to one of: \(names)\n".utf8))
            exit(2)
        }
        selected = target
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { bytes, count in fuzzOneInput(bytes, count) })
    }
}

#else

@main
struct ReplayDriver {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        guard let first = arguments.first, let target = FuzzTarget(rawValue: first), arguments.count > 1 else {
            FileHandle.standardError.write(Data("usage: setup-guide-fuzz TARGET FILE-OR-FOLDER…\ntargets: \(names)\n".utf8))
            exit(2)
        }
        var failed = false
        for path in arguments.dropFirst() {
            for file in files(at: URL(fileURLWithPath: path)) {
                guard let data = try? Data(contentsOf: file) else {
                    FileHandle.standardError.write(Data("setup-guide-fuzz: cannot read \(file.path)\n".utf8))
                    failed = true
                    continue
                }
                let outcome = target.run(data)
                if !outcome.isExplained { failed = true }
                print("\(file.lastPathComponent): \(outcome.isExplained ? "" : "UNEXPLAINED ")\(outcome.summary)")
            }
        }
        exit(failed ? 1 : 0)
    }

    static func files(at url: URL) -> [URL] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else { return [url] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { url.appendingPathComponent($0) }
    }
}

#endif
