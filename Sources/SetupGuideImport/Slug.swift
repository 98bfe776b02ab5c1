internal import SetupGuideModel
internal import SetupGuideParsing

/// Ids made from headings: ASCII lower-case words joined by `-`.
enum Slug {
    /// "Étape 3 : Obtenir des numéros" → "etape-3-obtenir-des-numeros", at most `maxWords` words.
    static func make(_ text: String, maxWords: Int = 6) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(48)
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            // ASCII letters and digits, the common case, without a lookup
            var ascii: UInt8 = 0
            if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                ascii = UInt8(value)
            } else if (0x41...0x5A).contains(value) {
                ascii = UInt8(value + 32)
            }
            if ascii != 0 || (value >= 0x80 && fold(scalar).map { !$0.isEmpty || inWord } == true) {
                if !inWord {
                    if words == maxWords { break }
                    if words > 0 { out.append(UInt8(ascii: "-")) }
                    words += 1
                    inWord = true
                }
                if ascii != 0 { out.append(ascii) } else if let folded = fold(scalar) { out.append(contentsOf: folded.utf8) }
            } else if value >= 0x80, fold(scalar) != nil {
                // a combining accent before any letter: ignore it
                continue
            } else {
                inWord = false
            }
        }
        return String(decoding: out, as: UTF8.self)
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
