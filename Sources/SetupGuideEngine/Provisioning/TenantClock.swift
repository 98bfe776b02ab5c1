public import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning

/// Where the engine reads the time, so tests can make reservations expire without waiting.
public protocol TenantClock: Sendable {
    /// The current instant.
    func now() -> Date
}

/// The wall clock.
public struct SystemClock: TenantClock {
    /// Creates the wall clock.
    public init() {}

    /// The current instant, from the system.
    public func now() -> Date { Date() }
}

/// A clock that stands still until a test moves it.
///
/// ```swift
/// let clock = ManualClock(Date(timeIntervalSince1970: 0))
/// clock.advance(by: 11 * 60)  // the reservation made before has now expired
/// ```
public final class ManualClock: TenantClock, Sendable {
    // A lock rather than an actor: `now()` is called synchronously from inside database transactions.
    private let current: Locked<Date>

    /// Creates a clock showing `start`.
    public init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = Locked(start)
    }

    /// The instant the clock shows.
    public func now() -> Date { current.withLock { $0 } }

    /// Moves the clock forward by `seconds`.
    public func advance(by seconds: TimeInterval) { current.withLock { $0 += seconds } }
}

/// A clock stopped at one instant, for scripted runs (`SETUP_GUIDE_NOW`).
public struct FixedClock: TenantClock {
    /// The instant the clock shows.
    public let instant: Date

    /// Creates a clock stopped at `instant`.
    public init(_ instant: Date) { self.instant = instant }

    /// The fixed instant.
    public func now() -> Date { instant }
}
