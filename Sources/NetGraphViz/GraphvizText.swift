/// Turns user text into Graphviz attribute values that show exactly that text.
///
/// Graphviz reads `label`, `xlabel`, `tooltip` and `id` as *escString*: `\N`, `\G`, `\E`,
/// `\T`, `\H` and `\L` expand to object names and `\n`, `\l`, `\r` break lines. Plain labels
/// also decode HTML entities (`&amp;`, `&#60;`). Doubling every backslash and writing `&` as
/// `&amp;` leaves nothing for either pass to expand. Tooltips go through one more unescaping
/// pass (Graphviz 2.42 turns `\\` into `\`, `\n` into a line feed and drops other backslashes
/// before substituting), so ``tooltip(_:)`` doubles backslashes twice. Quotes need no
/// escaping: values go to Graphviz through its API, never through DOT text, and its DOT
/// writer quotes them.
enum GraphvizText {
    /// `text` as an escString value (`label`, `id`) that Graphviz shows verbatim. Control
    /// characters other than the line feed become spaces (a line feed breaks the line).
    static func escaped(_ text: String) -> String { escaped(text, backslash: "\\\\") }

    /// `text` as a `tooltip` value that Graphviz shows verbatim.
    static func tooltip(_ text: String) -> String { escaped(text, backslash: "\\\\\\\\") }

    /// Works on UTF-8 bytes: every character it rewrites is ASCII or a C1 control (`C2 80`…
    /// `C2 9F`), and the labels and tooltips of a whole graph pass through here, so the runs
    /// between rewritten bytes are copied whole.
    private static func escaped(_ text: String, backslash: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            func rewrites(_ byte: UInt8) -> Bool {
                byte < 0x20 || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "&") || byte == 0x7F || byte == 0xC2
            }
            // Most names and quotes have nothing to rewrite; finding that out is one pass over
            // the bytes and no copy.
            guard var index = bytes.firstIndex(where: rewrites) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            var runStart = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard rewrites(byte) else {
                    index += 1
                    continue
                }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index += 1
                switch byte {
                case UInt8(ascii: "\\"): result.append(contentsOf: backslash.utf8)
                case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\n"): result.append(UInt8(ascii: "\\")); result.append(UInt8(ascii: "n"))
                case 0xC2 where index < bytes.count && (0x80...0x9F).contains(bytes[index]):
                    // A C1 control character (U+0080…U+009F): the Unicode general category Cc.
                    result.append(UInt8(ascii: " "))
                    index += 1
                case 0xC2: result.append(byte)
                default: result.append(UInt8(ascii: " "))
                }
                runStart = index
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            return String(decoding: result, as: UTF8.self)
        } ?? text
    }

    /// `text` cut to at most `limit` characters, ending with an ellipsis when cut.
    static func truncated(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(max(limit - 1, 1))) + "…"
    }

    /// `text` broken into lines of about `width` characters at spaces, for labels.
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A node label: the name cut to `limit` characters, wrapped, and escaped, with escString
    /// line breaks between the lines.
    static func label(_ name: String, limit: Int = 60, width: Int = 22) -> String {
        wrapped(truncated(name, to: limit), width: width).map(escaped).joined(separator: "\\n")
    }
}
