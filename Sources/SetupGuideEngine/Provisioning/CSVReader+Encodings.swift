internal import SetupGuideModel
internal import SetupGuidePlanning

extension CSVReader {
    /// The encodings Windows writes CSV files in.
    public enum SourceEncoding: String, Sendable, Equatable {
        /// UTF-8, with or without a byte order mark (PowerShell 7, Excel's "CSV UTF-8").
        case utf8
        /// UTF-16 with a byte order mark (`-Encoding Unicode`, the default of `Out-File` and `>`).
        case utf16
        /// The ANSI code page of a Western European Windows (`-Encoding Default`, Excel's plain
        /// "CSV (séparateur : point-virgule)"): any file that is not well-formed UTF-8.
        case windows1252
    }

    /// The text of a file as UTF-8 bytes without a byte order mark, and the encoding it was
    /// found in; `nil` when UTF-16 has an odd number of bytes.
    public static func utf8(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: SourceEncoding)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (Array(bytes.dropFirst(3)), .utf8) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = utf16(bytes.dropFirst(2), littleEndian: bytes[0] == 0xFF) else { return nil }
            return (text, .utf16)
        }
        return isUTF8(bytes) ? (bytes, .utf8) : (windows1252(bytes), .windows1252)
    }

    /// Whether `bytes` are well-formed UTF-8.
    package static func isUTF8(_ bytes: some Collection<UInt8>) -> Bool {
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

    /// Windows-1252 text as UTF-8. The five bytes the code page leaves undefined become U+FFFD.
    package static func windows1252(_ bytes: some Collection<UInt8>) -> [UInt8] {
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

    /// UTF-16 (after its byte order mark) as UTF-8; `nil` for an odd number of bytes.
    package static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt8]? {
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
