/// Text made safe for Markdown: a name or a quote reads as written, never as markup, a link
/// or raw HTML, and never breaks the list item or quote it sits in.
enum Markdown {
    /// Escapes the characters CommonMark gives a meaning (backslash escapes are valid for all
    /// ASCII punctuation) and folds line breaks into spaces; control characters are shown
    /// escaped as in tables (``DisplayText``).
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in DisplayText.visible(text) {
            switch character {
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "|", "<", ">", "~", "&":
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
