import Foundation
import Testing
@testable import NetGraph

/// The JSON writer's byte-level escaping and integer digits, against the scalar-by-scalar
/// definition and against Foundation's reading of the text back.
@Suite struct JSONValueWritingTests {
    /// The escaping rule, one scalar at a time: what JSON requires, the line and paragraph
    /// separators, DEL and the C1 controls, U+FEFF, U+FFFE and U+FFFF.
    static func referenceQuote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Scalars around every boundary the byte-level scan tests, and ordinary text.
    static let palette: [Unicode.Scalar] = [
        "a", "Z", " ", "~", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}",
        "\u{BF}", "\u{C2}", "é", "ñ", "\u{7FF}", "\u{800}", "\u{2027}", "\u{2028}", "\u{2029}", "\u{202A}", "\u{FEFE}",
        "\u{FEFF}", "\u{FFBE}", "\u{FFBF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{10000}", "😀", "\u{10FFFF}",
    ]

    @Test func quotingEqualsTheScalarRuleOnRandomTexts() {
        var generator = SystemRandomNumberGenerator()
        var texts: [String] = ["", "plain ascii", "México", "\u{FEFF}start", "end\u{FFFF}"]
        for _ in 0..<3000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                text.append(Self.palette.randomElement(using: &generator)!)
            }
            texts.append(String(text))
        }
        for text in texts {
            var bytes: [UInt8] = []
            JSONValue.quote(text, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == Self.referenceQuote(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func quotedTextsReadBackAsWritten() throws {
        for scalar in Self.palette {
            let text = "x\(scalar)y\(scalar)"
            let json = JSONValue.array([.string(text)]).serialized()
            let back = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
            #expect(back == [text])
        }
    }

    @Test func integersAreWrittenAsStringSpellsThem() {
        let values = [0, 1, -1, 9, 10, 99, 100, -100, 123_456_789, Int(Int32.max), Int(Int32.min), .max, .min, .max - 1, .min + 1]
        for value in values {
            #expect(JSONValue.int(value).serialized() == String(value))
        }
        for _ in 0..<1000 {
            let value = Int.random(in: .min ... .max)
            #expect(JSONValue.int(value).serialized() == String(value))
        }
    }
}
