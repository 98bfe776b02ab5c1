/// A short hash that stays the same from one run, version and machine to the next (Swift's
/// `Hasher` is seeded per process): for ids kept on disk, such as a step's fingerprint in the
/// journal or the tail of a long Message-ID.
package enum StableHash {
    /// FNV-1a 64 of the text's UTF-8 bytes, as 16 lower-case hex digits.
    package static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
