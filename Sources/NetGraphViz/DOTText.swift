/// The text encoding netgraph uses for its own DOT attribute values, chosen so that every
/// string survives Graphviz's DOT scanner unchanged and reads back exactly.
///
/// Graphviz's scanner turns `\"` into `"` inside a double-quoted string, keeps `\\` as two
/// characters, and drops a backslash that ends a line (a line continuation). So a value is
/// written with a backslash before each `\` and `"`, and with every control character as an
/// escape (`\n`, `\r`, `\t`, `\uXXXX`): no raw line break ever reaches the scanner, a written
/// backslash is always part of a pair, and the string cannot end in an odd backslash that
/// would escape its closing quote. After the scanner, ``decoded(_:)`` undoes the escapes.
///
/// The same text is a valid escString for `label`, where Graphviz reads `\\` as a backslash
/// and `\n` as a line break, so drawing tools show names as written.
enum DOTText {
    /// `text` as a DOT double-quoted string, quotes included.
    /// - Complexity: O(length of `text`).
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.isControlCharacter {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Appends ``quoted(_:)`` of `text` to `bytes`: a text with nothing to escape (the
    /// usual case) is copied as it is.
    static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        let plain = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte != 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != 0xC2
        }
        if plain {
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\""))
        } else {
            bytes.removeLast()
            bytes.append(contentsOf: quoted(text).utf8)
        }
    }

    /// Appends a graph's or node's name as ``appendQuoted(_:to:)`` does, with a leading `%`
    /// written as `\u0025`: cgraph takes a name that starts with `%` for one of its internal
    /// names and replaces it with a number (`"%a"` becomes `"%3"`), while the escaped name
    /// reaches the reader whole and ``decoded(_:)`` gives the `%` back. An entity id may start
    /// with `%` (every reader accepts one, and a made id can: `" %a"` gives `%a`).
    static func appendQuotedName(_ name: String, to bytes: inout [UInt8]) {
        guard name.utf8.first == UInt8(ascii: "%") else {
            appendQuoted(name, to: &bytes)
            return
        }
        bytes.append(contentsOf: #""\u0025"#.utf8)
        // The rest as a quoted string, whose opening quote goes.
        let rest = bytes.count
        appendQuoted(String(name.dropFirst()), to: &bytes)
        bytes.remove(at: rest)
    }

    /// The text ``quoted(_:)`` encoded, from the value Graphviz's scanner gives back (which
    /// has already turned `\"` into `"`); nil when an escape is not one the encoder writes,
    /// so a hand-edited value is reported rather than guessed at.
    /// - Complexity: O(length of `value`).
    static func decoded(_ value: String) -> String? {
        // Most values hold no escape at all.
        guard value.utf8.contains(UInt8(ascii: "\\")) else { return value }
        var result = String.UnicodeScalarView()
        var scalars = value.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else {
                result.append(scalar)
                continue
            }
            switch scalars.next() {
            case "\\": result.append("\\")
            case "\"": result.append("\"")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "u":
                var hex = ""
                for _ in 0..<4 {
                    guard let digit = scalars.next() else { return nil }
                    hex.unicodeScalars.append(digit)
                }
                guard let code = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(code) else { return nil }
                result.append(decoded)
            default: return nil
            }
        }
        return String(result)
    }
}
