/// Escaping for text and attribute values written into XML (GraphML, GEXF, SVG labels).
public enum XMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and writes characters XML 1.0 cannot hold (most
    /// control characters) as U+FFFD, so the document always parses.
    public static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// ``escape(_:)`` appended to UTF-8 bytes. Works on the text's own bytes: runs that need
    /// nothing are copied whole; the escaped marks and control characters are single bytes,
    /// and U+FFFE and U+FFFF are `EF BF BE`/`BF` (continuation bytes never equal `EF`).
    /// - Complexity: O(bytes).
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            func flush(upTo end: Int) {
                if runStart < end { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
            }
            while index < bytes.count {
                let byte = bytes[index]
                let replacement: String
                var length = 1
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&apos;"
                case 0x0A: replacement = "&#10;"
                case 0x0D: replacement = "&#13;"
                case 0x09: replacement = "&#9;"
                case ..<0x20: replacement = "\u{FFFD}"
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                    replacement = "\u{FFFD}"
                    length = 3
                default:
                    index += 1
                    continue
                }
                flush(upTo: index)
                out.append(contentsOf: replacement.utf8)
                index += length
                runStart = index
            }
            flush(upTo: bytes.count)
        }
    }
}
