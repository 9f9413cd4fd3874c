/// Text made safe to place in an HTML page, as element content or as a quoted attribute value.
///
/// Every string that comes from a data file (names, quotes, descriptions, source titles and
/// URLs) goes through ``escaped(_:)`` before it reaches the page, so a name such as
/// `<script>alert(1)</script>` shows as written and is never markup.
enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as character references, and control
    /// characters other than tab, line feed and carriage return replaced by U+FFFD (HTML
    /// forbids them, even as references).
    ///
    /// - Complexity: O(length of `text`).
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
