public import Foundation

/// A value shared between threads, reached only under its lock.
///
/// The one lock box of the package: every piece of state that concurrent work writes goes
/// through it, so there is one place to get locking right.
///
/// ```swift
/// let total = Locked(0)
/// Workers.concurrentPerform(iterations: 8) { _ in total.withLock { $0 += 1 } }
/// ```
public final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    /// Wraps `value`.
    public init(_ value: Value) { self.value = value }

    /// Runs `body` with the value, under the lock.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

/// Slots filled from concurrent work, read once it is over.
public final class ConcurrentResults<Value>: Sendable {
    private let slots: Locked<[Value?]>

    /// Creates `count` empty slots.
    public init(count: Int) { slots = Locked(Array(repeating: nil, count: count)) }

    /// Fills slot `index`.
    public func set(_ index: Int, _ value: Value) {
        slots.withLock { $0[index] = value }
    }

    /// The filled slots, in index order.
    public var values: [Value] { slots.withLock { $0.compactMap { $0 } } }
}

/// Runs work on threads with large stacks, one per core.
///
/// cmark nests as deep as a document does (20,000 emphasis markers make 20,000 levels), and
/// the Swift tree walks recurse with it. Dispatch worker threads have small stacks, so a
/// hostile document could crash the whole run; these threads reserve `stackSize` of address
/// space each (pages are committed only when touched). Every parse of untrusted Markdown runs
/// on them.
public enum Workers {
    /// The stack each worker thread reserves: 512 MiB.
    public static let stackSize = 512 << 20

    /// Runs `body` once on a large-stack thread and waits for it.
    public static func run<T>(_ body: @escaping @Sendable () -> T) -> T {
        let box = Locked<T?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let value = body()
            box.withLock { $0 = value }
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        return box.withLock { $0! }
    }

    /// Calls `body` for every index in `0..<count` on large-stack threads, one per core, and
    /// returns when all are done.
    public static func concurrentPerform(iterations count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let threads = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count))
        let next = Locked(0)
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<threads {
            let thread = Thread {
                while let index = next.withLock({ value -> Int? in
                    guard value < count else { return nil }
                    value += 1
                    return value - 1
                }) {
                    body(index)
                }
                done.signal()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        for _ in 0..<threads { done.wait() }
    }

    /// Maps `0..<count` through `body` on the workers; the results come back in index order.
    public static func map<T>(_ count: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        let results = ConcurrentResults<T>(count: count)
        concurrentPerform(iterations: count) { results.set($0, body($0)) }
        return results.values
    }
}
