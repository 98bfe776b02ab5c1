internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideVerification
internal import SetupGuideImport
internal import SetupGuideEngine

/// A short, stable fingerprint of text: FNV-1a over UTF-8, as 16 hex digits.
///
/// Swift's `Hasher` is seeded per run, so it cannot name something that must stay the same
/// between two renders (the browser's storage key for a checklist).
struct ContentHash: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds text, followed by a separator so that "ab"+"c" and "a"+"bc" differ.
    mutating func add(_ text: some StringProtocol) {
        for byte in text.utf8 { mix(byte) }
        mix(0)
    }

    private mutating func mix(_ byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* 0x0000_0100_0000_01B3
    }

    /// The fingerprint.
    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The fingerprint of one text.
    static func of(_ text: some StringProtocol) -> String {
        var hash = ContentHash()
        hash.add(text)
        return hash.hex
    }
}
