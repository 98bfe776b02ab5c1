internal import SetupGuideModel
internal import SetupGuidePlanning
internal import SetupGuideEngine

/// Reads `ConvertTo-Json` output (one object, or an array of objects) into records, decoding only
/// the fields asked for.
///
/// It walks the UTF-8 bytes once. Fields nobody reads are skipped without making strings, so a
/// 65 MB `Get-CsOnlineUser` export with dozens of properties per user costs little more than
/// reading it. Every error names the line (and column) where the JSON goes wrong.
///
/// ```swift
/// let records = try JSONExportReader(fields: ["UserPrincipalName", "PrepaidUnits.Enabled"])
///     .records(in: bytes, file: "Get-CsOnlineUser.json")
/// ```
public struct JSONExportReader: Sendable {
    /// The wanted field names as a tree of lower-cased UTF-8 keys (a dotted name reaches into an
    /// object), flattened into arrays of numbers so that looking a property up retains nothing.
    ///
    /// Node 0 is the record. Each node's children sit in a small open-addressing table keyed by
    /// the FNV-1a hash of the lower-cased key, which `Parser.key(in:)` computes while it scans the
    /// property name: one probe per property, most of them names nobody reads.
    struct FieldTree: Sendable {
        /// Per node: the position of its field among the reader's fields, or -1 for an object to enter.
        var field: [Int] = [-1]
        /// Per node: where its table starts in `slots`, and its size minus one (a power of two).
        var tableStart: [Int] = [0]
        var tableMask: [Int] = [0]
        /// The tables: an entry number + 1, or 0 for an empty slot.
        var slots: [Int32] = [0]
        /// Per entry (a child of some node): its key's hash, bytes (in `keyBytes`) and node.
        var entryHash: [UInt64] = []
        var entryStart: [Int] = []
        var entryLength: [Int] = []
        var entryNode: [Int] = []
        var keyBytes: [UInt8] = []

        static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
        static let prime: UInt64 = 0x100_0000_01b3

        /// The FNV-1a step of one byte, ASCII letters lower-cased.
        @inline(__always) static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
            (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)) &* prime
        }

        init(fields: [String]) {
            var children: [[(key: [UInt8], node: Int)]] = [[]]
            for (position, name) in fields.enumerated() {
                var node = 0
                for part in name.split(separator: ".") {
                    let key = Array(part.lowercased().utf8)
                    if let next = children[node].first(where: { $0.key == key })?.node {
                        node = next
                    } else {
                        field.append(-1)
                        children.append([])
                        children[node].append((key, field.count - 1))
                        node = field.count - 1
                    }
                }
                field[node] = position
            }
            // One table per node, at most half full.
            tableStart = []
            tableMask = []
            slots = []
            for node in children.indices {
                var size = 4
                while size < children[node].count * 2 { size *= 2 }
                tableStart.append(slots.count)
                tableMask.append(size - 1)
                let base = slots.count
                slots += Array(repeating: 0, count: size)
                for (key, child) in children[node] {
                    let hash = key.reduce(Self.offsetBasis, Self.hash)
                    entryHash.append(hash)
                    entryStart.append(keyBytes.count)
                    entryLength.append(key.count)
                    entryNode.append(child)
                    keyBytes += key
                    var slot = Int(truncatingIfNeeded: hash) & (size - 1)
                    while slots[base + slot] != 0 { slot = (slot + 1) & (size - 1) }
                    slots[base + slot] = Int32(entryHash.count)
                }
            }
            childrenOf = children.map { $0.map(\.node) }
        }

        /// Per node, its children's node numbers (for the rare paths).
        var childrenOf: [[Int]] = [[]]

        /// The child of `node` whose key is `bytes[start..<start + length]` (any case), which hashes to `hash`.
        @inline(__always)
        func child(of node: Int, hash: UInt64, bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int) -> Int? {
            let base = tableStart[node], mask = tableMask[node]
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = Int(slots[base + slot]) - 1
                if entry < 0 { return nil }
                if entryHash[entry] == hash, entryLength[entry] == length {
                    let keyStart = entryStart[entry]
                    var same = true
                    for offset in 0..<length {
                        let byte = bytes[start + offset]
                        if (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) != keyBytes[keyStart + offset] {
                            same = false
                            break
                        }
                    }
                    if same { return entryNode[entry] }
                }
                slot = (slot + 1) & mask
            }
        }

        /// The child of `node` named `name` (any case), for names decoded from escapes.
        func child(of node: Int, named name: String) -> Int? {
            let key = Array(name.lowercased().utf8)
            let hash = key.reduce(Self.offsetBasis, Self.hash)
            return key.withUnsafeBufferPointer { child(of: node, hash: hash, bytes: $0, start: 0, length: $0.count) }
        }

        /// The wanted fields' nodes under `node`.
        func leaves(of node: Int) -> [Int] {
            childrenOf[node].flatMap { field[$0] >= 0 ? [$0] : leaves(of: $0) }
        }
    }

    private let tree: FieldTree
    private let names: [String]

    /// A reader of `fields`; a dotted name such as `PrepaidUnits.Enabled` reaches into an object.
    public init(fields: [String]) {
        names = fields
        tree = FieldTree(fields: fields)
    }

    /// The records of the file; throws the first syntax error with its line.
    public func records(in bytes: [UInt8], file: String) throws -> [ExportRecord] {
        var records: [ExportRecord] = []
        try bytes.withUnsafeBufferPointer { buffer in
            try forEachRecord(in: buffer, file: file) { records.append($0) }
        }
        return records
    }

    /// Hands each record to `body` as soon as it is read, so a large export is never held whole
    /// as records; throws the first syntax error with its line. After each record, `consumed` is
    /// told the offset before which no byte will be read again.
    public func forEachRecord(
        in bytes: UnsafeBufferPointer<UInt8>, file: String, consumed: (Int) -> Void = { _ in }, _ body: (ExportRecord) throws -> Void
    ) throws {
        // The parser keeps the closures for the length of this call only.
        try withoutActuallyEscaping(body) { body in
            try withoutActuallyEscaping(consumed) { consumed in
                var parser = Parser(bytes: bytes, file: file, tree: tree, names: names, body: body, consumed: consumed)
                try parser.document()
            }
        }
    }

    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let file: String
        let tree: FieldTree
        let names: [String]
        let body: (ExportRecord) throws -> Void
        let consumed: (Int) -> Void
        var index = 0
        var line = 1
        var lineStart = 0
        /// The record being read, emptied for each object rather than made anew: a hundred
        /// thousand users would otherwise cost two allocations each. A caller that keeps a record
        /// keeps its own copy.
        var current: ExportRecord

        init(
            bytes: UnsafeBufferPointer<UInt8>, file: String, tree: FieldTree, names: [String], body: @escaping (ExportRecord) throws -> Void,
            consumed: @escaping (Int) -> Void
        ) {
            self.bytes = bytes
            self.file = file
            self.tree = tree
            self.names = names
            self.body = body
            self.consumed = consumed
            current = ExportRecord(line: 1, names: names)
        }

        // MARK: Errors

        func truncated(_ what: Part) -> ExportProblem {
            ExportProblem(
                .truncatedJSON, file: file, line: line,
                .init("the JSON stops in the middle of \(what.name.english); the file looks cut short: export it again",
                      "le JSON s'arrête au milieu \(what.name.french) ; le fichier semble tronqué : exportez-le de nouveau"))
        }

        /// The parts of a JSON document a message can name.
        enum Part {
            case array, object, value, propertyName, number, string, container

            /// Its name; the French one follows « au milieu ».
            var name: BilingualText {
                switch self {
                case .array: .init("an array", "d'un tableau")
                case .object: .init("an object", "d'un objet")
                case .value: .init("a value", "d'une valeur")
                case .propertyName: .init("a property name", "d'un nom de propriété")
                case .number: .init("a number", "d'un nombre")
                case .string: .init("a string", "d'une chaîne")
                case .container: .init("an object or array", "d'un objet ou d'un tableau")
                }
            }
        }

        func malformed(_ english: String, _ french: String) -> ExportProblem {
            let column = index - lineStart + 1
            return ExportProblem(
                .malformedFile, file: file, line: line,
                .init("not valid JSON at column \(column): \(english)", "JSON invalide à la colonne \(column) : \(french)"))
        }

        // MARK: Document

        mutating func document() throws {
            skipSpace()
            guard index < bytes.count else {
                throw ExportProblem(
                    .emptyFile, file: file,
                    .init("the file is empty: run the cmdlet again with ConvertTo-Json or Export-Csv",
                          "le fichier est vide : relancez la cmdlet avec ConvertTo-Json ou Export-Csv"))
            }
            switch bytes[index] {
            case UInt8(ascii: "["):
                index += 1
                skipSpace()
                if try peek(.array) == UInt8(ascii: "]") {
                    index += 1
                } else {
                    while true {
                        skipSpace()
                        guard try peek(.array) == UInt8(ascii: "{") else {
                            throw ExportProblem(
                                .wrongType, file: file, line: line,
                                .init("each element of the array should be an object (one per item the cmdlet returned), found \(describeNext().english)",
                                      "chaque élément du tableau devrait être un objet (un par élément renvoyé par la cmdlet), trouvé \(describeNext().french)"))
                        }
                        try record()
                        consumed(index)
                        skipSpace()
                        if try endOfElement("]", in: .array, "expected ',' or ']' after an object", "',' ou ']' attendu après un objet") { break }
                    }
                }
            case UInt8(ascii: "{"):
                try record()
            case UInt8(ascii: "n"):
                // PowerShell 7's ConvertTo-Json of $null: the cmdlet returned nothing.
                try literal("null")
            default:
                throw ExportProblem(
                    .wrongType, file: file, line: line,
                    .init("expected an object or an array of objects, found \(describeNext().english)",
                          "un objet ou un tableau d'objets était attendu, trouvé \(describeNext().french)"))
            }
            skipSpace()
            guard index >= bytes.count else { throw malformed("text after the end of the JSON value", "texte après la fin de la valeur JSON") }
        }

        /// What comes next, for "found …" in messages.
        func describeNext() -> BilingualText {
            guard index < bytes.count else { return .init("the end of the file", "la fin du fichier") }
            switch bytes[index] {
            case UInt8(ascii: "\""): return .init("text", "du texte")
            case UInt8(ascii: "["): return .init("an array", "un tableau")
            case UInt8(ascii: "t"), UInt8(ascii: "f"): return .init("true/false", "vrai/faux")
            case UInt8(ascii: "n"): return .init("null", "null")
            default: return .init("a number", "un nombre")
            }
        }

        /// Reads the object at `index` into `current` and hands it to `body`.
        mutating func record() throws {
            var record = current
            current = ExportRecord(line: 0, names: [])
            record.reset(line: line)
            defer { current = record }
            try object(node: 0, into: &record)
            try body(record)
        }

        /// Reads an object whose `{` is at `index`, keeping the fields `node` wants.
        mutating func object(node: Int, into record: inout ExportRecord) throws {
            index += 1
            skipSpace()
            if try peek(.object) == UInt8(ascii: "}") {
                index += 1
                return
            }
            while true {
                skipSpace()
                guard try peek(.object) == UInt8(ascii: "\"") else { throw malformed("expected a property name in quotes", "nom de propriété entre guillemets attendu") }
                let child = try key(in: node)
                skipSpace()
                guard try peek(.object) == UInt8(ascii: ":") else { throw malformed("expected ':' after a property name", "':' attendu après un nom de propriété") }
                index += 1
                skipSpace()
                _ = try peek(.object)
                if let child {
                    let field = tree.field[child]
                    if field >= 0 {
                        let valueLine = line
                        record.set(field, try value(), line: valueLine)
                    } else if bytes[index] == UInt8(ascii: "{") {
                        try object(node: child, into: &record)
                    } else if bytes[index] == UInt8(ascii: "\"") {
                        // An object below ConvertTo-Json's -Depth is written as its type name:
                        // the fields inside it are lost, which is not the same as absent.
                        let valueLine = line
                        let type = try string()
                        for leaf in tree.leaves(of: child) { record.set(tree.field[leaf], .typeName(type), line: valueLine) }
                    } else {
                        try skipValue()
                    }
                } else {
                    try skipValue()
                }
                skipSpace()
                if try endOfElement("}", in: .object, "expected ',' or '}' after a property", "',' ou '}' attendu après une propriété") { return }
            }
        }

        /// Reads a property name and finds it among `node`'s children without making a String
        /// or allocating: most names of a record are not wanted.
        mutating func key(in node: Int) throws -> Int? {
            let open = index
            index += 1
            let start = index
            var hash = FieldTree.offsetBasis
            while true {
                guard index < bytes.count else { throw truncated(.propertyName) }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { break }
                if byte == UInt8(ascii: "\\") {
                    // Rare: a name with escapes is decoded in full, then looked up the same way.
                    index = open
                    let name = try string()
                    return tree.child(of: node, named: name)
                }
                hash = FieldTree.hash(hash, byte)
                index += 1
            }
            let length = index - start
            index += 1
            return tree.child(of: node, hash: hash, bytes: bytes, start: start, length: length)
        }

        // MARK: Values

        mutating func value() throws -> ExportedValue {
            switch try peek(.value) {
            case UInt8(ascii: "\""): return .text(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "{"):
                try skipValue()
                return .structured
            case UInt8(ascii: "["):
                return try array()
            default:
                return .number(try number())
            }
        }

        mutating func array() throws -> ExportedValue {
            index += 1
            var items: [String] = []
            var structured = false
            skipSpace()
            if try peek(.array) == UInt8(ascii: "]") {
                index += 1
                return .list([])
            }
            while true {
                skipSpace()
                // A list of lists or objects is no list of values: skipped without recursion, so
                // no nesting, however deep, can exhaust the stack.
                let next = try peek(.array)
                if next == UInt8(ascii: "[") || next == UInt8(ascii: "{") {
                    try skipValue()
                    structured = true
                    skipSpace()
                    if try endOfElement("]", in: .array, "expected ',' or ']' in an array", "',' ou ']' attendu dans un tableau") { break }
                    continue
                }
                switch try value() {
                case .text(let text): items.append(text)
                case .number(let text): items.append(text)
                case .bool(let flag): items.append(flag ? "True" : "False")
                case .null: break
                default: structured = true
                }
                skipSpace()
                if try endOfElement("]", in: .array, "expected ',' or ']' in an array", "',' ou ']' attendu dans un tableau") { break }
            }
            return structured ? .structured : .list(items)
        }

        mutating func literal(_ word: StaticString) throws {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { throw truncated(.value) }
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
            for offset in 0..<count where bytes[index + offset] != expected[offset] {
                throw malformed("unknown word (expected \(word))", "mot inconnu (\(word) attendu)")
            }
            index += count
        }

        mutating func number() throws -> String {
            let start = index
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                    UInt8(ascii: "e"), UInt8(ascii: "E"):
                    index += 1
                default:
                    guard index > start else { throw malformed("unexpected character", "caractère inattendu") }
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                }
            }
            throw truncated(.number)
        }

        /// Reads a string whose opening quote is at `index`.
        mutating func string() throws -> String {
            index += 1
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    index += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte == UInt8(ascii: "\n") { newline() }
                index += 1
            }
            guard index < bytes.count else { throw truncated(.string) }
            // Slow path, only for strings with escapes.
            var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return String(decoding: buffer, as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") {
                    index += 1
                    guard index < bytes.count else { throw truncated(.string) }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escape)
                    case UInt8(ascii: "b"): buffer.append(0x08)
                    case UInt8(ascii: "f"): buffer.append(0x0C)
                    case UInt8(ascii: "n"): buffer.append(0x0A)
                    case UInt8(ascii: "r"): buffer.append(0x0D)
                    case UInt8(ascii: "t"): buffer.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800..<0xDC00).contains(scalar), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                            bytes[index + 1] == UInt8(ascii: "u")
                        {
                            index += 2
                            let low = try hex4()
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low &- 0xDC00)
                        }
                        buffer.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
                    default:
                        index -= 1
                        throw malformed("unknown escape in a string", "échappement inconnu dans une chaîne")
                    }
                    continue
                }
                if byte == UInt8(ascii: "\n") { newline() }
                buffer.append(byte)
                index += 1
            }
            throw truncated(.string)
        }

        mutating func hex4() throws -> UInt32 {
            guard index + 4 <= bytes.count else { throw truncated(.string) }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw malformed("bad \\u escape", "échappement \\u incorrect")
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }

        /// Skips one value of any kind, checking only what is needed to find where it ends.
        mutating func skipValue() throws {
            switch try peek(.value) {
            case UInt8(ascii: "\""):
                index += 1
                while true {
                    guard index < bytes.count else { throw truncated(.string) }
                    let byte = bytes[index]
                    index += 1
                    if byte == UInt8(ascii: "\"") { return }
                    if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\n") { newline() }
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while true {
                    guard index < bytes.count else { throw truncated(depth > 0 ? .container : .value) }
                    let byte = bytes[index]
                    switch byte {
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        depth += 1
                        index += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        index += 1
                        if depth == 0 { return }
                    case UInt8(ascii: "\""):
                        try skipValue()
                    case UInt8(ascii: "\n"):
                        index += 1
                        newline()
                    default:
                        index += 1
                    }
                }
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: _ = try number()
            }
        }

        // MARK: Whitespace

        mutating func newline() {
            line += 1
            lineStart = index
        }

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                    index += 1
                case UInt8(ascii: "\n"):
                    index += 1
                    newline()
                default:
                    return
                }
            }
        }

        /// After an element: true at the closing bracket, false after a comma, an error otherwise.
        mutating func endOfElement(_ closing: Unicode.Scalar, in what: Part, _ english: String, _ french: String) throws -> Bool {
            let next = try peek(what)
            index += 1
            if next == UInt8(ascii: closing) { return true }
            guard next == UInt8(ascii: ",") else {
                index -= 1
                throw malformed(english, french)
            }
            return false
        }

        func peek(_ what: Part) throws -> UInt8 {
            guard index < bytes.count else { throw truncated(what) }
            return bytes[index]
        }
    }
}
