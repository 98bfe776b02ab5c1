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
    static func isUTF8(_ bytes: some Collection<UInt8>) -> Bool { CSVReader.isUTF8(bytes) }

    /// Windows-1252 text (`-Encoding Default` on a Western European Windows: the ANSI code page)
    /// as UTF-8, decoded where the users file of `tenant import-users` is decoded.
    static func windows1252(_ bytes: some Collection<UInt8>) -> [UInt8] { CSVReader.windows1252(bytes) }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt8]? {
        CSVReader.utf16(bytes, littleEndian: littleEndian)
    }
}
