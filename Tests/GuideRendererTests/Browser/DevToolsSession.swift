import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A Chromium driven over the DevTools protocol through `--remote-debugging-pipe`: commands go
/// to the browser's fd 3 and answers come from its fd 4, as JSON separated by NUL bytes.
///
/// A pipe needs no port, no WebSocket and nothing on the network; it is only what the keyboard
/// test needs: open a page, press keys, read values back.
final class DevToolsSession {
    private let pid: pid_t
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private var nextID = 0
    private var buffer: [UInt8] = []
    private var events: [[String: Any]] = []
    private var sessionID: String?

    init(chromium: Chromium) throws {
        var toPipe: [Int32] = [0, 0], fromPipe: [Int32] = [0, 0]
        guard pipe(&toPipe) == 0, pipe(&fromPipe) == 0 else { throw BrowserError("cannot create pipes") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toPipe[0], 3)
        posix_spawn_file_actions_adddup2(&actions, fromPipe[1], 4)
        let devNull = "/dev/null"
        posix_spawn_file_actions_addopen(&actions, 1, devNull, O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, devNull, O_WRONLY, 0)
        for fd in [toPipe[0], toPipe[1], fromPipe[0], fromPipe[1]] where fd > 4 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
        let arguments = [
            chromium.executable.path, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
            "--disable-dev-shm-usage", "--remote-debugging-pipe", "--window-size=1200,900",
            "--user-data-dir=\(chromium.profile.path)", "about:blank",
        ]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, chromium.executable.path, &actions, nil, &argv, environ)
        close(toPipe[0])
        close(fromPipe[1])
        guard status == 0 else { throw BrowserError("cannot start Chromium: error \(status)") }
        pid = child
        toBrowser = toPipe[1]
        fromBrowser = fromPipe[0]
    }

    deinit {
        close(toBrowser)
        close(fromBrowser)
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    /// Opens `url` in a new tab, attaches to it and waits until it has loaded.
    func open(_ url: String) throws {
        let target = try send("Target.createTarget", ["url": "about:blank"], inSession: false)
        let targetID = try #require(target["targetId"] as? String)
        let attached = try send("Target.attachToTarget", ["targetId": targetID, "flatten": true], inSession: false)
        sessionID = try #require(attached["sessionId"] as? String)
        _ = try send("Page.enable")
        try navigate { _ = try self.send("Page.navigate", ["url": url]) }
    }

    /// Loads the page again and waits for it.
    func reload() throws {
        try navigate { _ = try self.send("Page.reload") }
    }

    private func navigate(_ start: () throws -> Void) throws {
        events.removeAll()
        try start()
        _ = try waitForEvent("Page.loadEventFired")
    }

    /// The value of a JavaScript expression in the page.
    func evaluate(_ expression: String) throws -> Any? {
        let result = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true])
        if let exception = result["exceptionDetails"] { throw BrowserError("script failed: \(exception)") }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Presses and releases a key, as a keyboard would.
    func press(_ key: String, code: String, keyCode: Int, text: String? = nil) throws {
        var down: [String: Any] = ["type": text == nil ? "rawKeyDown" : "keyDown", "key": key, "code": code,
                                   "windowsVirtualKeyCode": keyCode]
        if let text { down["text"] = text }
        _ = try send("Input.dispatchKeyEvent", down)
        _ = try send("Input.dispatchKeyEvent", ["type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": keyCode])
    }

    func pressTab() throws { try press("Tab", code: "Tab", keyCode: 9) }
    func pressSpace() throws { try press(" ", code: "Space", keyCode: 32, text: " ") }

    /// Sends a command and waits for its answer; events met on the way are kept.
    @discardableResult
    func send(_ method: String, _ parameters: [String: Any] = [:], inSession: Bool = true) throws -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": parameters]
        if inSession, let sessionID { message["sessionId"] = sessionID }
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0)
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(toBrowser, raw.baseAddress! + offset, raw.count - offset)
                guard written > 0 else { throw BrowserError("the browser closed its pipe") }
                offset += written
            }
        }
        while true {
            let reply = try readMessage()
            if reply["id"] as? Int == nextID {
                if let error = reply["error"] { throw BrowserError("\(method) failed: \(error)") }
                return reply["result"] as? [String: Any] ?? [:]
            }
            if reply["method"] != nil { events.append(reply) }
        }
    }

    private func waitForEvent(_ method: String) throws -> [String: Any] {
        while true {
            if let index = events.firstIndex(where: { $0["method"] as? String == method }) {
                return events.remove(at: index)
            }
            let message = try readMessage()
            if message["method"] != nil { events.append(message) }
        }
    }

    /// One NUL-terminated message; gives up after 60 s without a byte.
    private func readMessage() throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let bytes = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                guard let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                    throw BrowserError("the browser sent something that is not a JSON object")
                }
                return object
            }
            var poller = pollfd(fd: fromBrowser, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 60_000) > 0 else { throw BrowserError("the browser stopped answering") }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = read(fromBrowser, &chunk, chunk.count)
            guard count > 0 else { throw BrowserError("the browser closed its pipe") }
            buffer.append(contentsOf: chunk[..<count])
        }
    }
}
