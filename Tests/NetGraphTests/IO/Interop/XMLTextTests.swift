import Testing
@testable import NetGraph

/// XML escaping on bytes against its rule, scalar by scalar.
@Suite struct XMLTextTests {
    /// The rule: the five marks and the three white-space controls as references; any other
    /// scalar XML 1.0 cannot hold (C0 controls, U+FFFE, U+FFFF) as U+FFFD; the rest as is.
    static func reference(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default: out.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }

    @Test func escapingEqualsTheRuleOnRandomTexts() {
        let palette: [Unicode.Scalar] = ["a", "&", "<", ">", "\"", "'", "\n", "\r", "\t", "\u{0}", "\u{1F}", " ", "\u{7F}", "é",
                                         "\u{FFBE}", "\u{FFBF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{EFBF}", "😀", "\u{10FFFF}"]
        for _ in 0..<3000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...10) { view.append(palette.randomElement()!) }
            let text = String(view)
            #expect(XMLText.escape(text) == Self.reference(text), "\(Array(text.unicodeScalars))")
        }
    }
}
