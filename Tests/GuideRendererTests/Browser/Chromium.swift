import Foundation
import Testing

/// Runs Debian's headless Chromium against pages on disk.
///
/// A missing browser is a failure, never a skip: run `scripts/setup.sh` (as root it installs
/// `chromium`; otherwise it prints the command) or point `CHROMIUM` at the executable.
struct Chromium {
    let executable: URL
    /// The browser profile: two runs with the same one share localStorage, as a person's browser does.
    let profile: URL

    init(profile: URL) throws {
        self.executable = try Self.find()
        self.profile = profile
    }

    static func find() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["CHROMIUM"], !path.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw BrowserError("CHROMIUM='\(path)' is not an executable file")
            }
            return URL(fileURLWithPath: path)
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init) + ["/usr/bin", "/snap/bin"]
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return URL(fileURLWithPath: "\(folder)/\(name)")
            }
        }
        throw BrowserError(
            "Chromium is needed for the browser tests and was not found. Run 'bash scripts/setup.sh' "
                + "(or: sudo apt-get install -y chromium), or set CHROMIUM to its path.")
    }

    /// The DOM after the page's scripts ran.
    func dumpDOM(_ url: String) throws -> String {
        try run(["--dump-dom", url])
    }

    /// A PNG of the page's first screen.
    func screenshot(_ url: String, to file: URL, width: Int = 1200, height: Int = 900) throws {
        _ = try run(["--screenshot=\(file.path)", "--window-size=\(width),\(height)", "--hide-scrollbars", url])
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw BrowserError("Chromium wrote no screenshot to \(file.path)")
        }
    }

    /// Runs the browser once, headless, and returns what it printed; gives up after 90 s.
    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-dev-shm-usage",
            "--user-data-dir=\(profile.path)",
        ] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let timeout = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: timeout)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timeout.cancel()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw BrowserError("Chromium failed (status \(process.terminationStatus)) with \(arguments.joined(separator: " "))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

struct BrowserError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
