/// Text from a graph file made safe to show: a name may hold escape sequences that recolour
/// or rewrite a terminal, a line break that forges a table row, or a bidirectional override
/// that makes text read backwards.
enum DisplayText {
    /// `text` with every control character (C0, DEL, C1) and every bidirectional embedding,
    /// override or isolate written visibly: `\n`, `\r` and `\t` as such, the rest as
    /// `\u{1B}`. Keeping line breaks (`multiline`) is for messages netgraph composes itself
    /// around the user's text.
    static func visible(_ text: String, multiline: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0) && !(multiline && $0 == "\n") }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if !needsEscape(scalar) || (multiline && scalar == "\n") {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// A CSV cell a spreadsheet would not run as a formula: a cell that starts with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP's advice on CSV
    /// injection), unless it is a number (`-0.5` stays a number).
    static func spreadsheetSafe(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(cell) == nil else {
            return cell
        }
        return "'" + cell
    }
}
