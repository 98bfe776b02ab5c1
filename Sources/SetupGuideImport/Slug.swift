import Foundation
internal import SetupGuideModel
internal import SetupGuideParsing

/// Ids made from headings: ASCII lower-case words joined by `-`.
///
/// An id is cut only between words, never inside one: every letter, in any script, belongs to
/// its word (letters without an ASCII form are left out, not taken for a space), an elided
/// article stays with its word (`d’attente` is one word, `d-attente`), the id stops at
/// `maxWords` words or before the word that would take it past `maxLength` characters, and
/// a cut never leaves a dangling little word at the end (`…-credits-de` becomes `…-credits`).
enum Slug {
    /// Longest id made, in characters, unless one word alone is longer.
    static let maxLength = 48

    /// "Étape 3 : Obtenir des numéros" → "etape-3-obtenir-des-numeros", at most `maxWords` words.
    static func make(_ text: String, maxWords: Int = 6) -> String {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        var lettersInWord = 0
        var elision = false
        var truncated = false
        func endWord() {
            if !current.isEmpty { words.append(current) }
            current.removeAll(keepingCapacity: true)
            lettersInWord = 0
        }
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if let folded = fold(scalar) {
                if elision {
                    current.append(UInt8(ascii: "-"))
                    elision = false
                }
                current.append(contentsOf: folded.utf8)
                if !folded.isEmpty { lettersInWord += 1 }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                // a letter with no ASCII form is still part of its word
                continue
            } else if isApostrophe(scalar), lettersInWord == 1 || current == Array("qu".utf8), !elision {
                // l’, d’, qu’: the elided word and the next are one
                elision = true
            } else {
                elision = false
                endWord()
            }
            if words.count > maxWords {
                truncated = true
                break
            }
        }
        if elision { elision = false }
        endWord()
        if words.count > maxWords {
            words.removeLast(words.count - maxWords)
            truncated = true
        }
        var out: [[UInt8]] = []
        var length = 0
        for word in words {
            let added = (out.isEmpty ? 0 : 1) + word.count
            if !out.isEmpty, length + added > maxLength {
                truncated = true
                break
            }
            out.append(word)
            length += added
        }
        if truncated {
            while out.count > 1, let last = out.last, danglingWords.contains(String(decoding: last, as: UTF8.self)) { out.removeLast() }
        }
        return out.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "-")
    }

    /// Little words an id should not end on when it is cut.
    static let danglingWords: Set<String> = [
        "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "par", "pour", "sur", "un", "une",
        "vos", "votre", "an", "and", "for", "in", "of", "on", "or", "the", "to", "with", "your",
    ]

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    /// The ASCII letters or digits a scalar stands for, or `nil` for a separator.
    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A: return String(scalar)
        case 0x41...0x5A: return String(Unicode.Scalar(scalar.value + 32)!)
        case 0..<0x80: return nil
        case 0x0300...0x036F: return ""  // combining accents of decomposed letters
        default: break
        }
        switch scalar {
        case "œ", "Œ": return "oe"
        case "æ", "Æ": return "ae"
        case "ß": return "ss"
        case "ø", "Ø": return "o"
        case "đ", "Đ", "ð": return "d"
        case "ł", "Ł": return "l"
        default: break
        }
        // accented Latin letters keep their base letter; other scripts have no ASCII form
        if let base = latinBases[scalar] { return String(base) }
        // any other letter whose canonical decomposition starts with an ASCII letter (ș, ț, ǎ…)
        if scalar.properties.isAlphabetic, let first = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
            first.isASCII, first.properties.isAlphabetic
        {
            return String(first).lowercased()
        }
        return nil
    }

    /// Makes `base` unique among `used` by adding `-2`, `-3`, …
    static func unique(_ base: String, _ used: inout Set<String>) -> String {
        if used.insert(base).inserted { return base }
        var counter = 2
        while !used.insert("\(base)-\(counter)").inserted { counter += 1 }
        return "\(base)-\(counter)"
    }
}

extension Slug {
    /// Base letters of accented Latin letters.
    static let latinBases: [Unicode.Scalar: Character] = {
        let groups: [(Character, String)] = [
            ("a", "àáâãäåāăąÀÁÂÃÄÅĀĂĄ"), ("c", "çćĉċčÇĆĈĊČ"), ("d", "ďĎ"), ("e", "èéêëēĕėęěÈÉÊËĒĔĖĘĚ"),
            ("g", "ĝğġģĜĞĠĢ"), ("h", "ĥĤ"), ("i", "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ"), ("j", "ĵĴ"), ("k", "ķĶ"),
            ("l", "ĺļľŀĹĻĽĿ"), ("n", "ñńņňÑŃŅŇ"), ("o", "òóôõöōŏőÒÓÔÕÖŌŎŐ"), ("r", "ŕŗřŔŖŘ"),
            ("s", "śŝşšŚŜŞŠ"), ("t", "ţťŢŤ"), ("u", "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ"), ("w", "ŵŴ"), ("y", "ýÿŷÝŸŶ"),
            ("z", "źżžŹŻŽ"),
        ]
        var table: [Unicode.Scalar: Character] = [:]
        for (base, letters) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        return table
    }()
}
