public import Foundation
internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// Turns an export's bytes into UTF-8 without a byte order mark.
///
/// Windows PowerShell writes UTF-16 LE with a BOM (`-Encoding Unicode`, the default of `Out-File`
/// and `>`), PowerShell 7 UTF-8 without one, and `-Encoding UTF8` in Windows PowerShell UTF-8 with
/// one; all three are read the same way.
public enum ExportTextDecoder {
    /// The text as UTF-8 bytes, or `nil` when UTF-16 has an odd number of bytes.
    public static func utf8Bytes(_ data: Data) -> [UInt8]? {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(bytes.dropFirst(3)) }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), littleEndian: false) }
        return bytes
    }

    /// Runs `body` on the text as UTF-8 bytes: straight from `data` when it is UTF-8 already (no
    /// copy of a large export), converted when it is UTF-16. `nil` when UTF-16 has an odd number
    /// of bytes.
    public static func withUTF8Bytes<T>(_ data: Data, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T? {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let bytes = utf8Bytes(data) else { return nil }
            return try bytes.withUnsafeBufferPointer(body)
        }
        return try data.withUnsafeBytes { raw in
            let all = raw.bindMemory(to: UInt8.self)
            let bom = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            return try body(UnsafeBufferPointer(rebasing: all[bom...]))
        }
    }

    /// Runs `body` on `bytes` as UTF-8, with the offset in `bytes` where the text `body` gets
    /// starts: 3 past a UTF-8 byte order mark, `nil` when UTF-16 had to be converted into a copy.
    /// `nil` when UTF-16 has an odd number of bytes.
    static func withUTF8Bytes<T>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, _ offset: Int?) throws -> T
    ) rethrows -> T? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let converted = utf16(ArraySlice(bytes.dropFirst(2)), littleEndian: bytes[0] == 0xFF) else { return nil }
            return try converted.withUnsafeBufferPointer { try body($0, nil) }
        }
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return try body(UnsafeBufferPointer(rebasing: bytes[bom...]), bom)
    }

    /// Whether `bytes` are well-formed UTF-8.
    static func isUTF8(_ bytes: some Collection<UInt8>) -> Bool {
        // ASCII, by far the most common, needs no decoding.
        if !bytes.contains(where: { $0 >= 0x80 }) { return true }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Windows-1252 text (`-Encoding Default` on a Western European Windows: the ANSI code page)
    /// as UTF-8. The five bytes the code page leaves undefined become U+FFFD.
    static func windows1252(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var text = String.UnicodeScalarView()
        for byte in bytes {
            if byte < 0x80 || byte >= 0xA0 {
                text.append(Unicode.Scalar(byte))
            } else {
                let code = windows1252High[Int(byte - 0x80)]
                text.append(code == 0 ? "\u{FFFD}" : Unicode.Scalar(code) ?? "\u{FFFD}")
            }
        }
        return Array(String(text).utf8)
    }

    /// Code points of bytes 0x80–0x9F in Windows-1252 (0 where the code page defines none).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt8]? {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        // Lone surrogates become U+FFFD rather than failing: one bad character should not hide the rest.
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
