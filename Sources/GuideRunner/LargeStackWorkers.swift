import Foundation

/// Runs import work on threads with large stacks.
///
/// cmark nests as deep as the article does (20,000 emphasis markers make 20,000 levels), and
/// the Swift tree walks recurse with it. Dispatch worker threads have small stacks, so a hostile
/// article could crash the whole folder import; these threads reserve 512 MB of address space
/// each (pages are only committed when touched).
enum LargeStackWorkers {
    static let stackSize = 512 << 20

    /// Runs `body` once on a large-stack thread and waits for it.
    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        return box.value!
    }

    /// Calls `body` for every index in `0..<count` on one large-stack thread per core.
    static func concurrentPerform(iterations count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let threads = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count))
        let next = Counter()
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<threads {
            let thread = Thread {
                while let index = next.take(below: count) { body(index) }
                done.signal()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        for _ in 0..<threads { done.wait() }
    }

    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }

    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()

        func take(below limit: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }
}
