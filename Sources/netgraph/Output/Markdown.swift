/// Text made safe for Markdown: a name or a quote reads as written, never as markup, a link
/// or raw HTML, and never breaks the list item or quote it sits in.
enum Markdown {
    /// Text that starts a block of its own (a heading, a list item, a paragraph): what
    /// ``inline(_:)`` escapes, and the first character too when it would open a heading, a
    /// list, a quote, a rule or a setext underline (`#`, `-`, `+`, `>`, `=`, or the `.` or `)`
    /// after leading digits).
    static func escaped(_ text: String) -> String {
        var result = inline(text)
        if let first = result.first, "#-+>=".contains(first) {
            result.insert("\\", at: result.startIndex)
        } else if let marker = result.firstIndex(where: { !$0.isASCII || !$0.isNumber }), marker != result.startIndex,
                  result[marker] == "." || result[marker] == ")" {
            result.insert("\\", at: marker)
        }
        return result
    }

    /// Escapes what has a meaning inside a line — emphasis, code, links, HTML, entities, a
    /// table's cell separator — but not what matters only at the start of a block (`#`, `-`,
    /// `1.`), for text that never starts one: a table cell.
    static func inline(_ text: String) -> String {
        var result = ""
        for character in DisplayText.visible(text) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "!":
                result.append("\\")
                result.append(character)
            case "\n", "\r", "\r\n":
                result.append(" ")
            default:
                result.append(character)
            }
        }
        return result
    }

    /// Text for inside a code span: backticks cannot close it early.
    static func code(_ text: String) -> String {
        DisplayText.visible(text).replacingOccurrences(of: "`", with: "'")
    }
}
