import Foundation
import SetupGuide

/// The wall clock, shifted by the number of seconds written in the file that
/// `SETUP_GUIDE_CLOCK_OFFSET_FILE` names. End-to-end tests use it to let a reservation expire
/// while the wizard waits at a prompt; without the variable it is the plain system clock.
struct OffsetFileClock: TenantClock {
    let file: URL

    func now() -> Date {
        let text = (try? String(contentsOf: file, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        return Date().addingTimeInterval(text.flatMap(Double.init) ?? 0)
    }

    /// The clock the environment asks for.
    static func fromEnvironment() -> any TenantClock {
        guard let path = ProcessInfo.processInfo.environment["SETUP_GUIDE_CLOCK_OFFSET_FILE"], !path.isEmpty else {
            return SystemClock()
        }
        return OffsetFileClock(file: URL(fileURLWithPath: path))
    }
}
