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

    private func write(to out: inout [UInt8], pretty: Bool, indent: Int) {
        func newline(_ indent: Int) {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: indent))
        }
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .double(let value): out.append(contentsOf: (value.isFinite ? value.description : "null").utf8)
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

    static func quote(_ text: String, into out: inout String) {
        var bytes: [UInt8] = []
        quote(text, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `text` as a JSON string literal. Only what JSON requires is escaped, plus the
    /// line and paragraph separators that break JavaScript, and the characters YAML cannot
    /// hold unescaped (DEL, the C1 controls, U+FFFE and U+FFFF): netgraph reads JSON back
    /// through a YAML parser, which refuses them raw; and the byte-order mark U+FEFF, which
    /// libyaml drops from a text when it is written raw.
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        // Most texts (ids, kinds, names) are printable ASCII with nothing to escape: one copy.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) {
            out.append(contentsOf: text.utf8)
            out.append(0x22)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".utf8)
            case "\\": out.append(contentsOf: "\\\\".utf8)
            case "\n": out.append(contentsOf: "\\n".utf8)
            case "\r": out.append(contentsOf: "\\r".utf8)
            case "\t": out.append(contentsOf: "\\t".utf8)
            case "\u{2028}", "\u{2029}": out.append(contentsOf: ("\\u" + String(scalar.value, radix: 16)).utf8)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFEFF
                    || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out.append(contentsOf: ("\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)).utf8)
                } else {
                    out.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        out.append(0x22)
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
