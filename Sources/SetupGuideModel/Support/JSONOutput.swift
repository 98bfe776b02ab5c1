/// Compact JSON text written byte by byte: the one JSON writer of the package, for the outputs
/// large enough that `JSONEncoder` costs more than the work (imported articles, the reports a
/// fleet run stores).
///
/// It writes what `JSONEncoder` writes with `.withoutEscapingSlashes`: `"` and `\` escaped with
/// a backslash, control characters as `\b \t \n \f \r` or `\u00XX`, everything else (`/` and
/// all of Unicode included) as is. Commas between members and items are its business; the
/// caller says only where objects, arrays, keys and values go, and in what order.
///
/// ```swift
/// var out = JSONOutput()
/// out.object { $0.key("name"); $0.string("Zoé \"Z\"") }
/// out.text    // {"name":"Zoé \"Z\""}
/// ```
public struct JSONOutput: Sendable {
    /// The text so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []
    /// Whether the next key or value in the current object or array needs a comma first.
    private var needsComma = false

    /// An empty output, with room for `capacity` bytes.
    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// The text so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// An object, its members written by `body`.
    public mutating func object(_ body: (inout JSONOutput) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
        body(&self)
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// An array, each element written by `body`.
    public mutating func array<Element>(_ elements: [Element], _ body: (inout JSONOutput, Element) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        for element in elements { body(&self, element) }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// A member's key; its value comes next.
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        needsComma = false
    }

    /// A member's key from text (a dictionary's), escaped as a string is.
    public mutating func key(escaping name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// A literal value, such as `null`, `true` or `[]`.
    public mutating func raw(_ literal: StaticString) {
        separate()
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        needsComma = true
    }

    /// A string value.
    public mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                start = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// A whole number.
    public mutating func int(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    /// An array of strings.
    public mutating func strings(_ values: [String]) {
        array(values) { out, value in out.string(value) }
    }

    /// A dictionary of strings, keys in the order `JSONEncoder`'s `.sortedKeys` gives them.
    public mutating func stringMap(_ map: [String: String]) {
        object { out in
            for key in Self.sortedKeys(map.keys) { out.key(escaping: key); out.string(map[key]!) }
        }
    }

    /// A dictionary of numbers, keys sorted as in ``stringMap(_:)``.
    public mutating func intMap(_ map: [String: Int]) {
        object { out in
            for key in Self.sortedKeys(map.keys) { out.key(escaping: key); out.int(map[key]!) }
        }
    }

    /// Keys by their UTF-8 bytes, as `JSONEncoder` sorts them.
    public static func sortedKeys(_ keys: some Sequence<String>) -> [String] {
        keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }
}
