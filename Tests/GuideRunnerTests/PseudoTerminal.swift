import Foundation
import Testing

/// Runs the built binary on a pseudo-terminal, as an admin at a terminal would: the program
/// sees a TTY on its standard input and output, and the test types and reads the screen.
final class PseudoTerminal: @unchecked Sendable {
    private let master: Int32
    private let process = Process()
    private let lock = NSLock()
    private var buffer = Data()
    private var reader: Thread?

    init(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil) throws {
        // posix_openpt and friends are not visible from Swift's Glibc module: use the Linux
        // ioctls they wrap (TIOCSPTLCK to unlock, TIOCGPTN for the slave's number)
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: CInt = 0
        var number: CInt = 0
        guard master >= 0, ioctl(master, UInt(0x4004_5431), &unlock) == 0, ioctl(master, UInt(0x8004_5430), &number) == 0 else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "no pseudo-terminal available"])
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw CocoaError(.fileReadUnknown) }
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = try BinaryRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? BinaryRunner.packageRoot
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm"
        env["NO_COLOR"] = "1"
        env["LANG"] = "en_US.UTF-8"
        env["LC_ALL"] = nil
        env.merge(environment) { $1 }
        process.environment = env
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let master = self.master
        reader = Thread { [weak self] in
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(master, &chunk, chunk.count)
                if count <= 0 { break }
                guard let self else { break }
                self.lock.lock()
                self.buffer.append(contentsOf: chunk[0..<count])
                self.lock.unlock()
            }
        }
        reader?.start()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        close(master)
    }

    /// Everything the program printed so far.
    var screen: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Waits until the screen shows `text` after `from` characters, and returns where it ends.
    @discardableResult
    func expect(_ text: String, after from: String.Index? = nil, timeout: TimeInterval = 60,
                sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let range = screen.range(of: text), from.map({ range.lowerBound >= $0 }) ?? true { return true }
            if !process.isRunning, !(screen.contains(text)) {
                Thread.sleep(forTimeInterval: 0.2)
                if screen.contains(text) { return true }
                break
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("the screen never showed '\(text)'; it shows:\n\(screen.suffix(3000))", sourceLocation: sourceLocation)
        return false
    }

    /// Waits until the screen shows `text` `occurrence` times.
    func expect(_ text: String, occurrence: Int, timeout: TimeInterval = 60, sourceLocation: SourceLocation = #_sourceLocation) {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline, count(text) < occurrence, process.isRunning { Thread.sleep(forTimeInterval: 0.02) }
        if count(text) < occurrence {
            Issue.record("'\(text)' shown \(count(text)) times, not \(occurrence); screen:\n\(screen.suffix(3000))",
                         sourceLocation: sourceLocation)
        }
    }

    /// Counts how often `text` is on the screen.
    func count(_ text: String) -> Int { screen.components(separatedBy: text).count - 1 }

    /// Types a line.
    func type(_ line: String) {
        let bytes = Array((line + "\r").utf8)
        _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
    }

    /// Sends bytes as they are, without a line end (Ctrl-D is "\u{04}").
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits for a prompt the `n`-th time it appears, then types the answer.
    func answer(_ prompt: String, occurrence: Int = 1, with line: String, timeout: TimeInterval = 60,
                sourceLocation: SourceLocation = #_sourceLocation) {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline, count(prompt) < occurrence, process.isRunning {
            Thread.sleep(forTimeInterval: 0.02)
        }
        guard count(prompt) >= occurrence else {
            Issue.record("prompt '\(prompt)' #\(occurrence) never came; screen:\n\(screen.suffix(3000))", sourceLocation: sourceLocation)
            return
        }
        type(line)
    }

    /// Sends a signal to the program.
    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Waits for the program to end and returns its exit status.
    func wait(timeout: TimeInterval = 120) -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return -1
        }
        Thread.sleep(forTimeInterval: 0.1)  // let the reader drain the last output
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }
}
