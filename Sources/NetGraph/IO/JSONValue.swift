/// A JSON document with object keys kept in the order they were given, so that every
/// output netgraph writes is byte-for-byte the same for the same input.
public enum JSONValue: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
                       ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// Compact JSON text (no spaces), or indented by two spaces when `pretty`.
    /// Non-finite numbers, which JSON cannot hold, are written as `null`.
    public func serialized(pretty: Bool = false) -> String {
        String(decoding: utf8(pretty: pretty), as: UTF8.self)
    }

    /// The JSON text as UTF-8 bytes, as ``serialized(pretty:)`` writes it: what a command
    /// prints, without making a `String` of a document that may hold millions of values.
    public func utf8(pretty: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, pretty: pretty, indent: 0)
        return out
    }

    /// Appends the compact JSON text to `out`, for writers that stream a long document in
    /// pieces.
    public func append(to out: inout [UInt8]) {
        write(to: &out, pretty: false, indent: 0)
    }

    func write(to out: inout [UInt8], pretty: Bool, indent: Int) {
        func newline(_ indent: Int) {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: indent))
        }
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): JSONValue.appendDecimal(value, to: &out)
        case .double(let value): JSONValue.appendNumber(value, to: &out)
        case .string(let value): JSONValue.quote(value, into: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(0x5B)
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(0x2C) }
                if pretty { newline(indent + 2) }
                item.write(to: &out, pretty: pretty, indent: indent + 2)
            }
            if pretty { newline(indent) }
            out.append(0x5D)
        case .object(let members):
            if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(0x7B)
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.append(0x2C) }
                if pretty { newline(indent + 2) }
                JSONValue.quote(key, into: &out)
                out.append(0x3A)
                if pretty { out.append(0x20) }
                value.write(to: &out, pretty: pretty, indent: indent + 2)
            }
            if pretty { newline(indent) }
            out.append(0x7D)
        }
    }

    /// Writes `text` as a JSON string literal. Only what JSON requires is escaped, plus the
    /// line and paragraph separators that break JavaScript, and the characters YAML cannot
    /// hold unescaped (DEL, the C1 controls, U+FFFE and U+FFFF): netgraph reads JSON back
    /// through a YAML parser, which refuses them raw; and the byte-order mark U+FEFF, which
    /// libyaml drops from a text when it is written raw.
    static func quote(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { quote(utf8: $0, into: &out) }
    }

    /// ``quote(_:into:)`` over the text's UTF-8 bytes, which a `String` guarantees valid.
    ///
    /// Runs of bytes that need nothing are copied whole. Every scalar to escape is found by
    /// its encoding: ASCII controls, `"`, `\` and DEL are single bytes; the C1 controls are
    /// `C2 80`…`C2 9F`; U+2028 and U+2029 are `E2 80 A8`/`A9`; U+FEFF is `EF BB BF`; U+FFFE and
    /// U+FFFF are `EF BF BE`/`BF`. Continuation bytes (`80`…`BF`) never equal a lead byte
    /// tested here, so a match always starts a scalar.
    /// - Complexity: O(bytes), one pass.
    static func quote(utf8 bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.append(0x22)
        let count = bytes.count
        var index = 0
        var runStart = 0
        while index < count {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C { index += 1; continue }
            let scalar: UInt32
            let length: Int
            if byte < 0x80 {
                scalar = UInt32(byte)
                length = 1
            } else if byte == 0xC2, index + 1 < count, bytes[index + 1] <= 0x9F {
                scalar = UInt32(bytes[index + 1])
                length = 2
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                      bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                scalar = 0x2000 + UInt32(bytes[index + 2] - 0x80)
                length = 3
            } else if byte == 0xEF, index + 2 < count,
                      (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF)
                        || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE) {
                scalar = bytes[index + 1] == 0xBB ? 0xFEFF : (bytes[index + 2] == 0xBE ? 0xFFFE : 0xFFFF)
                length = 3
            } else {
                index += 1
                continue
            }
            if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            appendEscape(of: scalar, to: &out)
            index += length
            runStart = index
        }
        if runStart < count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
        out.append(0x22)
    }

    private static func appendEscape(of scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0x22: out.append(contentsOf: [0x5C, 0x22])
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
            out.append(0x5C)
            out.append(UInt8(ascii: "u"))
            for shift in stride(from: 12, through: 0, by: -4) {
                let digit = UInt8((scalar >> UInt32(shift)) & 0xF)
                out.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            }
        }
    }

    /// Appends `value` as JSON writes a number: Swift's shortest round-trip spelling, or `null`
    /// for a value JSON cannot hold (infinite, NaN).
    static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        guard value.isFinite else { return out.append(contentsOf: "null".utf8) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: DoubleText.maxLength) { buffer in
            let length = DoubleText.write(value, to: buffer.baseAddress!)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<length]))
        }
    }

    /// Appends the decimal digits of `value`, as `String(value)` spells it, without making
    /// the String.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            let length = writeDecimal(value, to: buffer.baseAddress!)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<length]))
        }
    }

    /// Writes the decimal digits of `value`, as `String(value)` spells it, at `out` (at most
    /// 20 bytes: a sign and 19 digits) and returns how many it wrote.
    static func writeDecimal(_ value: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var magnitude = value.magnitude
        var length = value < 0 ? 1 : 0
        var probe = magnitude
        repeat {
            length += 1
            probe /= 10
        } while probe > 0
        if value < 0 { out[0] = UInt8(ascii: "-") }
        var position = length
        repeat {
            position -= 1
            out[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        return length
    }
}

extension JSONValue {
    /// Free attributes as a JSON object, keys in order so that the text is deterministic;
    /// numbers and truth values keep their type, whole numbers below 10¹⁵ written as
    /// integers (`3`, not `3.0`).
    public init(attributes: [String: AttributeValue]) {
        self = .object(attributes.sorted { $0.key < $1.key }.map { key, value in
            switch value {
            case .string(let text): return (key, .string(text))
            case .number(let number): return (key, number.rounded() == number && abs(number) < 1e15 ? .int(Int(number)) : .double(number))
            case .bool(let flag): return (key, .bool(flag))
            }
        })
    }
}
